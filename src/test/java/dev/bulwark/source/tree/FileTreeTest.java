package dev.bulwark.source.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One walk finds every wanted file once, skips tool caches, and reports loops and oversized files. */
class FileTreeTest {
    @TempDir
    Path dir;

    private static final Predicate<Path> YAML_OR_TF = p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".tf");
    };

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private List<String> found(FileTree tree) {
        return tree.files().stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    private FileTree walk(long maxBytes, Path... paths) {
        return FileTree.walk(List.of(paths), YAML_OR_TF, p -> dir.relativize(p.toAbsolutePath()).toString(), maxBytes);
    }

    @Test
    void wantedFilesInNameOrderAndToolCachesSkipped() throws IOException {
        write("b/main.tf", "");
        write("a/deploy.yaml", "");
        write("a/notes.txt", "");
        write(".terraform/modules/x/main.tf", "");
        write("node_modules/pkg/x.yaml", "");
        write(".git/hooks/x.yaml", "");
        write(".cache/x.yaml", "");
        write(".github/workflows/ci.yaml", "");
        write("sub/.github/workflows/ci.yaml", "");
        FileTree tree = walk(FileTree.MAX_FILE_BYTES, dir);
        assertThat(found(tree)).containsExactly(".github/workflows/ci.yaml", "a/deploy.yaml", "b/main.tf", "sub/.github/workflows/ci.yaml");
        assertThat(tree.diagnostics()).isEmpty();
    }

    @Test
    void aLinkLoopIsReportedOnceAndNotFollowed() throws IOException {
        write("a/main.tf", "");
        Files.createSymbolicLink(dir.resolve("a/back"), Path.of(".."));
        FileTree tree = walk(FileTree.MAX_FILE_BYTES, dir);
        assertThat(found(tree)).containsExactly("a/main.tf");
        assertThat(tree.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.location().file()).isEqualTo("a/back");
            assertThat(d.message()).contains("loop");
        });
    }

    @Test
    void aFileOverTheLimitIsReportedAndLeftOut() throws IOException {
        write("small.yaml", "a: 1\n");
        write("big.yaml", "x".repeat(2000));
        FileTree tree = walk(1000, dir);
        assertThat(found(tree)).containsExactly("small.yaml");
        assertThat(tree.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("big.yaml");
            assertThat(d.message()).contains("2000 bytes");
        });
    }

    @Test
    void aFileNamedOnTheCommandLineIsKeptEvenIfNoSourceWantsIt() throws IOException {
        Path readme = write("README.md", "hello");
        FileTree tree = walk(FileTree.MAX_FILE_BYTES, readme);
        assertThat(found(tree)).containsExactly("README.md");
        assertThat(tree.given()).containsExactly(readme);
    }

    @Test
    void aMissingPathIsAnError() {
        FileTree tree = walk(FileTree.MAX_FILE_BYTES, dir.resolve("nope"));
        assertThat(tree.files()).isEmpty();
        assertThat(tree.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.message()).isEqualTo("path does not exist");
        });
    }
}
