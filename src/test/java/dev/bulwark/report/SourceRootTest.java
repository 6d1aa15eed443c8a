package dev.bulwark.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which directory SARIF URIs are relative to, and how file names become URI references. */
class SourceRootTest {
    @TempDir
    Path dir;

    @Test
    void workingDirectoryWhenEveryPathIsInsideIt() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve("c"));
        assertThat(SourceRoot.forScan(List.of(Path.of("a/b"), Path.of("c")), dir)).isEqualTo(dir);
        assertThat(SourceRoot.forScan(List.of(dir.resolve("a/b")), dir)).isEqualTo(dir);
    }

    @Test
    void commonAncestorOfPathsOutsideTheWorkingDirectory() throws Exception {
        Path wd = Files.createDirectories(dir.resolve("wd"));
        Path x = Files.createDirectories(dir.resolve("repo/x"));
        Path y = Files.createDirectories(dir.resolve("repo/y/z"));
        assertThat(SourceRoot.forScan(List.of(x), wd)).isEqualTo(x);
        assertThat(SourceRoot.forScan(List.of(x, y), wd)).isEqualTo(dir.resolve("repo"));
        Path file = Files.writeString(y.resolve("main.tf"), "");
        assertThat(SourceRoot.forScan(List.of(file), wd)).as("a file stands for its directory").isEqualTo(y);
    }

    @Test
    void filesInsideTheRootAreRelativeAndEscaped() {
        Path wd = dir.resolve("wd");
        Path root = dir.resolve("repo");
        assertThat(SourceRoot.uri(root.resolve("mod/main.tf").toString(), root, wd)).isEqualTo("mod/main.tf");
        assertThat(SourceRoot.uri(root.resolve("my stack/main.tf").toString(), root, wd)).isEqualTo("my%20stack/main.tf");
        assertThat(SourceRoot.uri(root.resolve("café/main.tf").toString(), root, wd)).isEqualTo("caf%C3%A9/main.tf");
        assertThat(SourceRoot.uri(root.resolve("a:b.tf").toString(), root, wd)).as("not read as a scheme").isEqualTo("./a:b.tf");
        assertThat(SourceRoot.uri("stacks/main.tf", wd, wd)).as("relative to the working directory").isEqualTo("stacks/main.tf");
    }

    @Test
    void filesOutsideTheRootAreAbsoluteUris() {
        Path root = dir.resolve("repo");
        String uri = SourceRoot.uri(dir.resolve("elsewhere/main.tf").toString(), root, root);
        assertThat(uri).startsWith("file:").endsWith("/elsewhere/main.tf");
        assertThat(SourceRoot.directoryUri(root)).endsWith("/repo/");
    }
}
