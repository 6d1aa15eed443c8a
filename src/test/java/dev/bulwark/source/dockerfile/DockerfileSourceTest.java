package dev.bulwark.source.dockerfile;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.source.SourceRequest;
import dev.bulwark.source.tree.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileSourceTest {
    private final DockerfileSource source = new DockerfileSource();

    @Test
    void claimsDockerfilesAndContainerfilesByName() {
        for (String name : List.of("Dockerfile", "Containerfile", "Dockerfile.prod", "api.Dockerfile", "Containerfile.arm64")) {
            assertThat(source.claims(Path.of("app", name))).as(name).isTrue();
        }
        for (String name : List.of("Dockerfile.dockerignore", ".Dockerfile", "dockerfile.md", "Dockerfiles", "docker-compose.yml")) {
            assertThat(source.claims(Path.of("app", name))).as(name).isFalse();
        }
    }

    private InfrastructureModel load(Path dir, String name, String text) throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("app")).resolve(name), text);
        SourceOptions options = SourceOptions.of(dir);
        FileTree tree = FileTree.walk(List.of(dir), source::claims, options::display);
        return source.load(new SourceRequest(List.of(dir), List.of(file), tree, options, options::display));
    }

    @Test
    void eachStageIsAResourceWithItsResolvedBaseImageAndEffectiveUser(@TempDir Path dir) throws Exception {
        InfrastructureModel m = load(dir, "Dockerfile", """
                ARG PY=3.12
                ARG REGISTRY=ghcr.io/acme
                FROM ${REGISTRY}/python:${PY}-slim AS base
                ENV APP_HOME=/srv/app
                USER app:app
                EXPOSE 8000/tcp

                FROM base AS test
                RUN pytest

                FROM base AS runtime
                ARG PY
                ENV PYTHON_VERSION=$PY
                COPY --from=test $APP_HOME/report /report
                """);
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.resources()).extracting(Resource::address).containsExactly(
                "Dockerfile:app/Dockerfile#stage=base", "Dockerfile:app/Dockerfile#stage=test", "Dockerfile:app/Dockerfile#stage=runtime");
        Resource runtime = m.resources().get(2);
        assertThat(runtime.format()).isEqualTo("dockerfile");
        assertThat(runtime.type()).isEqualTo("dockerfile_stage");
        assertThat(runtime.attribute("final")).isEqualTo(Value.TRUE);
        assertThat(runtime.attribute("user")).isEqualTo(Value.of("app:app"));
        assertThat(runtime.attributeLocations().get("user")).isEqualTo(SourceLocation.at("app/Dockerfile", 5, 1));
        Value.Obj env = (Value.Obj) runtime.attribute("env");
        assertThat(env.get("PYTHON_VERSION")).isEqualTo(Value.of("3.12"));
        assertThat(env.get("APP_HOME")).isEqualTo(Value.of("/srv/app"));
        assertThat(runtime.attribute("copy_from")).isEqualTo(new Value.ListV(List.of(Value.of("test"))));
        assertThat(runtime.location()).isEqualTo(new SourceLocation("app/Dockerfile", 11, 1, 14, 1));
        Value.Obj baseImage = (Value.Obj) m.resources().get(0).attribute("image");
        assertThat(baseImage.get("reference")).isEqualTo(Value.of("ghcr.io/acme/python:3.12-slim"));
        assertThat(baseImage.get("registry")).isEqualTo(Value.of("ghcr.io"));
        assertThat(baseImage.get("repository")).isEqualTo(Value.of("acme/python"));
        assertThat(baseImage.get("tag")).isEqualTo(Value.of("3.12-slim"));
        assertThat(((Value.Obj) runtime.attribute("image")).get("stage")).isEqualTo(Value.of("base"));
        assertThat(m.resources().get(0).attributeLocations().get("image")).isEqualTo(SourceLocation.at("app/Dockerfile", 3, 6));
        assertThat(m.resources().get(1).attribute("in_final_image")).isEqualTo(Value.FALSE);
        assertThat(m.resources().get(0).attribute("in_final_image")).isEqualTo(Value.TRUE);
    }

    @Test
    void anUnknownInstructionIsReportedAtItsLineAndTheFileIsStillRead(@TempDir Path dir) throws Exception {
        InfrastructureModel m = load(dir, "api.Dockerfile", "FROM alpine:3.20\nRUNN echo hi\nUSER root\n");
        assertThat(m.filesRead()).isEqualTo(1);
        assertThat(m.filesFailed()).isZero();
        assertThat(m.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.location()).isEqualTo(SourceLocation.at("app/api.Dockerfile", 2, 1));
            assertThat(d.message()).startsWith("unknown instruction RUNN");
        });
        assertThat(m.resources()).singleElement().satisfies(r -> assertThat(r.attribute("user")).isEqualTo(Value.of("root")));
    }

    @Test
    void instructionsBeforeTheFirstFromAndFilesWithoutOneAreReported(@TempDir Path dir) throws Exception {
        InfrastructureModel m = load(dir, "Containerfile", "# nothing yet\nRUN echo hi\n");
        assertThat(m.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("RUN before the first FROM: only ARG may come before it", "no FROM instruction: the file builds no image");
        assertThat(m.resources()).isEmpty();
    }
}
