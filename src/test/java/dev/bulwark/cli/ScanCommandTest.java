package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.report.Schemas;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bulwark scan} end to end, in-process. Where counts or exit codes matter the scan is limited
 * to one rule (or a rule pack the test writes), so other rule packs do not change the outcome: BW-AWS-BAK-001 (S3
 * versioning, MEDIUM) fails every plain bucket a test writes, and BW-AWS-S3-101 (TLS-only bucket policy, MEDIUM) fails the
 * example's scratch buckets, which are not suppressed for it.
 */
class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLE = "examples/aws-platform";
    private static final String VERSIONING = "BW-AWS-BAK-001";
    private static final String EXAMPLE_RULE = "BW-AWS-S3-101";
    private static final String FUTURE = LocalDate.now().plusYears(1).toString();
    private static final String PAST = LocalDate.now().minusDays(1).toString();

    @TempDir
    Path tmp;

    static Path write(Path dir, String file, String text) {
        try {
            Path p = dir.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String bucket(String name) {
        return "resource \"aws_s3_bucket\" \"" + name + "\" {\n  bucket = \"" + name + "\"\n}\n";
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    private static void assertNoAnsi(CliRunner.Result r) {
        assertThat(r.out()).doesNotContain("\u001b");
        assertThat(r.err()).doesNotContain("\u001b");
    }

    @Test
    void aMissingScanPathIsAUsageErrorNotACleanScan() {
        CliRunner.Result r = CliRunner.run("scan", "does/not/exist");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT_ERROR.code);
        assertThat(r.err()).contains("no such file or directory: does/not/exist");
    }

    @Nested
    class ConsoleAndExitCodes {
        @Test
        void exampleFindingsAreGroupedWithTheRequirementSummaryAndExit1() {
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            String out = r.out();
            int section = out.indexOf("3.4 Data protection and encryption");
            int finding = out.indexOf("FAIL    BW-AWS-S3-101 MEDIUM");
            int summary = out.indexOf("Requirements of ENG-POL-003");
            assertThat(section).isGreaterThanOrEqualTo(0);
            assertThat(finding).isGreaterThan(section);
            assertThat(summary).isGreaterThan(finding);
            assertThat(out).contains("aws_s3_bucket.scratch[\"web\"]  examples/aws-platform/storage.tf:")
                    .contains("fix: Add to the bucket policy a statement with effect Deny");
            assertThat(out).containsPattern("(?m)^  3\\.4\\.2 +fail +\\d+ +[1-9]\\d* +\\d+  Network traffic uses TLS 1\\.2 or newer$");
            // The example's justified suppressions: BW-AWS-BAK-001 above the scratch buckets covers both instances; the k8s node exporter's annotation covers BW-CTR-001; a comment covers the worker Dockerfile's EXPOSE 22.
            assertThat(out).containsPattern("(?m)^\\d+ failed, \\d+ unknown, \\d+ passed, \\d+ not applicable, 4 suppressed — \\d+ resources in 13 files \\(0 could not be read\\)");
            assertNoAnsi(r);
        }

        @Test
        void failOnNoneExits0() {
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--fail-on", "none");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("fail-on none: the exit code ignores findings");
        }

        @Test
        void failOnComparesTheThresholdWithSeverities() {
            // BW-AWS-S3-101 is MEDIUM and fails on the example.
            assertThat(CliRunner.run("scan", EXAMPLE, "--check", EXAMPLE_RULE, "--fail-on", "HIGH").exitCode()).isZero();
            assertThat(CliRunner.run("scan", EXAMPLE, "--check", EXAMPLE_RULE, "--fail-on", "MEDIUM").exitCode()).isEqualTo(1);
            assertThat(CliRunner.run("scan", EXAMPLE, "--check", EXAMPLE_RULE, "--fail-on", "low").exitCode()).isEqualTo(1);
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--check", EXAMPLE_RULE, "--fail-on", "HIGH");
            assertThat(r.out()).contains("0 failure(s) at or above HIGH");
        }

        @Test
        void failOnCriticalFailsOnACriticalFinding() {
            Path tree = tmp.resolve("tree");
            write(tree, "main.tf", "resource \"aws_s3_bucket\" \"w\" {\n  acl = \"public-read\"\n}\n");
            Path pack = CustomRules.aclPack(tmp);
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--rules", pack.toString(), "--check", "ACME-S3-900",
                    "--fail-on", "CRITICAL");
            assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.out()).contains("FAIL    ACME-S3-900 CRITICAL").contains("1 failure(s) at or above CRITICAL");
        }

        @Test
        void badFailOnIsAUsageError() {
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--fail-on", "SEVERE");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--fail-on must be LOW, MEDIUM, HIGH, CRITICAL or none, got 'SEVERE'");
        }

        @Test
        void neverColourWithoutATerminal() {
            assertNoAnsi(CliRunner.run("scan", EXAMPLE, "--check", EXAMPLE_RULE));
            assertNoAnsi(CliRunner.run("scan", EXAMPLE, "--check", EXAMPLE_RULE, "--quiet"));
        }
    }

    @Nested
    class Sarif {
        @Test
        void sarifFileValidatesAndCarriesWhatCodeHostsNeed() throws Exception {
            Path file = tmp.resolve("out/x.sarif");
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--format", "sarif", "--output", file.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("wrote " + file);
            JsonNode sarif = json(Files.readString(file));
            assertThat(Schemas.sarifErrors(sarif)).isEmpty();

            JsonNode run = sarif.path("runs").get(0);
            JsonNode driver = run.path("tool").path("driver");
            assertThat(driver.path("version").asText()).isNotBlank();
            assertThat(driver.path("informationUri").asText()).startsWith("https://");
            assertThat(driver.path("rules")).isNotEmpty().allSatisfy(rule -> {
                assertThat(rule.path("help").path("text").asText()).as(rule.path("id").asText()).isNotBlank();
                assertThat(rule.path("help").path("markdown").asText()).isNotBlank();
            });
            assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
                    .isEqualTo(Path.of("").toAbsolutePath().toUri().toString());
            assertThat(run.path("results")).isNotEmpty().allSatisfy(res -> {
                assertThat(res.path("partialFingerprints").path("bulwarkFinding/v1").asText()).isNotBlank();
                JsonNode artifact = res.path("locations").get(0).path("physicalLocation").path("artifactLocation");
                assertThat(artifact.path("uri").asText()).startsWith("examples/aws-platform/").doesNotContain(":");
                assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            });
        }

        @Test
        void sarifOfATreeOutsideTheWorkingDirectoryIsStillRelative() throws Exception {
            Path tree = copyExample(tmp.resolve("checkout"));
            JsonNode run = sarif(tree).path("runs").get(0);
            assertThat(Schemas.sarifErrors(sarif(tree))).isEmpty();
            assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).isEqualTo(tree.toUri().toString());
            assertThat(run.path("results")).isNotEmpty().allSatisfy(res -> {
                JsonNode artifact = res.path("locations").get(0).path("physicalLocation").path("artifactLocation");
                assertThat(artifact.path("uri").asText()).doesNotStartWith("file:").doesNotStartWith("/");
                assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            });
        }

        @Test
        void fingerprintsAreStableAcrossRunsAndLineMoves() throws Exception {
            Path tree = copyExample(tmp.resolve("checkout"));
            Map<String, String> first = fingerprints(sarif(tree));
            assertThat(first).isNotEmpty();
            assertThat(fingerprints(sarif(tree))).isEqualTo(first);

            Map<String, Integer> linesBefore = startLines(sarif(tree));
            Path storage = tree.resolve("storage.tf");
            Files.writeString(storage, "\n\n\n\n" + Files.readString(storage));
            JsonNode moved = sarif(tree);
            assertThat(fingerprints(moved)).isEqualTo(first);
            Map<String, Integer> linesAfter = startLines(moved);
            assertThat(linesAfter.get("aws_s3_bucket.scratch[\"web\"]")).isEqualTo(linesBefore.get("aws_s3_bucket.scratch[\"web\"]") + 4);
        }

        private JsonNode sarif(Path tree) throws IOException {
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", EXAMPLE_RULE, "--format", "sarif");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            return json(r.out());
        }

        private Map<String, String> fingerprints(JsonNode sarif) {
            Map<String, String> out = new HashMap<>();
            for (JsonNode res : sarif.path("runs").get(0).path("results")) {
                out.put(res.path("properties").path("resourceAddress").asText(), res.path("partialFingerprints").path("bulwarkFinding/v1").asText());
            }
            return out;
        }

        private Map<String, Integer> startLines(JsonNode sarif) {
            Map<String, Integer> out = new HashMap<>();
            for (JsonNode res : sarif.path("runs").get(0).path("results")) {
                out.put(res.path("properties").path("resourceAddress").asText(),
                        res.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
            }
            return out;
        }
    }

    @Nested
    class JsonFormat {
        @Test
        void exampleJsonValidatesAgainstThePublishedSchema() throws Exception {
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--format", "json");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            JsonNode root = json(r.out());
            assertThat(Schemas.scanResultsErrors(root)).isEmpty();
            assertThat(root.path("schemaVersion").asText()).isEqualTo("1.3");
        }

        @Test
        void findingFieldsHoldTheValuesOfTheSource() throws Exception {
            Path tree = tmp.resolve("tree");
            write(tree, "main.tf", "# storage\n\n" + bucket("plain"));
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING, "--format", "json");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            JsonNode root = json(r.out());
            assertThat(Schemas.scanResultsErrors(root)).isEmpty();
            assertThat(root.path("findings")).hasSize(1);
            JsonNode f = root.path("findings").get(0);
            assertThat(f.path("rule").asText()).isEqualTo(VERSIONING);
            assertThat(f.path("status").asText()).isEqualTo("FAIL");
            assertThat(f.path("severity").asText()).isEqualTo("MEDIUM");
            assertThat(f.path("requirements").toString()).isEqualTo("[\"3.5.5\"]");
            assertThat(f.path("soc2").toString()).isEqualTo("[\"CC8.1\"]");
            assertThat(f.path("resource").path("address").asText()).isEqualTo("aws_s3_bucket.plain");
            assertThat(f.path("resource").path("type").asText()).isEqualTo("aws_s3_bucket");
            assertThat(f.path("location").path("file").asText()).isEqualTo(tree.resolve("main.tf").toString());
            assertThat(f.path("location").path("startLine").asInt()).isEqualTo(3);
            assertThat(f.path("location").path("endLine").asInt()).isEqualTo(5);
            assertThat(f.path("message").asText()).contains("aws_s3_bucket.plain has no versioning");
            assertThat(f.path("suppressed").asBoolean()).isFalse();
            assertThat(root.path("summary").path("rules").asInt()).isEqualTo(1);
            assertThat(root.path("summary").path("blockingFailures").asInt()).isEqualTo(1);
        }
    }

    @Nested
    class Outputs {
        @Test
        void severalFormatsGoToTheOutputDirectory() throws Exception {
            Path out = tmp.resolve("reports");
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--format", "console", "--format", "json", "--format", "sarif",
                    "--output-dir", out.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).as("console still goes to the screen").contains("Requirements of ENG-POL-003");
            assertThat(Schemas.scanResultsErrors(json(Files.readString(out.resolve("bulwark.json"))))).isEmpty();
            assertThat(Schemas.sarifErrors(json(Files.readString(out.resolve("bulwark.sarif"))))).isEmpty();
            assertThat(r.err()).contains("wrote " + out.resolve("bulwark.json")).contains("wrote " + out.resolve("bulwark.sarif"));
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("bulwark.json", "bulwark.sarif");
            }
        }

        @Test
        void theReportsForPeopleAndCiGoToTheOutputDirectoryToo() throws Exception {
            Path out = tmp.resolve("more-reports");
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--format", "html", "--format", "junit", "--format", "csv",
                    "--format", "markdown", "--output-dir", out.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly("bulwark.csv", "bulwark.html", "bulwark.junit.xml", "bulwark.md");
            }
            assertThat(Files.readString(out.resolve("bulwark.html"))).startsWith("<!DOCTYPE html>").contains("<h2 id=\"findings\">Findings</h2>")
                    .contains("<pre class=\"src\">");
            assertThat(Files.readString(out.resolve("bulwark.junit.xml"))).contains("<testsuite name=\"CC6.1\"");
            assertThat(Files.readString(out.resolve("bulwark.csv"))).startsWith("rule,title,severity,status,");
            assertThat(Files.readString(out.resolve("bulwark.md"))).startsWith("## Bulwark: ENG-POL-003");
        }

        @Test
        void consoleToAFileHasNoColour() throws Exception {
            Path file = tmp.resolve("scan.txt");
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--check", EXAMPLE_RULE, "--output", file.toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(Files.readString(file)).contains("Requirements of ENG-POL-003").doesNotContain("\u001b");
        }

        @Test
        void anUnwritableOutputIsAnInputErrorNotACrash() throws Exception {
            Path aDirectory = Files.createDirectories(tmp.resolve("taken.json"));
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--check", EXAMPLE_RULE, "--format", "json", "--output", aDirectory.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("bulwark: cannot write " + aDirectory).doesNotContain("internal error");

            Path aFile = write(tmp, "plain-file", "");
            r = CliRunner.run("scan", EXAMPLE, "--check", EXAMPLE_RULE, "--format", "sarif", "--output-dir", aFile.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("cannot write " + aFile.resolve("bulwark.sarif")).doesNotContain("internal error");
        }

        @Test
        void invalidCombinationsExit2WithAClearMessage() {
            Path f = tmp.resolve("x");
            expectUsageError("several formats need --output-dir", "scan", EXAMPLE, "--format", "json", "--format", "sarif");
            expectUsageError("--output takes one format; use --output-dir for several",
                    "scan", EXAMPLE, "--format", "json", "--format", "sarif", "--output", f.toString());
            expectUsageError("use either --output or --output-dir, not both",
                    "scan", EXAMPLE, "--format", "json", "--output", f.toString(), "--output-dir", tmp.toString());
            expectUsageError("--format", "scan", EXAMPLE, "--format", "xml");
            expectUsageError("PATH", "scan");
            assertThat(Files.exists(f)).isFalse();
        }
    }

    @Nested
    class BadInput {
        @Test
        void unreadableFilesAreReportedAndTheRestIsScanned() throws Exception {
            Path tree = tmp.resolve("tree");
            write(tree, "ok.tf", bucket("fine"));
            write(tree, "broken.tf", "resource \"aws_s3_bucket\" \"half\" {\n  bucket = \"half\"\n");
            Files.write(tree.resolve("latin1.tf"), new byte[] {'#', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n'});
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).as("findings, not an input error: " + r.err()).isEqualTo(1);
            assertThat(r.out()).contains("aws_s3_bucket.fine")
                    .contains("1 resource in 3 files (2 could not be read)")
                    .containsPattern("broken\\.tf:\\d+:\\d+: error: ")
                    .contains("latin1.tf:1:1: error: not UTF-8 text: byte 0xE9 at byte offset 5 (line 1) is not valid UTF-8");

            JsonNode root = json(CliRunner.run("scan", tree.toString(), "--check", VERSIONING, "--format", "json").out());
            assertThat(Schemas.scanResultsErrors(root)).isEmpty();
            assertThat(root.path("summary").path("filesFailed").asInt()).isEqualTo(2);
            assertThat(root.path("findings")).hasSize(1);
        }

        @Test
        void ruleWithoutSeverityNamesFileAndField() {
            Path pack = tmp.resolve("pack");
            Path file = write(pack, "tags.yaml", CustomRules.rule("ACME-TAG-001", null, "has(resource.tags)"));
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--rules", pack.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains(file.toString()).contains("ACME-TAG-001").contains("field \"severity\" is missing");
            assertThat(r.out()).isEmpty();
        }

        @Test
        void invalidCelNamesFileAndField() {
            Path pack = tmp.resolve("pack");
            Path file = write(pack, "tags.yaml", CustomRules.rule("ACME-TAG-001", "LOW", "has(resource.tags) &&"));
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--rules", pack.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains(file.toString()).contains("ACME-TAG-001").contains("check").contains("invalid CEL expression");
        }

        @Test
        void unknownRuleIdsAreUsageErrors() {
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--check", "BW-NOPE-999");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--check: no rule has the id BW-NOPE-999");
            CliRunner.Result skip = CliRunner.run("scan", EXAMPLE, "--skip-check", "BW-NOPE-999");
            assertThat(skip.exitCode()).isEqualTo(2);
            assertThat(skip.err()).contains("--skip-check: no rule has the id BW-NOPE-999");
        }

        @Test
        void missingRulePackIsAUsageError() {
            CliRunner.Result r = CliRunner.run("scan", EXAMPLE, "--rules", tmp.resolve("nowhere").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--rules: no such directory: ").contains("nowhere");
        }
    }

    @Nested
    class InlineSuppressions {
        @Test
        void commentAboveWithReasonAndFutureDateSuppresses() throws Exception {
            Path tree = tmp.resolve("tree");
            write(tree, "main.tf", "# bulwark:ignore " + VERSIONING + " reason=\"public web assets only\" until=" + FUTURE + "\n" + bucket("web"));
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).as(r.out()).isZero();
            assertThat(r.out()).doesNotContain("FAIL    ").contains("0 failed, 0 unknown, 0 passed, 0 not applicable, 1 suppressed");

            JsonNode f = json(CliRunner.run("scan", tree.toString(), "--check", VERSIONING, "--format", "json").out()).path("findings").get(0);
            assertThat(f.path("status").asText()).isEqualTo("FAIL");
            assertThat(f.path("suppressed").asBoolean()).isTrue();
            assertThat(f.path("suppression").path("reason").asText()).isEqualTo("public web assets only");
            assertThat(f.path("suppression").path("until").asText()).isEqualTo(FUTURE);

            JsonNode sarif = json(CliRunner.run("scan", tree.toString(), "--check", VERSIONING, "--format", "sarif").out());
            assertThat(Schemas.sarifErrors(sarif)).isEmpty();
            JsonNode suppression = sarif.path("runs").get(0).path("results").get(0).path("suppressions").get(0);
            assertThat(suppression.path("kind").asText()).isEqualTo("inSource");
            assertThat(suppression.path("justification").asText()).isEqualTo("public web assets only");
        }

        @Test
        void commentOnTheResourceLineSuppressesAndOthersStillFail() {
            Path tree = tmp.resolve("tree");
            write(tree, "main.tf", "resource \"aws_s3_bucket\" \"web\" { # bulwark:ignore " + VERSIONING + " reason=\"static site\"\n"
                    + "  bucket = \"web\"\n}\n\n" + bucket("data"));
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("aws_s3_bucket.data  ").doesNotContain("aws_s3_bucket.web  ")
                    .contains("1 failed, 0 unknown, 0 passed, 0 not applicable, 1 suppressed");
        }

        @Test
        void withoutReasonItIsNotAppliedAndIsReported() {
            Path tree = tmp.resolve("tree");
            write(tree, "main.tf", "# bulwark:ignore " + VERSIONING + "\n" + bucket("web"));
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("aws_s3_bucket.web  ")
                    .contains("main.tf:1:1: warning: suppression of " + VERSIONING + " has no reason, so it is not applied");
        }

        @Test
        void expiredItIsNotAppliedAndIsReported() throws Exception {
            Path tree = tmp.resolve("tree");
            write(tree, "main.tf", "# bulwark:ignore " + VERSIONING + " reason=\"migration\" until=" + PAST + "\n" + bucket("web"));
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("aws_s3_bucket.web  ").contains("suppression of " + VERSIONING + " expired on " + PAST);
            JsonNode root = json(CliRunner.run("scan", tree.toString(), "--check", VERSIONING, "--format", "json").out());
            assertThat(root.path("findings").get(0).path("suppressed").asBoolean()).isFalse();
            assertThat(root.path("diagnostics")).anySatisfy(d -> assertThat(d.path("message").asText()).contains("expired"));
        }

        @Test
        void aQuotedDateIsADateToo() {
            Path tree = tmp.resolve("tree");
            write(tree, "main.tf", "# bulwark:ignore " + VERSIONING + " reason=\"x\" until=\"" + FUTURE + "\"\n" + bucket("web"));
            assertThat(CliRunner.run("scan", tree.toString(), "--check", VERSIONING).exitCode()).isZero();
        }
    }

    @Nested
    class ConfigFile {
        private Path tree() {
            Path tree = tmp.resolve("tree");
            write(tree, "main.tf", bucket("logs") + "\n" + bucket("data"));
            write(tree, "vendor/thing/main.tf", bucket("vendored"));
            return tree;
        }

        @Test
        void suppressionsByAddressAndByPathRelativeToTheConfig() throws Exception {
            Path tree = tree();
            write(tree, ".bulwark.yaml", """
                    suppressions:
                      - rule: BW-AWS-BAK-001
                        address: aws_s3_bucket.logs
                        reason: access logs are not sensitive
                      - rule: BW-AWS-BAK-001
                        path: "vendor/**"
                        reason: third-party code, tracked upstream
                        until: %s
                    """.formatted(FUTURE));
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("aws_s3_bucket.data  ").doesNotContain("aws_s3_bucket.logs  ")
                    .doesNotContain("aws_s3_bucket.vendored  ").contains("1 failed, 0 unknown, 0 passed, 0 not applicable, 2 suppressed");

            JsonNode sarif = json(CliRunner.run("scan", tree.toString(), "--check", VERSIONING, "--format", "sarif").out());
            List<String> kinds = new ArrayList<>();
            for (JsonNode res : sarif.path("runs").get(0).path("results")) {
                res.path("suppressions").forEach(s -> kinds.add(s.path("kind").asText()));
            }
            assertThat(kinds).containsExactly("external", "external");
        }

        @Test
        void addressGlobAndMissingReason() {
            Path tree = tree();
            write(tree, ".bulwark.yaml", """
                    suppressions:
                      - rule: BW-AWS-BAK-001
                        address: "aws_s3_bucket.*"
                    """);
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("3 failed").contains(".bulwark.yaml: warning: suppression of " + VERSIONING + " has no reason");
        }

        @Test
        void skipRemovesTheRule() throws Exception {
            Path tree = tree();
            write(tree, ".bulwark.yaml", "skip: [" + VERSIONING + "]\n");
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING, "--format", "json");
            assertThat(r.exitCode()).isZero();
            assertThat(json(r.out()).path("summary").path("rules").asInt()).isZero();
            assertThat(json(r.out()).path("findings")).isEmpty();
        }

        @Test
        void failOnFromTheConfigUnlessTheCommandLineSaysOtherwise() {
            Path tree = tree();
            write(tree, ".bulwark.yaml", "fail_on: CRITICAL\n");
            assertThat(CliRunner.run("scan", tree.toString(), "--check", VERSIONING).exitCode()).isZero();
            assertThat(CliRunner.run("scan", tree.toString(), "--check", VERSIONING, "--fail-on", "MEDIUM").exitCode()).isEqualTo(1);
            write(tree, ".bulwark.yaml", "fail_on: none\n");
            assertThat(CliRunner.run("scan", tree.toString(), "--check", VERSIONING).exitCode()).isZero();
        }

        @Test
        void explicitConfigFile() {
            Path tree = tree();
            Path config = write(tmp, "elsewhere/strict.yaml", "fail_on: CRITICAL\n");
            assertThat(CliRunner.run("scan", tree.toString(), "--check", VERSIONING, "--config", config.toString()).exitCode()).isZero();
        }

        @Test
        void malformedConfigExits2NamingTheFile() {
            Path tree = tree();
            Path config = write(tree, ".bulwark.yaml", "fail_on: [unclosed\n");
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains(config.toString()).contains("not valid YAML");
            assertThat(r.out()).isEmpty();

            write(tree, ".bulwark.yaml", "fail_om: HIGH\n");
            r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("fail_om: unknown section");

            write(tree, ".bulwark.yaml", "fail_on: SEVERE\n");
            assertThat(CliRunner.run("scan", tree.toString(), "--check", VERSIONING).err()).contains(".bulwark.yaml:1:10: fail_on: expected LOW, MEDIUM, HIGH, CRITICAL or none");

            write(tree, ".bulwark.yaml", "skip: [BW-NOPE-1]\n");
            r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("skip in .bulwark.yaml: no rule has the id BW-NOPE-1");

            write(tree, ".bulwark.yaml", "suppressions:\n  - rule: " + VERSIONING + "\n    reason: no target\n");
            r = CliRunner.run("scan", tree.toString(), "--check", VERSIONING);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("suppressions[0]: needs an address, a path or a fingerprint");
        }
    }

    private static void expectUsageError(String message, String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(r.err()).contains(message);
    }

    /** Copies the example into {@code target}, so it can be changed or scanned from outside the working directory. */
    static Path copyExample(Path target) throws IOException {
        Path source = Path.of(EXAMPLE);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        return target;
    }
}
