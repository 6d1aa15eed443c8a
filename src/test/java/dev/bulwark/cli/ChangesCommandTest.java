package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.source.git.ApprovalScenario;
import dev.bulwark.source.git.TestRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesCommandTest {
    private static final String PERIOD_SINCE = "2026-03-01";
    private static final String PERIOD_UNTIL = "2026-05-31";

    @TempDir
    static Path tmp;
    static ApprovalScenario scenario;
    static Path bundle;

    @BeforeAll
    static void build() throws Exception {
        scenario = ApprovalScenario.build(tmp.resolve("repo"));
        bundle = scenario.writeBundle(tmp.resolve("pull-requests.json"));
    }

    private static CliRunner.Result changes(String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "changes";
        args[1] = "--since";
        args[2] = PERIOD_SINCE;
        args[3] = "--until";
        args[4] = PERIOD_UNTIL;
        System.arraycopy(extra, 0, args, 5, extra.length);
        return CliRunner.run(args);
    }

    @Test
    void consoleListsUnapprovedChangesAndExitsOne() {
        CliRunner.Result r = changes(scenario.dir.toString(), "--pull-requests", bundle.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("Change approval on main at " + scenario.shortSha("merge-local"))
                .contains("Period:   2026-03-01T00:00:00Z to 2026-05-31T23:59:59Z")
                .contains("Not approved (6):")
                .contains("BW-GIT-001  " + scenario.shortSha("direct") + "  2026-03-05  Dana Dev <dana@example.com>  direct push")
                .contains("BW-GIT-001  " + scenario.shortSha("self") + "  2026-03-15  Carol Ops <carol@example.com>  self-approved")
                .contains("BW-GIT-001  " + scenario.shortSha("merge-13") + "  2026-04-05  Frank Field <frank@example.com>  self-approved")
                .contains("pull request #16 approved only after merge")
                .contains("pull request #18 not approved")
                .contains("      files: main.tf")
                .contains("Approved (5):")
                .contains(scenario.shortSha("merge-12") + "  2026-03-25  Erin Engineer <erin@example.com>  pull request #12, approved by bob-reviews")
                .contains("FAIL BW-GIT-001 [3.5.1]: Infrastructure changes are approved by someone other than their author")
                .contains("12 commits landed on main in the period, 10 changed infrastructure: 5 approved, 6 not approved"
                        + " (2 direct-push, 2 self-approved, 1 approved-after-merge, 1 pull-request-not-approved)");
    }

    @Test
    void jsonCarriesFailuresAndApprovedChanges() throws Exception {
        CliRunner.Result r = changes(scenario.dir.toString(), "--pull-requests", bundle.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("branch").asText()).isEqualTo("main");
        assertThat(root.path("since").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(root.path("settings").path("approval").asText()).isEqualTo("either");
        assertThat(root.path("pullRequests").path("merged").asInt()).isEqualTo(5);
        assertThat(root.path("summary").path("commits").asInt()).isEqualTo(12);
        assertThat(root.path("summary").path("failed").asInt()).isEqualTo(6);
        assertThat(root.path("rules").get(0).path("status").asText()).isEqualTo("FAIL");
        JsonNode first = root.path("failures").get(0);
        assertThat(first.path("reason").asText()).isEqualTo("direct-push");
        assertThat(first.path("sha").asText()).isEqualTo(scenario.sha.get("direct"));
        assertThat(first.path("author").path("email").asText()).isEqualTo("dana@example.com");
        assertThat(first.path("date").asText()).isEqualTo("2026-03-05T09:00:00Z");
        assertThat(first.path("files").get(0).asText()).isEqualTo("main.tf");
        assertThat(first.path("requirements").get(0).asText()).isEqualTo("3.5.1");
        JsonNode pr12 = root.path("approved").get(1);
        assertThat(pr12.path("pullRequest").asInt()).isEqualTo(12);
        assertThat(pr12.path("via").asText()).isEqualTo("pull-request");
        assertThat(pr12.path("approvers").get(0).asText()).isEqualTo("bob-reviews");
        assertThat(pr12.path("commits")).hasSize(2);
        JsonNode hotfix = root.path("failures").get(5);
        assertThat(hotfix.path("landedWith").asText()).isEqualTo(scenario.shortSha("merge-local"));
    }

    @Test
    void aFullyApprovedPeriodExitsZero() {
        CliRunner.Result r = CliRunner.run("changes", scenario.dir.toString(), "--pull-requests", bundle.toString(),
                "--since", "2026-03-24", "--until", "2026-03-31");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("PASS BW-GIT-001 [3.5.1]").contains("Approved (1):").doesNotContain("Not approved");
    }

    /** Regression test: a period without infrastructure changes used to report the rule as PASS. */
    @Test
    void aPeriodWithoutInfrastructureChangesIsNotApplicableNotPass() throws Exception {
        CliRunner.Result r = CliRunner.run("changes", scenario.dir.toString(), "--since", "2025-01-01", "--until", "2025-02-01");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("NOT APPLICABLE BW-GIT-001 [3.5.1]").doesNotContain("PASS BW-GIT-001");
        r = CliRunner.run("changes", scenario.dir.toString(), "--since", "2025-01-01", "--until", "2025-02-01", "--format", "json");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).path("rules").get(0).path("status").asText())
                .isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void theConfigFileChoosesTheApprovalMode(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("changes.yaml");
        Files.writeString(cfg, "changes:\n  approval: pull-request\n");
        CliRunner.Result r = changes(scenario.dir.toString(), "--config", cfg.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("changes.approval is pull-request, which needs the pull requests: pass --pull-requests FILE");

        Files.writeString(cfg, "changes:\n  approval: trailer\n");
        r = changes(scenario.dir.toString(), "--config", cfg.toString(), "--pull-requests", bundle.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("note: changes.approval is trailer, so " + bundle + " is not consulted");
        assertThat(r.out()).contains("\"approval\" : \"trailer\"").contains("\"failed\" : 9");
    }

    @Test
    void aBulwarkYamlInTheRepositoryIsFound(@TempDir Path dir) throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.write(".bulwark.yaml", "changes:\n  infrastructure: [\"*.hcl\"]\n");
            repo.write("main.tf", "locals {}\n").write("terragrunt.hcl", "inputs = {}\n");
            repo.commit("start", ApprovalScenario.ALICE, Instant.parse("2026-04-01T00:00:00Z"));
        }
        Files.createDirectories(dir.resolve("sub"));
        CliRunner.Result r = changes(dir.resolve("sub").toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("\"terragrunt.hcl\"").doesNotContain("\"main.tf\"");
    }

    @Test
    void squashMergedPullRequestsWithoutAnExportAreUndecidedAndExitZero(@TempDir Path dir) throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.write("main.tf", "locals {}\n").commit("Add the module (#1271)", ApprovalScenario.ALICE, Instant.parse("2026-04-01T00:00:00Z"));
            repo.write("vpc.tf", "locals {}\n").commit("Add the VPC (#1272)", ApprovalScenario.ALICE, Instant.parse("2026-04-02T00:00:00Z"));
        }
        CliRunner.Result r = changes(dir.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Undecided (2):")
                .contains("Alice Admin <alice@example.com>  pull request #1272, reviews not given")
                .contains("(--pull-requests FILE would decide it)")
                .contains("UNKNOWN BW-GIT-001 [3.5.1]")
                .contains("2 changed infrastructure: 0 approved, 0 not approved, 2 undecided (pull requests whose reviews were not given)")
                .doesNotContain("Not approved");

        CliRunner.Result json = changes(dir.toString(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("summary").path("undecided").asInt()).isEqualTo(2);
        assertThat(root.path("summary").path("failed").asInt()).isZero();
        assertThat(root.path("rules").get(0).path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(root.path("failures")).isEmpty();
        JsonNode second = root.path("undecided").get(1);
        assertThat(second.path("reason").asText()).isEqualTo("pull-request-unverified");
        assertThat(second.path("pullRequest").asInt()).isEqualTo(1272);
        assertThat(second.path("files").get(0).asText()).isEqualTo("vpc.tf");
    }

    @Test
    void inputErrorsExitTwoWithAClearMessage(@TempDir Path dir) throws Exception {
        CliRunner.Result notRepo = changes(dir.toString());
        assertThat(notRepo.exitCode()).isEqualTo(2);
        assertThat(notRepo.err()).contains("bulwark: " + dir + ": not a git repository");

        CliRunner.Result badDate = CliRunner.run("changes", scenario.dir.toString(), "--since", "last tuesday");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--since must be a date like 2026-03-01 or a time like 2026-03-01T09:00:00Z, got 'last tuesday'");

        CliRunner.Result backwards = CliRunner.run("changes", scenario.dir.toString(), "--since", "2026-05-01", "--until", "2026-04-01");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--since (2026-05-01T00:00:00Z) is after --until");

        Path truncated = dir.resolve("truncated.json");
        String whole = Files.readString(bundle);
        Files.writeString(truncated, whole.substring(0, whole.length() / 2));
        CliRunner.Result bad = changes(scenario.dir.toString(), "--pull-requests", truncated.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("bulwark: " + truncated + ":").contains(": truncated JSON: the file ends in the middle of the document");
        assertThat(bad.out()).isEmpty();

        Path noMerge = dir.resolve("no-merge-sha.json");
        Files.writeString(noMerge, whole.replaceFirst("\"merge_commit_sha\": \"[0-9a-f]{40}\",", ""));
        CliRunner.Result missing = changes(scenario.dir.toString(), "--pull-requests", noMerge.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains(noMerge + ":2:3: $[0].merge_commit_sha: expected the SHA of the commit the pull request landed as");

        CliRunner.Result noFile = changes(scenario.dir.toString(), "--pull-requests", dir.resolve("nope.json").toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("--pull-requests: no such file: " + dir.resolve("nope.json"));

        CliRunner.Result badMode = changes(scenario.dir.toString(), "--approval", "sometimes");
        assertThat(badMode.exitCode()).isEqualTo(2);
        assertThat(badMode.err()).contains("--approval must be pull-request, trailer or either, got 'sometimes'");

        CliRunner.Result badBranch = changes(scenario.dir.toString(), "--branch", "release");
        assertThat(badBranch.exitCode()).isEqualTo(2);
        assertThat(badBranch.err()).contains("branch \"release\" not found");
    }
}
