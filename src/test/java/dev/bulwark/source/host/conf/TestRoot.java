package dev.bulwark.source.host.conf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes host files under a temporary root for reader tests. */
public final class TestRoot {
    private final Path root;

    public TestRoot(Path root) {
        this.root = root;
    }

    public TestRoot file(String hostPath, String text) {
        try {
            Path p = root.resolve(hostPath.substring(1));
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRoot link(String hostPath, String target) {
        try {
            Path p = root.resolve(hostPath.substring(1));
            Files.createDirectories(p.getParent());
            Files.createSymbolicLink(p, Path.of(target));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ConfigFiles files() {
        return new DirectoryConfigFiles(root);
    }
}
