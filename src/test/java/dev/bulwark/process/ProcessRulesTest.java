package dev.bulwark.process;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.RuleLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The process: rule kind, and the one-to-one match of process checks and the rules that declare them. */
class ProcessRulesTest {
    private static final RuleLoader LOADER = new RuleLoader(PolicyCatalogue.bundled()::exists);

    private static String rule(String logic) {
        return """
                rules:
                  - id: ACME-PROC-001
                    title: A process rule
                    severity: LOW
                    requirements: [3.3.3]
                    description: d
                    remediation: r
                """ + logic;
    }

    @Test
    void everyCheckHasExactlyOneBuiltInRuleServingItsRequirement() throws Exception {
        ProcessRules rules = ProcessRules.builtin();
        assertThat(rules.all()).hasSize(ProcessRules.checkNames().size());
        for (CadenceCheck c : CadenceCheck.values()) {
            assertThat(rules.rule(c).metadata().requirements()).as(c.name()).containsExactly(c.requirement());
        }
        assertThat(rules.rule(ProcessRules.INCIDENT_RESPONSE_PLAN).metadata().requirements()).containsExactly("3.1.5");
        assertThat(rules.rule(ProcessRules.HARDENING_BASELINE).metadata().requirements()).containsExactly("3.2.1");
        assertThat(rules.rule(ProcessRules.RECOVERY_RUNBOOKS).metadata().requirements()).containsExactly("3.6.5");
        assertThat(rules.rule(ProcessRules.RECOVERY_OBJECTIVES).metadata().requirements()).containsExactly("3.6.5");
        assertThat(rules.rule(ProcessRules.LEDGER_INTEGRITY).metadata().requirements()).containsExactly("3.7.5");
        assertThat(rules.rule(ProcessRules.HOST_BASELINE_CURRENCY).metadata().requirements()).containsExactly("3.2.1");
        // The recorded host baseline's check sits with the other host rules, whose ids it shares.
        assertThat(rules.all()).allSatisfy(r -> {
            assertThat(r.resources()).isEmpty();
            assertThat(r.source()).startsWith(r == rules.rule(ProcessRules.HOST_BASELINE_CURRENCY) ? "rules/host/" : "rules/process/");
        });
    }

    @Test
    void aProcessEntryIsEnoughLogicForARule() throws Exception {
        List<Rule> rules = LOADER.read("p.yaml", rule("    process:\n      check: access-review-cadence\n"));
        assertThat(rules.get(0).process()).singleElement().satisfies(p -> assertThat(p.check()).isEqualTo("access-review-cadence"));
        assertThat(rules.get(0).resources()).isEmpty();
    }

    @Test
    void malformedProcessEntriesAreRejected() {
        assertThatThrownBy(() -> LOADER.read("p.yaml", rule("    process: access-review-cadence\n")))
                .isInstanceOf(RuleException.class).hasMessage("p.yaml: rule ACME-PROC-001: process: must be a mapping with check");
        assertThatThrownBy(() -> LOADER.read("p.yaml", rule("    process:\n      check: Access Reviews\n")))
                .isInstanceOf(RuleException.class)
                .hasMessage("p.yaml: rule ACME-PROC-001: process: field \"check\" must be a lower-case name like restore-test-cadence, got \"Access Reviews\"");
        assertThatThrownBy(() -> LOADER.read("p.yaml", rule("    process:\n      check: x\n      java: a.B\n")))
                .isInstanceOf(RuleException.class).hasMessage("p.yaml: rule ACME-PROC-001: process: unknown field \"java\" (allowed: check)");
        assertThatThrownBy(() -> LOADER.read("p.yaml", rule("")))
                .isInstanceOf(RuleException.class).hasMessageContaining("(logic for resources, export, git, process or secrets)");
    }

    @Test
    void unknownDoubledAndMissingChecksAreErrors() throws Exception {
        List<Rule> builtin = ProcessRules.builtin().all();
        Rule unknown = LOADER.read("p.yaml", rule("    process:\n      check: coffee-cadence\n")).get(0);
        List<Rule> withUnknown = new ArrayList<>(builtin);
        withUnknown.add(unknown);
        assertThatThrownBy(() -> ProcessRules.of(withUnknown)).isInstanceOf(RuleException.class)
                .hasMessageStartingWith("p.yaml: rule ACME-PROC-001: process: field \"check\" names unknown check \"coffee-cadence\"");
        Rule doubled = LOADER.read("p.yaml", rule("    process:\n      check: access-review-cadence\n")).get(0);
        List<Rule> withDouble = new ArrayList<>(builtin);
        withDouble.add(doubled);
        assertThatThrownBy(() -> ProcessRules.of(withDouble)).isInstanceOf(RuleException.class)
                .hasMessage("p.yaml: rule ACME-PROC-001: process check \"access-review-cadence\" is already the check of BW-EVID-002");
        assertThatThrownBy(() -> ProcessRules.of(builtin.subList(1, builtin.size()))).isInstanceOf(RuleException.class)
                .hasMessage("no rule declares the process check \"vulnerability-scan-cadence\" (rules/process/*.yaml)");
    }
}
