package dev.bulwark.rule;

import dev.bulwark.engine.ScanConfig;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.engine.Scanner;
import dev.bulwark.finding.Finding;
import dev.bulwark.policy.PolicyCatalogue;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in rule against its fixtures in {@code src/test/resources/rules/<RULE-ID>/<case>/}.
 * A case named {@code fail-*} must give the rule at least one FAIL; {@code pass-*} at least one PASS
 * and no FAIL; {@code unknown-*} at least one UNKNOWN and no FAIL. Every rule with Terraform logic needs a
 * fail and a pass case. Rules with only export logic ({@code rules/exports}) have no Terraform fixtures:
 * {@code dev.bulwark.rule.builtin.exports.ExportRulesTest} checks them against export fixtures instead.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");
    static final Path RULE_FILES = Path.of("src/main/resources/rules");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

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

    private static void check(Rule rule, Path fixture) {
        ScanResult result = Scanner.scan(List.of(fixture), new LoadOptions(List.of(), Map.of(), Map.of(), fixture),
                List.of(rule), ScanConfig.empty(), TODAY);
        List<Finding> mine = result.findings().stream().filter(f -> f.rule() == rule).toList();
        String name = fixture.getFileName().toString();
        String shown = rule.id() + " on " + fixture + ": " + mine.stream()
                .map(f -> f.status() + " " + f.resourceAddress() + " — " + f.message()).toList() + "; diagnostics " + result.diagnostics();
        assertThat(result.model().filesFailed()).as("fixture must parse: " + shown).isZero();
        if (name.startsWith("fail")) {
            assertThat(mine).as(shown).anyMatch(f -> f.status() == Status.FAIL);
        } else if (name.startsWith("pass")) {
            assertThat(mine).as(shown).anyMatch(f -> f.status() == Status.PASS).noneMatch(f -> f.status() == Status.FAIL);
        } else if (name.startsWith("unknown")) {
            assertThat(mine).as(shown).anyMatch(f -> f.status() == Status.UNKNOWN).noneMatch(f -> f.status() == Status.FAIL);
        } else {
            throw new AssertionError(fixture + ": a fixture case name starts with fail, pass or unknown");
        }
    }

    @Test
    void everyRuleHasFailingAndPassingFixtures() throws Exception {
        for (Rule rule : rules().all()) {
            if (rule.terraform().isEmpty()) continue;
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
