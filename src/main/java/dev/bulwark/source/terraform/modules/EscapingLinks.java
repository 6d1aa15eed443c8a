package dev.bulwark.source.terraform.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses a fetched package holding a symbolic link that leads outside it: a cloned repository
 * may check out such links, and reading the module through one would read files of this machine.
 */
final class EscapingLinks {
    private EscapingLinks() {}

    static void refuse(Path packageDir) throws FetchException, IOException {
        Path root = packageDir.toRealPath();
        List<Path> links;
        try (Stream<Path> walk = Files.walk(packageDir)) {
            links = walk.filter(Files::isSymbolicLink).toList();
        }
        for (Path link : links) {
            Path target = link.getParent().toRealPath().resolve(Files.readSymbolicLink(link)).normalize();
            if (!target.startsWith(root)) {
                throw new FetchException("the link \"" + packageDir.relativize(link).toString().replace('\\', '/') + "\" points at \""
                        + Files.readSymbolicLink(link) + "\", outside the module directory");
            }
        }
    }
}
