package dev.bulwark.rule.cel;

import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.Scanner;
import dev.bulwark.finding.Finding;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.source.terraform.LoadOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planned expressions must decide exactly as CEL's own interpreter: every built-in rule runs on every
 * rule fixture and on the bundled example once planned and once interpreted, and the findings
 * (status, message, pointed attribute) must be the same.
 */
class PlannedAgainstInterpreterTest {
    @AfterEach
    void planAgain() {
        CelEnvironment.planning = true;
    }

    /** Built-in rules compile on first use, so this is also where a broken built-in expression shows. */
    @Test
    void everyBuiltInRuleExpressionCompilesAndIsPlanned() throws Exception {
        for (Rule rule : builtIn()) {
            for (var logic : rule.resources()) {
                if (logic instanceof CelTerraformLogic cel) assertThat(cel.planned()).as(rule.id()).isTrue();
            }
        }
    }

    @Test
    void plannedAndInterpretedRulesFindTheSame() throws Exception {
        List<Rule> rules = builtIn();
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> cases = Files.walk(Path.of("src/test/resources/rules"), 2)) {
            cases.filter(p -> p.getNameCount() == 6 && Files.isDirectory(p)).sorted().forEach(inputs::add);
        }
        inputs.add(Path.of("examples/aws-platform"));
        assertThat(inputs).hasSizeGreaterThan(400);
        int compared = 0;
        for (Path input : inputs) {
            CelEnvironment.planning = true;
            List<String> planned = findings(input, rules);
            CelEnvironment.planning = false;
            List<String> interpreted = findings(input, rules);
            assertThat(planned).as(input.toString()).isEqualTo(interpreted);
            compared += planned.size();
        }
        assertThat(compared).isGreaterThan(1000);
    }

    private static List<Rule> builtIn() throws Exception {
        return RuleSet.builtin(PolicyCatalogue.bundled()::exists).all().stream().filter(r -> !r.resources().isEmpty()).toList();
    }

    private static List<String> findings(Path input, List<Rule> rules) {
        List<Finding> found = Scanner.scan(List.of(input), new LoadOptions(List.of(), Map.of(), Map.of(), input).asSourceOptions(), rules,
                ScanConfig.empty(), LocalDate.of(2026, 6, 1)).findings();
        return found.stream().map(f -> f.rule().id() + " " + f.resourceAddress() + " " + f.status() + " " + f.attributeLocation() + " " + f.message()).toList();
    }
}
