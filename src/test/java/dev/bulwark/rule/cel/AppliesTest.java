package dev.bulwark.rule.cel;

import dev.bulwark.model.Resource;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleLoader;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rule's {@code applies} is decided before its {@code check}: false is NOT_APPLICABLE (never PASS),
 * true runs the check, and a value it cannot decide is UNKNOWN (never NOT_APPLICABLE).
 */
class AppliesTest {
    private static final String APPLIES = "resource.type == 'ingress'";
    private static final String CHECK = "resource.port != 22";

    private static Outcome run(String applies, String check, Map<String, Value> attributes) throws RuleException {
        CelTerraformLogic logic = CelTerraformLogic.compile(Set.of("x_y"), List.of(), applies, check, "'port 22 is open'", "port",
                "title", false, "test");
        Resource r = Resource.terraform("x_y.z", "x_y", "z", Resource.Mode.MANAGED, "", ".", SourceLocation.ofFile("main.tf"),
                new Value.Obj(attributes), Map.of(), Map.of());
        return logic.evaluate(r, new UnknownValuesTest.NoRelations());
    }

    @Test
    void aResourceTheRuleIsNotAboutIsNotApplicableEvenWhenItsCheckWouldFail() throws Exception {
        Outcome o = run(APPLIES, CHECK, Map.of("type", Value.of("egress"), "port", Value.of(22)));
        assertThat(o.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(o.message()).contains("does not apply");
        assertThat(run(APPLIES, CHECK, Map.of("type", Value.of("egress"), "port", Value.of(443))).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aResourceTheRuleAppliesToIsJudgedByItsCheck() throws Exception {
        assertThat(run(APPLIES, CHECK, Map.of("type", Value.of("ingress"), "port", Value.of(443))).status()).isEqualTo(Status.PASS);
        Outcome fail = run(APPLIES, CHECK, Map.of("type", Value.of("ingress"), "port", Value.of(22)));
        assertThat(fail.status()).isEqualTo(Status.FAIL);
        assertThat(fail.message()).isEqualTo("port 22 is open");
    }

    @Test
    void whetherTheRuleAppliesHangingOnAnUnknownValueIsUnknownNeverNotApplicable() throws Exception {
        Value unset = Value.unknown(UnknownReason.UNSET_VARIABLE, "var.direction");
        Outcome o = run(APPLIES, CHECK, Map.of("type", unset, "port", Value.of(22)));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("type is unknown").contains("var.direction").contains("whether the rule applies");
        // A check that passes whatever the unknown value is does not hide that the rule may not apply.
        assertThat(run(APPLIES, CHECK, Map.of("type", unset, "port", Value.of(443))).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void withoutAppliesTheRuleAppliesToEveryResourceOfItsTypes() throws Exception {
        assertThat(run(null, CHECK, Map.of("type", Value.of("egress"), "port", Value.of(22))).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void appliesMustGiveABool() {
        assertThatThrownBy(() -> run("'ingress'", CHECK, Map.of()))
                .isInstanceOf(RuleException.class).hasMessageContaining("test: applies").hasMessageContaining("must give a bool");
    }

    @Test
    void appliesIsPrecompiledAndPlannedLikeCheck() throws Exception {
        CelTerraformLogic logic = CelTerraformLogic.compile(Set.of("x_y"), List.of(), APPLIES, CHECK, null, null, "title", false, "test");
        assertThat(logic.expressions()).containsKeys(APPLIES, CHECK);
        assertThat(logic.planned()).isTrue();
    }

    private static String pack(String logic) {
        return """
                rules:
                  - id: ACME-NET-001
                    title: Ingress rules do not open SSH
                    severity: HIGH
                    requirements: [3.1.1]
                    description: d
                    remediation: r
                    terraform:
                %s
                """.formatted(logic.indent(6).stripTrailing());
    }

    @Test
    void aRulePackWritesAppliesBesideCheck() throws Exception {
        List<Rule> rules = new RuleLoader(PolicyCatalogue.bundled()::exists).read("acme.yaml",
                pack("resources: [x_y]\napplies: " + APPLIES + "\ncheck: " + CHECK));
        CelTerraformLogic logic = (CelTerraformLogic) rules.get(0).resources().get(0);
        assertThat(logic.expressions()).containsKeys(APPLIES, CHECK);
        assertThatThrownBy(() -> new RuleLoader(PolicyCatalogue.bundled()::exists).read("acme.yaml",
                pack("resources: [x_y]\napplies: resource.typo(\ncheck: " + CHECK)))
                .isInstanceOf(RuleException.class).hasMessageContaining("acme.yaml: rule ACME-NET-001: terraform: applies: invalid CEL expression");
    }

    @Test
    void javaLogicDecidesAloneSoAppliesBesideItIsAMistake() {
        assertThatThrownBy(() -> new RuleLoader(PolicyCatalogue.bundled()::exists).read("acme.yaml",
                pack("resources: [aws_backup_vault]\njava: dev.bulwark.rule.builtin.aws.BackupVaultRestoreTesting\napplies: true")))
                .isInstanceOf(RuleException.class)
                .hasMessage("acme.yaml: rule ACME-NET-001: terraform: field \"applies\" is for CEL logic; Java logic (field \"java\") decides alone, NOT_APPLICABLE included");
    }
}
