package dev.bulwark.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.HostScanRequest;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.engine.Scanner;
import dev.bulwark.finding.Finding;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.cel.CelTerraformLogic;
import dev.bulwark.source.host.HostRoot;
import dev.bulwark.source.host.HostSource;
import dev.bulwark.source.terraform.LoadOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in rule against its fixtures in {@code src/test/resources/rules/<RULE-ID>/<case>/}.
 * Each case's {@code expected.yaml} lists, by status, the address of every resource the rule judges
 * in it, and the rule's findings must be exactly those: a fail case cannot pass for failing some other
 * resource. On top of that, a case named {@code fail-*} has at least one FAIL; {@code pass-*} at least
 * one PASS and no FAIL; {@code unknown-*} at least one UNKNOWN and no FAIL; {@code not-applicable-*}
 * only NOT_APPLICABLE. A host rule's case is a root file system ({@code etc/ssh/sshd_config}, …) checked as
 * {@code bulwark host --root} checks one. Every rule with Terraform logic needs a fail and a pass case. Rules with only
 * export logic ({@code rules/exports}) have no Terraform fixtures:
 * {@code dev.bulwark.rule.builtin.exports.ExportRulesTest} checks them against export fixtures instead.
 *
 * <p>Maintenance: {@code mvn test -Dtest=RuleFixturesTest -Dbulwark.fixtures.write=true} writes each
 * case's {@code expected.yaml} from the rule's current findings instead of comparing (the name checks
 * still run). Read every file it changed before committing: it records what the rule does, not what it should do.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");
    static final Path RULE_FILES = Path.of("src/main/resources/rules");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String EXPECTED = "expected.yaml";
    static final String FILE_TIMES = "file-times.yaml";
    private static final boolean WRITE = Boolean.getBoolean("bulwark.fixtures.write");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    static RuleSet rules() throws RuleException {
        return RuleSet.builtin(PolicyCatalogue.bundled()::exists);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsExpectedResult() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : rules().all()) {
            for (Path c : cases(rule.id())) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " " + c.getFileName(), () -> check(rule, c)));
            }
        }
        return tests.stream();
    }

    private static void check(Rule rule, Path fixture) throws Exception {
        ScanResult result = isHostRule(rule)
                ? Bulwark.scanHost(new HostScanRequest(HostRoot.offline(withFileTimes(fixture)), List.of(), List.of(rule.id()), List.of(), null, TODAY),
                ScanConfig.empty())
                : Scanner.scan(List.of(fixture), new LoadOptions(List.of(), Map.of(), Map.of(), fixture).asSourceOptions(),
                List.of(rule), ScanConfig.empty(), TODAY);
        List<Finding> mine = result.findings().stream().filter(f -> f.rule() == rule).toList();
        String name = fixture.getFileName().toString();
        String shown = rule.id() + " on " + fixture + ": " + mine.stream()
                .map(f -> f.status() + " " + f.resourceAddress() + " — " + f.message()).toList() + "; diagnostics " + result.diagnostics();
        assertThat(result.model().filesFailed()).as("fixture must parse: " + shown).isZero();
        Map<String, List<String>> actual = byStatus(mine);
        Path expectedFile = fixture.resolve(EXPECTED);
        if (WRITE) {
            YAML.writeValue(expectedFile.toFile(), actual);
        } else {
            assertThat(expectedFile).as(fixture + " needs an " + EXPECTED + " (see this test's comment)").isRegularFile();
            assertThat(actual).as(shown).isEqualTo(expected(expectedFile));
        }
        // A failure says what is wrong with this resource: never just the rule's title, never the stand-in for a message the rule could not build.
        assertThat(mine).as(shown).noneMatch(f -> f.status() == Status.FAIL
                && (f.message().equals(rule.metadata().title()) || f.message().endsWith(CelTerraformLogic.MESSAGE_UNAVAILABLE)));
        if (name.startsWith("fail")) {
            assertThat(mine).as(shown).anyMatch(f -> f.status() == Status.FAIL);
        } else if (name.startsWith("pass")) {
            assertThat(mine).as(shown).anyMatch(f -> f.status() == Status.PASS).noneMatch(f -> f.status() == Status.FAIL);
        } else if (name.startsWith("unknown")) {
            assertThat(mine).as(shown).anyMatch(f -> f.status() == Status.UNKNOWN).noneMatch(f -> f.status() == Status.FAIL);
        } else if (name.startsWith("not-applicable")) {
            assertThat(mine).as(shown).isNotEmpty().allMatch(f -> f.status() == Status.NOT_APPLICABLE);
        } else {
            throw new AssertionError(fixture + ": a fixture case name starts with fail, pass, unknown or not-applicable");
        }
    }

    /**
     * A host case whose checks read modification times has a {@code file-times.yaml} (path in the root to an
     * instant): git sets every file's time to the checkout's, so the case is copied and those times set on the copy.
     */
    static Path withFileTimes(Path fixture) throws IOException {
        Path times = fixture.resolve(FILE_TIMES);
        if (!Files.isRegularFile(times)) return fixture;
        Path copy = Files.createTempDirectory("bulwark-fixture-");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(fixture.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
        for (var e : YAML.readTree(times.toFile()).properties()) {
            Files.setLastModifiedTime(copy.resolve(e.getKey()), java.nio.file.attribute.FileTime.from(java.time.Instant.parse(e.getValue().asText())));
        }
        copy.toFile().deleteOnExit();
        return copy;
    }

    /** A rule for format host: each of its fixture cases is a root file system, checked as {@code bulwark host --root} would. */
    static boolean isHostRule(Rule rule) {
        return rule.resources().stream().anyMatch(l -> HostSource.FORMAT.equals(l.format()));
    }

    /** Addresses by status, in {@link Status} order, each list sorted; statuses without findings are left out. */
    static Map<String, List<String>> byStatus(List<Finding> findings) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            List<String> addresses = findings.stream().filter(f -> f.status() == s).map(Finding::resourceAddress).sorted().toList();
            if (!addresses.isEmpty()) out.put(s.name(), addresses);
        }
        return out;
    }

    /** The expectation file read into the same shape; an unknown status name is an error, not an ignored key. */
    static Map<String, List<String>> expected(Path file) throws IOException {
        JsonNode root = YAML.readTree(file.toFile());
        Map<String, List<String>> read = new TreeMap<>();
        if (root != null && !root.isMissingNode() && !root.isNull()) {
            assertThat(root.isObject()).as(file + ": a mapping from status to addresses").isTrue();
            for (var it = root.fields(); it.hasNext(); ) {
                var e = it.next();
                assertThat(Status.valueOf(e.getKey())).as(file + ": status " + e.getKey()).isNotNull();
                List<String> addresses = new ArrayList<>();
                for (JsonNode a : e.getValue()) addresses.add(a.asText());
                read.put(e.getKey(), addresses.stream().sorted().toList());
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            List<String> a = read.get(s.name());
            if (a != null && !a.isEmpty()) out.put(s.name(), a);
        }
        return out;
    }

    /** Regression test: a fail case used to be accepted when any resource of it failed, even the wrong one. */
    @Test
    void aFailOnAnotherResourceThanTheCaseDeclaresDoesNotMatch(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Rule rule = rules().find("BW-AWS-BAK-001").orElseThrow();
        Path fixture = FIXTURES.resolve("BW-AWS-BAK-001/fail-plain-beside-versioned");
        List<Finding> found = Scanner.scan(List.of(fixture), new LoadOptions(List.of(), Map.of(), Map.of(), fixture).asSourceOptions(), List.of(rule),
                ScanConfig.empty(), TODAY).findings();
        Map<String, List<String>> actual = byStatus(found);
        assertThat(actual).isEqualTo(expected(fixture.resolve(EXPECTED)));

        Path swapped = Files.writeString(dir.resolve("swapped.yaml"), "FAIL: [aws_s3_bucket.other]\nPASS: [aws_s3_bucket.plain]\n");
        Path partial = Files.writeString(dir.resolve("partial.yaml"), "FAIL: [aws_s3_bucket.plain]\n");
        assertThat(actual).isNotEqualTo(expected(swapped)).isNotEqualTo(expected(partial));
    }

    @Test
    void everyRuleHasFailingAndPassingFixtures() throws Exception {
        for (Rule rule : rules().all()) {
            if (rule.resources().isEmpty()) continue;
            List<String> names = cases(rule.id()).stream().map(p -> p.getFileName().toString()).toList();
            assertThat(names).as(rule.id() + " needs a fail-* fixture").anyMatch(n -> n.startsWith("fail"));
            assertThat(names).as(rule.id() + " needs a pass-* fixture").anyMatch(n -> n.startsWith("pass"));
        }
    }

    @Test
    void everyFixtureFolderBelongsToARule() throws Exception {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules().all()) ids.add(r.id());
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            assertThat(dirs.map(p -> p.getFileName().toString()).toList()).allMatch(ids::contains, "is the id of a built-in rule");
        }
    }

    @Test
    void theIndexListsEveryRuleFile() throws IOException {
        List<String> listed = Files.readAllLines(Path.of("src/main/resources/rules/index.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        try (Stream<Path> files = Files.walk(RULE_FILES)) {
            List<String> present = files.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> "rules/" + RULE_FILES.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertThat(listed).isEqualTo(present);
        }
    }

    @Test
    void everyRuleNamesExistingRequirementsAndUniqueIds() throws Exception {
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        Set<String> seen = new HashSet<>();
        for (Rule r : rules().all()) {
            assertThat(seen.add(r.id())).as("duplicate id " + r.id()).isTrue();
            for (String alias : r.metadata().aliases()) assertThat(seen.add(alias)).as("duplicate alias " + alias).isTrue();
            assertThat(r.metadata().requirements()).allMatch(policy::exists);
        }
    }

    private static List<Path> cases(String ruleId) throws IOException {
        Path dir = FIXTURES.resolve(ruleId);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }
}
