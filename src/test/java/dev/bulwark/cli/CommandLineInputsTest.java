package dev.bulwark.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command line says about bad input: files it names that do not exist, a configuration
 * that does not validate, usage errors, and an output that cannot be written.
 */
class CommandLineInputsTest {
    private static final String MISSING = "no-such-input";

    @TempDir
    Path tmp;

    @BeforeEach
    void noEnvironment() {
        EvidenceCommand.environment = Map::of;
    }

    @AfterEach
    void restore() {
        EvidenceCommand.environment = System::getenv;
        EvidenceCommand.clock = Clock.systemUTC();
    }

    private Path tree() {
        Path t = tmp.resolve("tree");
        ScanCommandTest.write(t, "main.tf", "resource \"aws_cloudwatch_log_group\" \"l\" {\n  name = \"x\"\n  retention_in_days = 30\n}\n");
        return t;
    }

    /** Each file option of each command, given a name that does not exist. */
    static Stream<Arguments> missingInputs() {
        return Stream.of(
                Arguments.of("scan {tree} --var-file {missing}", "--var-file: no such file: "),
                Arguments.of("scan {tree} --config {missing}", "--config: no such file: "),
                Arguments.of("scan {tree} --rules {missing}", "--rules: no such directory: "),
                Arguments.of("scan {missing}", "PATH: no such file or directory: "),
                Arguments.of("inspect {tree} --var-file {missing}", "--var-file: no such file: "),
                Arguments.of("status {tree} --scan --var-file {missing} --ledger-dir {ledger}", "--var-file: no such file: "),
                Arguments.of("status {tree} --config {missing} --ledger-dir {ledger}", "--config: no such file: "),
                Arguments.of("status {tree} --results {missing} --ledger-dir {ledger}", "--results: no such file: "),
                Arguments.of("status {tree} --scan --rules {missing} --ledger-dir {ledger}", "--rules: no such directory: "),
                Arguments.of("status {tree} --changes --pull-requests {missing} --ledger-dir {ledger}", "--pull-requests: no such file: "),
                Arguments.of("status {missing} --ledger-dir {ledger}", "PATH: no such file or directory: "),
                Arguments.of("changes {tree} --pull-requests {missing}", "--pull-requests: no such file: "),
                Arguments.of("changes {tree} --config {missing}", "--config: no such file: "),
                Arguments.of("ingest roster {missing} --ledger-dir {ledger}", "FILE: no such file: "),
                Arguments.of("ingest roster {tree}/main.tf --config {missing} --ledger-dir {ledger}", "--config: no such file: "),
                Arguments.of("ingest roster {tree}/main.tf --rules {missing} --ledger-dir {ledger}", "--rules: no such directory: "),
                Arguments.of("rules --rules {missing}", "--rules: no such directory: "),
                Arguments.of("explain BW-AWS-S3-001 --rules {missing}", "--rules: no such directory: "),
                Arguments.of("policy --rules {missing}", "--rules: no such directory: "),
                Arguments.of("evidence add --kind access-review --requirement 3.3.3 --system all --performed-at 2026-03-31 --by erin "
                        + "--attach {missing} --ledger-dir {ledger}", "--attach: no such file: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingInputs")
    void aFileNamedOnTheCommandLineThatDoesNotExistIsAUsageError(String command, String message) {
        Path tree = tree();
        Path missing = tmp.resolve(MISSING);
        Path ledger = tmp.resolve("ledger");
        String[] args = Arrays.stream(command.split(" "))
                .map(a -> a.replace("{tree}", tree.toString()).replace("{missing}", missing.toString()).replace("{ledger}", ledger.toString()))
                .toArray(String[]::new);
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.USAGE_OR_INPUT_ERROR.code);
        assertThat(r.err()).contains(message + missing);
        assertThat(Files.exists(ledger)).as("nothing is created").isFalse();
    }

    @Test
    void aBadSettingValueIsAConfigurationErrorNotAnUnknownFinding() {
        Path tree = tree();
        ScanCommandTest.write(tree, ".bulwark.yaml", "settings:\n  log_retention_days: lots\n");
        CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--check", "BW-AWS-LOG-008");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT_ERROR.code);
        assertThat(r.err()).contains(".bulwark.yaml:2:23: settings.log_retention_days: expected a whole number of days from 1 to 3653");
        assertThat(r.out()).isEmpty();

        ScanCommandTest.write(tree, ".bulwark.yaml", "settings:\n  log_retention_dayz: 400\n");
        CliRunner.Result typo = CliRunner.run("scan", tree.toString(), "--check", "BW-AWS-LOG-008");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT_ERROR.code);
        assertThat(typo.err()).contains(".bulwark.yaml:2:3: settings.log_retention_dayz: unknown setting");

        ScanCommandTest.write(tree, ".bulwark.yaml", "settings:\n  log_retention_days: 30\n");
        CliRunner.Result ok = CliRunner.run("scan", tree.toString(), "--check", "BW-AWS-LOG-008");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("0 failed, 0 unknown, 1 passed");
    }

    @Test
    void everyCommandThatReadsTheConfigurationRejectsAMisspeltSection() {
        Path tree = tree();
        Path config = ScanCommandTest.write(tmp, "c.yaml", "changes:\n  lookback_days: 30\ndatabse:\n  url: jdbc:postgresql://db/x\n");
        String expected = "databse: unknown section (the sections are fail_on, skip, settings, suppressions, modules, kubernetes, systems, cadences, "
                + "documents, roles, changes, database)";
        CliRunner.Result changes = CliRunner.run("changes", tree.toString(), "--config", config.toString());
        assertThat(changes.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT_ERROR.code);
        assertThat(changes.err()).contains("c.yaml:3:1: " + expected);
        CliRunner.Result status = CliRunner.run("status", tree.toString(), "--config", config.toString(), "--ledger-dir", tmp.resolve("l").toString());
        assertThat(status.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT_ERROR.code);
        assertThat(status.err()).contains("c.yaml:3:1: " + expected);
    }

    @Test
    void aUsageErrorPrintsTheMessageTheUsageLineAndAHintNotTheWholeHelp() {
        CliRunner.Result r = CliRunner.run("scan", "--bogus", "x");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT_ERROR.code);
        List<String> lines = new ArrayList<>(r.err().lines().toList());
        assertThat(lines.get(0)).isEqualTo("bulwark scan: Unknown option: '--bogus'");
        assertThat(lines.get(1)).startsWith("Usage: bulwark scan [-hV]");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Try 'bulwark scan --help' for more information.");
        assertThat(r.err()).doesNotContain("Directories or files to scan").doesNotContain("--var-file=FILE      A Terraform");

        CliRunner.Result sub = CliRunner.run("evidence", "add", "--kind", "access-review");
        assertThat(sub.err()).contains("bulwark evidence add: Missing required options")
                .contains("Usage: bulwark evidence add ").endsWith("Try 'bulwark evidence add --help' for more information." + System.lineSeparator());
    }

    @Test
    void anOutputThatCannotBeWrittenNamesTheDirectory() throws Exception {
        Path tree = tree();
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Path target = file.resolve("reports").resolve("out.txt");
        CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--output", target.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT_ERROR.code);
        assertThat(r.err()).contains("bulwark: cannot write " + target + ": the directory " + target.getParent().toAbsolutePath()
                + " does not exist and cannot be created: ");
        assertThat(r.err()).doesNotContain("java.").doesNotContain("Exception");
    }

    @Test
    void theScanSummaryCountsConfigurationRules() {
        CliRunner.Result r = CliRunner.run("scan", tree().toString(), "--check", "BW-AWS-LOG-008");
        assertThat(r.out()).contains("1 resource in 1 file (0 could not be read), 1 configuration rule");
        CliRunner.Result all = CliRunner.run("scan", tree().toString());
        assertThat(all.out()).containsPattern("\\d+ configuration rules\\n");
    }
}
