package dev.bulwark.source.host.conf;

import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostRoot;
import dev.bulwark.source.host.os.Distribution;

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
        return new ConfigFiles(context());
    }

    /** A context over this root, as an offline scan of an unknown distribution has it. */
    public HostContext context() {
        return new HostContext(HostRoot.offline(root), Distribution.UNKNOWN);
    }
}
