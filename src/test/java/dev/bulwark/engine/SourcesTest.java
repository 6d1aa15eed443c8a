package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.Source;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.source.SourceRegistry;
import dev.bulwark.source.SourceRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine knows no format: a source added to the list is walked for, handed its files and merged,
 * with no engine change. Each file goes to the first source that claims it.
 */
class SourcesTest {
    @TempDir
    Path dir;

    /** A format the engine has never heard of: one resource per {@code .ini} file. */
    static class IniSource implements Source {
        final List<Path> seen = new ArrayList<>();

        @Override
        public String format() {
            return "ini";
        }

        @Override
        public boolean claims(Path file) {
            return file.getFileName().toString().endsWith(".ini");
        }

        @Override
        public InfrastructureModel load(SourceRequest request) {
            seen.addAll(request.files());
            List<Resource> out = new ArrayList<>();
            for (Path f : request.files()) {
                String shown = request.display().apply(f);
                try {
                    out.add(new Resource("ini", "ini:" + shown, "ini_file", shown, ".", SourceLocation.ofFile(shown),
                            new Value.Obj(Map.of("text", new Value.Str(Files.readString(f)))), Map.of(), Map.of()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new InfrastructureModel(out, List.of(), out.size(), 0);
        }
    }

    @Test
    void aFifthSourceIsOneMoreEntryInTheList() throws IOException {
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n");
        Files.writeString(dir.resolve("app.ini"), "[a]\nx=1\n");
        IniSource ini = new IniSource();
        List<Source> sources = new ArrayList<>(SourceRegistry.all());
        sources.add(ini);
        InfrastructureModel m = Sources.load(List.of(dir), SourceOptions.of(dir), sources);
        assertThat(m.resources()).extracting(Resource::format, Resource::address)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("terraform", "aws_s3_bucket.b"),
                        org.assertj.core.groups.Tuple.tuple("ini", "ini:app.ini"));
        assertThat(ini.seen).containsExactly(dir.resolve("app.ini"));
        assertThat(m.filesRead()).isEqualTo(2);
    }

    @Test
    void aFileGoesToTheFirstSourceThatClaimsIt() throws IOException {
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.writeString(dir.resolve(".github/workflows/ci.yml"), "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n");
        Source greedy = new IniSource() {
            @Override
            public boolean claims(Path file) {
                return true;
            }
        };
        List<Source> sources = new ArrayList<>(SourceRegistry.all());
        sources.add(greedy);
        InfrastructureModel m = Sources.load(List.of(dir), SourceOptions.of(dir), sources);
        assertThat(m.resources()).extracting(Resource::format).containsExactly("github-actions");
    }

    @Test
    void aFileNamedOnTheCommandLineThatNoSourceReadsIsAWarning() throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), "hi");
        InfrastructureModel m = Sources.load(List.of(readme), SourceOptions.of(dir));
        assertThat(m.resources()).isEmpty();
        assertThat(m.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.location().file()).isEqualTo("README.md");
            assertThat(d.message()).startsWith("no source reads this file");
        });
    }
}
