package dev.bulwark.source.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How every source treats symbolic links. They are followed, as Terraform and git checkouts do;
 * a link that cannot be followed is named with its target, and one that leads outside the
 * scanned paths is followed but named, so a scan never silently reads less, or more, than the
 * user pointed it at.
 */
public final class SymbolicLinks {
    /** Linux gives up after 40 links in a row; a longer chain is treated as a loop too. */
    private static final int MAX_HOPS = 40;

    private SymbolicLinks() {}

    /** Why {@code p}, a symbolic link, cannot be followed; null when it can, or is no link. */
    public static String unfollowable(Path p) {
        if (!Files.isSymbolicLink(p) || Files.exists(p)) return null;
        String target = target(p);
        Set<Path> seen = new HashSet<>();
        Path at = p.toAbsolutePath().normalize();
        for (int hop = 0; hop < MAX_HOPS && Files.isSymbolicLink(at); hop++) {
            if (!seen.add(at)) break;
            try {
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            } catch (IOException e) {
                return "symbolic link to " + target + " cannot be followed: " + e.getMessage();
            }
        }
        if (Files.isSymbolicLink(at)) {
            return "symbolic link to " + target + " cannot be followed: it leads round a loop of links";
        }
        return "symbolic link to " + target + " cannot be followed: " + at + " does not exist";
    }

    /** The message for a path whose real location {@code real}, through links, is outside the scanned paths. */
    public static String outside(Path p, Path real) {
        String what = Files.isSymbolicLink(p) ? "symbolic link to " + target(p) : "path, through a symbolic link,";
        return what + " leads outside the scanned paths (to " + real.toString().replace('\\', '/')
                + "); it is followed, as Terraform would";
    }

    /** The message for a link back to a directory that encloses it. */
    public static String loop(Path link, Path real) {
        return "symbolic link to " + target(link) + " leads back to an enclosing directory ("
                + real.toString().replace('\\', '/') + "), a loop; not followed";
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString().replace('\\', '/');
        } catch (IOException e) {
            return "an unreadable target";
        }
    }

    /** The real paths of the scanned PATHs: a directory stands for itself, a file for its folder. */
    public static final class Roots {
        private final List<Path> real = new ArrayList<>();

        public Roots(List<Path> paths) {
            for (Path p : paths) {
                try {
                    Path r = p.toRealPath();
                    real.add(Files.isDirectory(r) ? r : r.getParent());
                } catch (IOException e) {
                    // A missing PATH is reported by the caller; it contains nothing.
                }
            }
        }

        /** True when the real path {@code p} lies in (or is) one of the scanned paths. */
        public boolean contain(Path p) {
            for (Path r : real) {
                if (p.startsWith(r)) return true;
            }
            return false;
        }
    }
}
