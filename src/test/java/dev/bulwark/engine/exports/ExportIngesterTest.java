package dev.bulwark.engine.exports;

import dev.bulwark.source.export.ExportFixtures;
import dev.bulwark.model.export.ExportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and checking files before anything is stored: what is refused, and what a file says about itself. */
class ExportIngesterTest {
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path tmp;

    Path file(String name, String content) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    static List<PreparedExport> prepare(ExportKind kind, String system, String performedAt, Path... files) throws IngestInputException {
        return ExportIngester.prepare(new IngestRequest(kind, List.of(files), system, performedAt, "tester"), NOW);
    }

    static List<String> problems(ExportKind kind, Path... files) {
        try {
            prepare(kind, null, null, files);
        } catch (IngestInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the files to be refused");
    }

    @Test
    void malformedFilesAreRefusedWithTheFileAndLine() throws Exception {
        String header = ExportFixtures.text("credential-report.csv").lines().findFirst().orElseThrow();
        Path missingColumn = file("no-mfa-column.csv", ExportFixtures.text("credential-report.csv").replace(",mfa_active,", ","));
        assertThat(header).contains(",mfa_active,");
        assertThat(problems(ExportKind.CREDENTIAL_REPORT, missingColumn)).singleElement().asString()
                .startsWith(missingColumn + ":1: missing column mfa_active");

        Path semicolons = file("roster-semicolons.csv", ExportFixtures.text("roster.csv").replace(',', ';'));
        assertThat(problems(ExportKind.ROSTER, semicolons)).singleElement().asString().startsWith(semicolons + ":1: columns are separated by ';', not commas");

        String trivy = ExportFixtures.text("trivy-api.json");
        Path truncated = file("truncated.json", trivy.substring(0, trivy.length() / 2));
        assertThat(problems(ExportKind.TRIVY, truncated)).singleElement().asString()
                .matches(Pattern.quote(truncated.toString()) + ":93: (truncated JSON: the file ends in the middle of the document"
                        + "|not valid JSON: Unexpected end-of-input within/between Object entries) \\(expected a Trivy JSON report .*");

        Path schema3 = file("schema-3.json", trivy.replace("\"SchemaVersion\": 2", "\"SchemaVersion\": 3"));
        assertThat(problems(ExportKind.TRIVY, schema3)).containsExactly(schema3 + ":2: unsupported Trivy SchemaVersion 3"
                + " (expected a Trivy JSON report with SchemaVersion 2, ArtifactName, CreatedAt and Results (trivy … --format json))");
    }

    @Test
    void everyBadFileIsReportedAndTheGoodOnesAreNotEnough() throws Exception {
        Path good = ExportFixtures.DIR.resolve("trivy-api.json");
        Path grype = ExportFixtures.DIR.resolve("grype-worker.json");
        Path missing = tmp.resolve("nowhere.json");
        List<String> problems = problems(ExportKind.TRIVY, good, grype, missing, tmp);
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith(grype + ":1: missing field SchemaVersion");
        assertThat(problems.get(1)).isEqualTo(missing + ": no such file");
        assertThat(problems.get(2)).isEqualTo(tmp + ": is a directory, not an export file");
    }

    static List<String> problems(IngestRequest request) {
        try {
            ExportIngester.prepare(request, NOW);
        } catch (IngestInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the request to be refused");
    }

    @Test
    void commandLineValuesAreCheckedToo() {
        List<Path> good = List.of(ExportFixtures.DIR.resolve("lynis-report.dat"));
        assertThat(problems(new IngestRequest(ExportKind.LYNIS, good, " ", "last week", "tester"))).containsExactly(
                "--system needs a value",
                "--performed-at 'last week' is not a date or date-time (use 2026-03-31 or 2026-03-31T14:30:00Z)");
        assertThat(problems(new IngestRequest(ExportKind.LYNIS, good, "db\n02", "2026-06-05", "tester"))).containsExactly(
                "--system contains control characters", "--performed-at 2026-06-05 is in the future");
        assertThat(problems(new IngestRequest(ExportKind.LYNIS, good, null, null, ""))).containsExactly("--by needs a value");
        assertThat(problems(new IngestRequest(ExportKind.LYNIS, List.of(), null, null, "tester"))).containsExactly("no files given");
    }

    @Test
    void theSystemIsTheScannedTargetUnlessNamed() throws Exception {
        assertThat(prepare(ExportKind.TRIVY, null, null, ExportFixtures.DIR.resolve("trivy-api.json")).get(0).system())
                .isEqualTo("registry.example.com/shop/api");
        assertThat(prepare(ExportKind.LYNIS, null, null, ExportFixtures.DIR.resolve("lynis-report.dat")).get(0).system()).isEqualTo("db-02");
        assertThat(prepare(ExportKind.ROSTER, null, null, ExportFixtures.DIR.resolve("roster.csv")).get(0).system()).isEqualTo("all");
        assertThat(prepare(ExportKind.LYNIS, " payments-prod ", null, ExportFixtures.DIR.resolve("lynis-report.dat")).get(0).system())
                .isEqualTo("payments-prod");
    }

    @Test
    void resultsForSeveralHostsNeedASystemName() throws Exception {
        String xml = ExportFixtures.text("xccdf-results.xml");
        int start = xml.indexOf("  <TestResult");
        int end = xml.indexOf("</TestResult>") + "</TestResult>\n".length();
        String second = xml.substring(start, end).replace("web-01.prod.example.com", "web-02.prod.example.com")
                .replace("id=\"xccdf_org.open-scap_testresult_", "id=\"xccdf_org.open-scap_testresult_web02_");
        Path two = file("two-hosts.xml", xml.substring(0, end) + second + xml.substring(end));
        assertThat(problems(ExportKind.XCCDF, two)).containsExactly(two + ": the xccdf results name 2 targets "
                + "(web-01.prod.example.com, web-02.prod.example.com): pass --system to say which system they cover");
        assertThat(prepare(ExportKind.XCCDF, "web-fleet", null, two).get(0).system()).isEqualTo("web-fleet");
    }

    @Test
    void theDateIsTheExportsOwnOrTheNewestTimeInIt() throws Exception {
        assertThat(prepare(ExportKind.TRIVY, null, null, ExportFixtures.DIR.resolve("trivy-api.json")).get(0).performedAt().text())
                .isEqualTo("2026-05-31T20:10:05Z");
        // A leaver whose termination is still ahead says nothing about when the list was exported.
        Path future = file("leavers.csv", "email,terminated_at\nzoe@example.com,2026-05-20T10:00:00Z\nyan@example.com,2026-07-01\n");
        assertThat(prepare(ExportKind.TERMINATIONS, null, null, future).get(0).performedAt().text()).isEqualTo("2026-05-20T10:00Z");
        Path noTimes = file("no-times.csv", "email,terminated_at\nyan@example.com,2026-07-01\n");
        assertThat(prepare(ExportKind.TERMINATIONS, null, null, noTimes).get(0).performedAt().text()).isEqualTo("2026-06-01T12:00Z");
        assertThat(prepare(ExportKind.TERMINATIONS, null, "2026-05-31", noTimes).get(0).performedAt().text()).isEqualTo("2026-05-31");
    }

    @Test
    void aScanDatedInTheFutureIsRefused() throws Exception {
        Path later = file("later.dat", ExportFixtures.text("lynis-report.dat").replace("report_datetime_end=2026-05-31 03:04:51",
                "report_datetime_end=2026-06-03 03:04:51"));
        assertThat(problems(ExportKind.LYNIS, later)).containsExactly(later + ":12: the lynis scan of db-02 is dated 2026-06-03T03:04:51Z, in "
                + "the future; check the clock of the machine that made it, or pass --performed-at");
    }

    @Test
    void everyKindServesThePolicyRequirementsOfTheRulesThatReadIt() throws Exception {
        var policy = dev.bulwark.policy.PolicyCatalogue.bundled();
        for (ExportKind kind : ExportKind.values()) {
            assertThat(ExportEvidence.requirements(kind)).allMatch(policy::exists);
            for (var rule : dev.bulwark.engine.Bulwark.rules(List.of()).all()) {
                if (rule.exportKinds().contains(kind)) assertThat(ExportEvidence.requirements(kind)).containsAll(rule.metadata().requirements());
            }
        }
        // The leavers check reads rosters and credential reports as well as the leavers list.
        assertThat(ExportEvidence.requirements(ExportKind.ROSTER)).contains("3.3.4");
        assertThat(ExportEvidence.requirements(ExportKind.CREDENTIAL_REPORT)).contains("3.3.4");
    }
}
