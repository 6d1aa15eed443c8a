package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.report.Schemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code scan --baseline}, {@code --fail-on-new} and {@code baseline write} on a copy of the bundled example. */
class ScanBaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path tree;
    Path baseline;

    @BeforeEach
    void recordBaseline() throws IOException {
        tree = ScanCommandTest.copyExample(tmp.resolve("tree"));
        baseline = tmp.resolve("baseline.json");
        CliRunner.Result r = CliRunner.run("baseline", "write", baseline.toString(), tree.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + baseline);
        JsonNode written = JSON.readTree(baseline.toFile());
        assertThat(Schemas.scanResultsErrors(written)).isEmpty();
        assertThat(written.path("findings")).allSatisfy(f -> assertThat(f.path("fingerprint").asText()).matches("v1:[0-9a-f]{32}"));
    }

    @Test
    void movingCodeWithoutRenamingMakesNothingNew() throws Exception {
        JsonNode before = json(scan("--format", "json"));
        // Blank lines and a comment above everything, the blocks of two files in reverse order, one resource in a file of its own.
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path tf : files.filter(p -> p.toString().endsWith(".tf")).toList()) {
                Files.writeString(tf, "# moved around\n\n\n\n" + Files.readString(tf));
            }
        }
        reverseBlocks(tree.resolve("storage.tf"));
        reverseBlocks(tree.resolve("compute.tf"));
        moveBlock(tree.resolve("compute.tf"), "resource \"aws_iam_role_policy\" \"deployer\"", tree.resolve("iam.tf"));

        CliRunner.Result r = scan("--format", "json", "--baseline", baseline.toString(), "--fail-on-new");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode after = json(r);
        assertThat(Schemas.scanResultsErrors(after)).isEmpty();
        assertThat(after.path("baseline").path("new").asInt()).isZero();
        assertThat(after.path("baseline").path("absent").asInt()).isZero();
        assertThat(after.path("baseline").path("existing").asInt()).isEqualTo(before.path("summary").path("fail").asInt()
                + before.path("summary").path("unknown").asInt() + before.path("summary").path("suppressed").asInt()).isPositive();
        assertThat(lines(after)).as("the code really moved").isNotEqualTo(lines(before));
        for (JsonNode f : after.path("findings")) {
            boolean judged = f.path("status").asText().equals("FAIL") || f.path("status").asText().equals("UNKNOWN");
            assertThat(f.path("baselineState").isNull() ? null : f.path("baselineState").asText()).as(f.toString())
                    .isEqualTo(judged ? "existing" : null);
        }
        // Without --fail-on-new the old failures still fail the run.
        assertThat(scan("--baseline", baseline.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void changingOneValueMakesExactlyOneNewFinding() throws Exception {
        replace(tree.resolve("modules/network/main.tf"), "retention_in_days = 30", "retention_in_days = 60");

        CliRunner.Result r = scan("--format", "json", "--baseline", baseline.toString(), "--fail-on-new");
        assertThat(r.exitCode()).as("a new failure fails the run").isEqualTo(1);
        JsonNode after = json(r);
        assertThat(Schemas.scanResultsErrors(after)).isEmpty();
        List<JsonNode> fresh = new ArrayList<>();
        after.path("findings").forEach(f -> {
            if (f.path("baselineState").asText().equals("new")) fresh.add(f);
        });
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).path("rule").asText()).isEqualTo("BW-AWS-LOG-008");
        assertThat(fresh.get(0).path("message").asText()).contains("60 days");
        assertThat(after.path("baseline").path("new").asInt()).isEqualTo(1);
        // The 30-day finding the baseline held is gone: absent.
        assertThat(after.path("baseline").path("absent").asInt()).isEqualTo(1);
        assertThat(after.path("baseline").path("absentFindings").get(0).path("message").asText()).contains("30 days");
    }

    @Test
    void reformattingTheOffendingAttributeKeepsItExisting() throws Exception {
        replace(tree.resolve("modules/network/main.tf"), "retention_in_days = 30", "retention_in_days    =    30   # a month");
        JsonNode after = json(scan("--format", "json", "--baseline", baseline.toString()));
        assertThat(after.path("baseline").path("new").asInt()).isZero();
        assertThat(after.path("baseline").path("absent").asInt()).isZero();
    }

    @Test
    void aValueChangedElsewhereThatFeedsTheOffendingAttributeMakesItNew() throws Exception {
        // The bastion's ingress blocks come from local.admin_ports in main.tf; compute.tf is not touched.
        replace(tree.resolve("main.tf"), "    ssh = 22\n", "    ssh = 2222\n");
        JsonNode after = json(scan("--format", "json", "--baseline", baseline.toString()));
        List<String> fresh = new ArrayList<>();
        after.path("findings").forEach(f -> {
            if (f.path("baselineState").asText().equals("new")) fresh.add(f.path("rule").asText() + " " + f.path("resource").path("address").asText());
        });
        assertThat(fresh).containsExactly("BW-AWS-NET-001 aws_security_group.bastion");
    }

    @Test
    void consoleMarksNewAndExistingFindings() throws Exception {
        replace(tree.resolve("modules/network/main.tf"), "retention_in_days = 30", "retention_in_days = 60");
        CliRunner.Result r = scan("--baseline", baseline.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsPattern("FAIL    \\[new] BW-AWS-LOG-008 ")
                .containsPattern("FAIL    \\[existing] BW-AWS-NET-001 ")
                .contains("baseline " + baseline + ": 1 new, ")
                .contains(", 1 no longer found")
                .containsPattern("\\d+ failure\\(s\\) at or above LOW, 1 of them new");
        assertThat(scan().out()).doesNotContain("[new]").doesNotContain("[existing]");
    }

    @Test
    void sarifCarriesBaselineStatesAndStillValidates() throws Exception {
        replace(tree.resolve("modules/network/main.tf"), "retention_in_days = 30", "retention_in_days = 60");
        CliRunner.Result r = scan("--format", "sarif", "--baseline", baseline.toString());
        JsonNode sarif = json(r);
        assertThat(Schemas.sarifErrors(sarif)).isEmpty();
        List<String> states = new ArrayList<>();
        for (JsonNode res : sarif.path("runs").get(0).path("results")) {
            states.add(res.path("baselineState").asText());
            assertThat(res.path("partialFingerprints").path("bulwarkContent/v1").asText()).matches("v1:[0-9a-f]{32}");
        }
        assertThat(Collections.frequency(states, "new")).isEqualTo(1);
        assertThat(Collections.frequency(states, "absent")).isEqualTo(1);
        assertThat(Collections.frequency(states, "unchanged")).isEqualTo(states.size() - 2).isPositive();
        // Without a baseline there is no baselineState at all.
        for (JsonNode res : json(scan("--format", "sarif")).path("runs").get(0).path("results")) {
            assertThat(res.has("baselineState")).isFalse();
        }
    }

    @Test
    void aMissingOrCorruptBaselineIsAnInputErrorNamingTheFile() throws Exception {
        CliRunner.Result missing = scan("--baseline", tmp.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--baseline: no such file: " + tmp.resolve("nope.json"));

        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\n  \"schemaVersion\": \"1.3\",\n  \"findings\": [\n");
        CliRunner.Result corrupt = scan("--baseline", broken.toString());
        assertThat(corrupt.exitCode()).isEqualTo(2);
        assertThat(corrupt.err()).startsWith("bulwark: baseline " + broken + ":4:").contains("not valid JSON").doesNotContain("Exception");

        Path other = Files.writeString(tmp.resolve("other.json"), "{\"findings\": []}");
        CliRunner.Result notResults = scan("--baseline", other.toString());
        assertThat(notResults.exitCode()).isEqualTo(2);
        assertThat(notResults.err()).contains("baseline " + other + ": no schemaVersion and findings");

        Path badEntry = Files.writeString(tmp.resolve("bad.json"),
                "{\"schemaVersion\": \"1.3\", \"findings\": [{\"status\": \"FAIL\", \"rule\": \"BW-AWS-S3-001\"}]}");
        CliRunner.Result bad = scan("--baseline", badEntry.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("baseline " + badEntry + ": findings[0].resource.address: expected a non-empty string");
    }

    @Test
    void failOnNewNeedsABaseline() {
        CliRunner.Result r = scan("--fail-on-new");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--fail-on-new needs --baseline FILE");
    }

    @Test
    void aBaselineWithoutFingerprintsMatchesByRuleAndAddress() throws Exception {
        JsonNode old = JSON.readTree(baseline.toFile());
        old.path("findings").forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f).remove("fingerprint"));
        Path older = tmp.resolve("older.json");
        JSON.writeValue(older.toFile(), old);
        replace(tree.resolve("modules/network/main.tf"), "retention_in_days = 30", "retention_in_days = 60");
        JsonNode after = json(scan("--format", "json", "--baseline", older.toString()));
        assertThat(after.path("baseline").path("new").asInt()).isZero();
        assertThat(after.path("baseline").path("absent").asInt()).isZero();
    }

    private CliRunner.Result scan(String... options) {
        List<String> args = new ArrayList<>(List.of("scan", tree.toString()));
        args.addAll(List.of(options));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static JsonNode json(CliRunner.Result r) throws IOException {
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        return JSON.readTree(r.out());
    }

    private static List<String> lines(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.path("findings").forEach(f -> out.add(f.path("location").path("file").asText() + ":" + f.path("location").path("startLine").asInt()));
        return out;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Top-level blocks (with the comments above them) in reverse order. */
    private static void reverseBlocks(Path file) throws IOException {
        List<String> blocks = new ArrayList<>(List.of(Files.readString(file).strip().split("\n\n(?=\\S)")));
        assertThat(blocks).hasSizeGreaterThan(2);
        Collections.reverse(blocks);
        Files.writeString(file, String.join("\n\n", blocks) + "\n");
    }

    private static void moveBlock(Path from, String header, Path to) throws IOException {
        List<String> blocks = new ArrayList<>(List.of(Files.readString(from).strip().split("\n\n(?=\\S)")));
        String moved = blocks.stream().filter(b -> b.startsWith(header)).findFirst().orElseThrow();
        blocks.remove(moved);
        Files.writeString(from, String.join("\n\n", blocks) + "\n");
        Files.writeString(to, moved + "\n");
    }
}
