package dev.bulwark.source.workflow;

import dev.bulwark.engine.Sources;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowLoaderTest {
    @TempDir
    Path root;

    /** Loads workflows as a scan does: one walk of the paths, the workflow source given the files it claims. */
    private InfrastructureModel load(List<Path> paths) {
        return Sources.load(paths, SourceOptions.of(root), List.of(new WorkflowSource()));
    }

    private void write(String name, String text) throws IOException {
        Path dir = Files.createDirectories(root.resolve(".github/workflows"));
        Files.writeString(dir.resolve(name), text);
    }

    private Resource only(InfrastructureModel model) {
        assertThat(model.resources()).hasSize(1);
        return model.resources().get(0);
    }

    @Test
    void stringTriggerBecomesAMapAndJobsAList() throws IOException {
        write("ci.yml", """
                name: CI
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - name: Test
                        run: make test
                  deploy:
                    needs: build
                    runs-on: [self-hosted, linux]
                    permissions:
                      contents: read
                    steps:
                      - run: 1
                """);
        Resource r = only(load(List.of(root)));
        assertThat(r.type()).isEqualTo("github_actions_workflow");
        assertThat(r.address()).isEqualTo("github_actions_workflow.ci");
        assertThat(r.mode()).isEqualTo(Resource.Mode.MANAGED);
        assertThat(r.location().file()).isEqualTo(".github/workflows/ci.yml");
        assertThat(r.location().startLine()).isEqualTo(1);
        assertThat(r.location().endLine()).isEqualTo(16);
        assertThat(r.attribute("name")).isEqualTo(Value.of("CI"));
        assertThat(r.attribute("on")).isEqualTo(new Value.Obj(java.util.Map.of("push", Value.Obj.EMPTY)));
        assertThat(r.attribute("permissions")).isNull();
        Value.ListV jobs = (Value.ListV) r.attribute("jobs");
        Value.Obj build = (Value.Obj) jobs.items().get(0);
        Value.Obj deploy = (Value.Obj) jobs.items().get(1);
        assertThat(build.get("id")).isEqualTo(Value.of("build"));
        assertThat(build.get("needs")).isEqualTo(Value.ListV.EMPTY);
        assertThat(build.get("permissions")).isNull();
        assertThat(build.get("runs_on")).isEqualTo(Value.of("ubuntu-latest"));
        Value.Obj step = (Value.Obj) ((Value.ListV) build.get("steps")).items().get(1);
        assertThat(step.get("name")).isEqualTo(Value.of("Test"));
        assertThat(step.get("run")).isEqualTo(Value.of("make test"));
        assertThat(step.get("uses")).isNull();
        assertThat(deploy.get("needs")).isEqualTo(new Value.ListV(List.of(Value.of("build"))));
        assertThat(deploy.get("runs_on")).isEqualTo(new Value.ListV(List.of(Value.of("self-hosted"), Value.of("linux"))));
        assertThat(((Value.Obj) deploy.get("permissions")).get("contents")).isEqualTo(Value.of("read"));
        Value.Obj numericRun = (Value.Obj) ((Value.ListV) deploy.get("steps")).items().get(0);
        assertThat(numericRun.get("run")).isEqualTo(Value.of("1"));
    }

    @Test
    void listAndMapTriggersAreNormalised() throws IOException {
        write("a.yml", "on: [push, pull_request]\njobs: {}\n");
        write("b.yaml", "on:\n  pull_request_target:\n  push:\n    branches: [main]\njobs: {}\n");
        InfrastructureModel model = load(List.of(root));
        assertThat(model.resources()).hasSize(2);
        Value.Obj a = (Value.Obj) model.resources().get(0).attribute("on");
        Value.Obj b = (Value.Obj) model.resources().get(1).attribute("on");
        assertThat(a.fields().keySet()).containsExactly("push", "pull_request");
        assertThat(b.fields().keySet()).containsExactly("pull_request_target", "push");
        assertThat(b.get("pull_request_target")).isEqualTo(Value.Obj.EMPTY);
        assertThat(((Value.Obj) b.get("push")).get("branches")).isEqualTo(new Value.ListV(List.of(Value.of("main"))));
    }

    @Test
    void permissionsAreKeptAsWritten() throws IOException {
        write("ci.yml", "on: push\npermissions: read-all\njobs:\n  a:\n    permissions: {}\n    steps: []\n");
        Resource r = only(load(List.of(root)));
        assertThat(r.attribute("permissions")).isEqualTo(Value.of("read-all"));
        Value.Obj job = (Value.Obj) ((Value.ListV) r.attribute("jobs")).items().get(0);
        assertThat(job.get("permissions")).isEqualTo(Value.Obj.EMPTY);
    }

    @Test
    void attributesPointAtTheLinesTheyAreWrittenOn() throws IOException {
        write("ci.yml", """
                on: push
                permissions:
                  contents: read
                jobs:
                  build:
                    permissions: read-all
                    steps:
                      - run: make
                      - uses: actions/checkout@v4
                        with:
                          ref: main
                """);
        Resource r = only(load(List.of(root)));
        assertThat(r.attributeLocations().get("on").startLine()).isEqualTo(1);
        assertThat(r.attributeLocations().get("permissions").startLine()).isEqualTo(2);
        assertThat(r.attributeLocations().get("jobs").startLine()).isEqualTo(4);
        assertThat(r.attributeLocations().get("jobs[0]").startLine()).isEqualTo(5);
        assertThat(r.attributeLocations().get("jobs[0].permissions").startLine()).isEqualTo(6);
        assertThat(r.attributeLocations().get("jobs[0].steps[0]").startLine()).isEqualTo(8);
        assertThat(r.attributeLocations().get("jobs[0].steps[1]").startLine()).isEqualTo(9);
        assertThat(r.attributeLocations().get("jobs[0].steps[1].uses").startLine()).isEqualTo(9);
        Value.Obj step = (Value.Obj) ((Value.ListV) ((Value.Obj) ((Value.ListV) r.attribute("jobs")).items().get(0)).get("steps")).items().get(1);
        assertThat(((Value.Obj) step.get("with")).get("ref")).isEqualTo(Value.of("main"));
    }

    @Test
    void aMalformedFileIsReportedWithItsLineAndTheOthersAreStillRead() throws IOException {
        write("bad.yml", "on: push\njobs:\n  build:\n    steps: [\n      - run: make\n");
        write("good.yml", "on: push\njobs: {}\n");
        InfrastructureModel model = load(List.of(root));
        assertThat(model.resources()).extracting(Resource::address).containsExactly("github_actions_workflow.good");
        assertThat(model.filesRead()).isEqualTo(1);
        assertThat(model.filesFailed()).isEqualTo(1);
        assertThat(model.diagnostics()).hasSize(1);
        Diagnostic d = model.diagnostics().get(0);
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(d.location().file()).isEqualTo(".github/workflows/bad.yml");
        assertThat(d.location().startLine()).isGreaterThan(1);
        assertThat(d.toString()).startsWith(".github/workflows/bad.yml:" + d.location().startLine() + ":");
    }

    @Test
    void aTopLevelThatIsNotAMappingIsAnError() throws IOException {
        write("list.yml", "- on: push\n");
        InfrastructureModel model = load(List.of(root));
        assertThat(model.resources()).isEmpty();
        assertThat(model.filesFailed()).isEqualTo(1);
        assertThat(model.diagnostics().get(0).message()).contains("top level must be a mapping");
    }

    @Test
    void sameNamesGetDistinctAddressesAndAWorkflowFileCanBeGivenDirectly() throws IOException {
        write("deploy.yml", "on: push\njobs: {}\n");
        write("deploy.yaml", "on: push\njobs: {}\n");
        Files.writeString(root.resolve("other.yml"), "on: push\n");
        InfrastructureModel model = load(List.of(root, root.resolve(".github/workflows/deploy.yml"), root.resolve("other.yml")));
        assertThat(model.resources()).extracting(Resource::address)
                .containsExactlyInAnyOrder("github_actions_workflow.deploy", "github_actions_workflow.deploy_2");
    }

    @Test
    void directoriesWithoutWorkflowsGiveNothing() {
        InfrastructureModel model = load(List.of(root));
        assertThat(model.resources()).isEmpty();
        assertThat(model.filesRead()).isZero();
        assertThat(model.diagnostics()).isEmpty();
    }

    @Test
    void linkedWorkflowsAreReadAndBrokenOrOutsideLinksNamed() throws IOException {
        Path outside = Files.createTempDirectory("shared-workflows");
        try {
            Files.writeString(outside.resolve("shared.yml"), "on: push\njobs: {}\n");
            write("real.yml", "on: push\njobs: {}\n");
            Path workflows = root.resolve(".github/workflows");
            Files.createSymbolicLink(workflows.resolve("linked.yml"), Path.of("real.yml"));
            Files.createSymbolicLink(workflows.resolve("shared.yml"), outside.resolve("shared.yml"));
            Files.createSymbolicLink(workflows.resolve("gone.yml"), Path.of("removed.yml"));
            InfrastructureModel model = load(List.of(root));
            assertThat(model.resources()).extracting(Resource::address).containsExactlyInAnyOrder(
                    "github_actions_workflow.linked", "github_actions_workflow.real", "github_actions_workflow.shared");
            assertThat(model.filesFailed()).isEqualTo(1);
            assertThat(model.diagnostics()).extracting(Diagnostic::toString).containsExactlyInAnyOrder(
                    ".github/workflows/gone.yml: error: symbolic link to removed.yml cannot be followed: "
                            + workflows.resolve("removed.yml") + " does not exist",
                    ".github/workflows/shared.yml: warning: symbolic link to " + outside.resolve("shared.yml")
                            + " leads outside the scanned paths (to " + outside.toRealPath().resolve("shared.yml")
                            + "); it is followed, as Terraform would");
        } finally {
            Files.deleteIfExists(outside.resolve("shared.yml"));
            Files.deleteIfExists(outside);
        }
    }
}
