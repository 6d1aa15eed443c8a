package dev.bulwark.secret;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.RuleLoader;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.rule.SecretLogic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each detector family has exactly one rule, declared in rules/secrets/secrets.yaml, that names the family back. */
class SecretRulesTest {
    @Test
    void everyFamilyHasItsRuleAndEveryRuleItsFamily() throws RuleException {
        RuleSet rules = RuleSet.builtin(PolicyCatalogue.bundled()::exists);
        for (SecretFamily f : SecretFamily.values()) {
            Rule rule = rules.find(f.ruleId()).orElseThrow(() -> new AssertionError("no rule " + f.ruleId()));
            assertThat(rule.secrets()).extracting(SecretLogic::family).containsExactly(f);
            assertThat(rule.metadata().requirements()).contains("3.4.3");
            if (f.accessCredential()) assertThat(rule.metadata().requirements()).contains("3.3.2");
            else assertThat(rule.metadata().requirements()).doesNotContain("3.3.2");
        }
        assertThat(rules.all().stream().filter(r -> !r.secrets().isEmpty())).hasSize(SecretFamily.values().length);
    }

    @Test
    void aRuleNamingAnotherRulesFamilyOrAnUnknownOneIsRefused() {
        RuleLoader loader = new RuleLoader(r -> true);
        String rule = """
                rules:
                  - id: BW-SECRET-002
                    title: t
                    severity: HIGH
                    requirements: [3.4.3]
                    description: d
                    remediation: r
                    secrets:
                      family: %s
                """;
        assertThatThrownBy(() -> loader.read("x.yaml", rule.formatted("aws-access-key"))).isInstanceOf(RuleException.class)
                .hasMessage("x.yaml: rule BW-SECRET-002: secrets: secret family aws-access-key is reported by rule BW-SECRET-001, not BW-SECRET-002");
        assertThatThrownBy(() -> loader.read("x.yaml", rule.formatted("aws"))).isInstanceOf(RuleException.class)
                .hasMessageStartingWith("x.yaml: rule BW-SECRET-002: secrets: field \"family\" names unknown secret family \"aws\" (use aws-access-key, private-key,");
    }

    @Test
    void aRuleWithSecretsLogicLoads() throws RuleException {
        List<Rule> read = new RuleLoader(r -> true).read("x.yaml", """
                rules:
                  - id: BW-SECRET-002
                    title: t
                    severity: HIGH
                    requirements: [3.4.3]
                    description: d
                    remediation: r
                    secrets:
                      family: private-key
                """);
        assertThat(read.get(0).secrets()).containsExactly(new SecretLogic(SecretFamily.PRIVATE_KEY));
        assertThat(read.get(0).resources()).isEmpty();
    }
}
