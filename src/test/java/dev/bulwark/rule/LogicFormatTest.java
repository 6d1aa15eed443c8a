package dev.bulwark.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.policy.PolicyCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Resource logic names its format under {@code logic:}; {@code terraform:}, the older name, keeps
 * working and there matches the type in any format. One rule may carry logic for several formats.
 */
class LogicFormatTest {
    private final RuleLoader loader = new RuleLoader(PolicyCatalogue.bundled()::exists);

    private static String rule(String logic) {
        return """
                rules:
                  - id: ACME-CTR-001
                    title: Test
                    severity: HIGH
                    requirements: [3.2.1]
                    description: d
                    remediation: r
                %s
                """.formatted(logic.indent(4).stripTrailing());
    }

    private static Resource resource(String format, String type) {
        return new Resource(format, type + ".x", type, "x", ".", SourceLocation.ofFile("f"),
                new Value.Obj(Map.of()), Map.of(), Map.of());
    }

    @Test
    void oneRuleCarriesLogicForSeveralFormats() throws Exception {
        Rule r = loader.read("r.yaml", rule("""
                logic:
                  - format: kubernetes
                    resources: [Pod]
                    check: "true"
                  - format: dockerfile
                    resources: [dockerfile_stage]
                    check: "true"
                """)).get(0);
        assertThat(r.formats()).containsExactly("dockerfile", "kubernetes");
        assertThat(r.resources().get(0).judges(resource("kubernetes", "Pod"))).isTrue();
        assertThat(r.resources().get(0).judges(resource("other", "Pod"))).isFalse();
        assertThat(r.resources().get(1).judges(resource("dockerfile", "dockerfile_stage"))).isTrue();
    }

    @Test
    void theOlderNameMatchesTheTypeInAnyFormat() throws Exception {
        Rule r = loader.read("r.yaml", rule("""
                terraform:
                  resources: [github_actions_workflow]
                  check: "true"
                """)).get(0);
        assertThat(r.formats()).containsExactly("any");
        assertThat(r.resources().get(0).judges(resource("github-actions", "github_actions_workflow"))).isTrue();
    }

    @Test
    void logicNeedsItsFormat() {
        assertThatThrownBy(() -> loader.read("r.yaml", rule("""
                logic:
                  resources: [Pod]
                  check: "true"
                """))).isInstanceOf(RuleException.class)
                .hasMessage("r.yaml: rule ACME-CTR-001: logic: field \"format\" is missing");
    }

    @Test
    void bothNamesAtOnceAreRefused() {
        assertThatThrownBy(() -> loader.read("r.yaml", rule("""
                logic:
                  format: terraform
                  resources: [aws_s3_bucket]
                  check: "true"
                terraform:
                  resources: [aws_s3_bucket]
                  check: "true"
                """))).isInstanceOf(RuleException.class)
                .hasMessageContaining("fields \"logic\" and \"terraform\" are the same thing");
    }

    @Test
    void everyBuiltInRuleNamesTheFormatOfItsLogic() throws Exception {
        for (Rule r : RuleSet.builtin(id -> true).all()) assertThat(r.formats()).as(r.id()).doesNotContain("any");
        List<String> formats = RuleSet.builtin(id -> true).all().stream().flatMap(r -> r.formats().stream()).distinct().sorted().toList();
        assertThat(formats).contains("github-actions", "terraform");
    }
}
