package dev.bulwark.source.terraform;

import dev.bulwark.source.terraform.modules.ModuleFetcher;

import java.nio.file.Path;
import java.util.List;

/**
 * The directories where modules fetched from elsewhere are kept: code the user does not write and
 * cannot change, so findings in it are shown where the user calls it. A new place modules are
 * fetched to is one more entry here.
 */
final class ExternalModuleDirs {
    /** {@code terraform init}'s module directory, and Bulwark's own download cache. */
    private static final List<List<String>> DIRS = List.of(
            List.of(".terraform", "modules"),
            List.of(ModuleFetcher.CACHE_DIR.split("/")));

    private ExternalModuleDirs() {}

    /**
     * True when {@code dir} lies in one of those directories. Only the part of its path below the
     * root module counts when it is inside the root module, so a whole checkout kept under such a
     * directory is not taken for fetched code.
     */
    static boolean contains(Path dir, Path rootDir) {
        Path d = dir.toAbsolutePath().normalize();
        Path root = rootDir.toAbsolutePath().normalize();
        return holdsExternalDir(d.startsWith(root) ? root.relativize(d) : d);
    }

    private static boolean holdsExternalDir(Path p) {
        for (int i = 0; i + 1 < p.getNameCount(); i++) {
            for (List<String> pair : DIRS) {
                if (p.getName(i).toString().equals(pair.get(0)) && p.getName(i + 1).toString().equals(pair.get(1))) return true;
            }
        }
        return false;
    }
}
