package dev.bulwark.rule;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.builtin.git.ChangeApprovalCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code git:} logic key of rule files. */
class GitRuleLoaderTest {
    private final RuleLoader loader = new RuleLoader(PolicyCatalogue.bundled()::exists);

    private static String rule(String logic) {
        return """
                rules:
                  - id: BW-TEST-GIT-001
                    title: Test
                    severity: HIGH
                    requirements: [3.5.1]
                    description: d
                    remediation: r
                %s
                """.formatted(logic.indent(4).stripTrailing());
    }

    @Test
    void aGitEntryNamesItsJavaCheck() throws Exception {
        List<Rule> rules = loader.read("t.yaml", rule("git:\n  java: " + ChangeApprovalCheck.class.getName()));
        Rule r = rules.get(0);
        assertThat(r.git()).hasSize(1);
        assertThat(r.git().get(0).check()).isInstanceOf(ChangeApprovalCheck.class);
        assertThat(r.resources()).isEmpty();
        assertThat(r.exports()).isEmpty();
    }

    @Test
    void theBuiltInRuleIsLoaded() throws Exception {
        Rule r = RuleSet.builtin(PolicyCatalogue.bundled()::exists).find("BW-GIT-001").orElseThrow();
        assertThat(r.git()).hasSize(1);
        assertThat(r.metadata().requirements()).containsExactly("3.5.1");
        assertThat(r.source()).isEqualTo("rules/git/changes.yaml");
    }

    @Test
    void mistakesInAGitEntryAreNamed() {
        assertThatThrownBy(() -> loader.read("t.yaml", rule("git:\n  java: java.lang.String")))
                .hasMessage("t.yaml: rule BW-TEST-GIT-001: git: field \"java\": java.lang.String is not a git check");
        assertThatThrownBy(() -> loader.read("t.yaml", rule("git:\n  java: no.such.Check")))
                .hasMessage("t.yaml: rule BW-TEST-GIT-001: git: field \"java\": cannot load class no.such.Check");
        assertThatThrownBy(() -> loader.read("t.yaml", rule("git:\n  kind: history\n  java: " + ChangeApprovalCheck.class.getName())))
                .hasMessage("t.yaml: rule BW-TEST-GIT-001: git: unknown field \"kind\" (allowed: java)");
        assertThatThrownBy(() -> loader.read("t.yaml", rule("git: yes")))
                .hasMessage("t.yaml: rule BW-TEST-GIT-001: git: must be a mapping with java");
        assertThatThrownBy(() -> loader.read("t.yaml", rule("")))
                .hasMessageContaining("a rule needs logic for at least one input kind (").hasMessageContaining("git");
    }
}
