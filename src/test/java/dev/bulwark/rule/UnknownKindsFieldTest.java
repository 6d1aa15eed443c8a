package dev.bulwark.rule;

import dev.bulwark.policy.PolicyCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code unknown_kinds} field of a rule's terraform logic. */
class UnknownKindsFieldTest {
    private final RuleLoader loader = new RuleLoader(PolicyCatalogue.bundled()::exists);

    private static String rule(String kinds) {
        return """
                rules:
                  - id: ACME-NET-001
                    title: Test
                    severity: HIGH
                    requirements: [3.1.1]
                    description: d
                    remediation: r
                    terraform:
                      resources: [aws_security_group]
                      unknown_kinds: %s
                      check: "!resource.ingress.exists(i, i.cidr_blocks.exists(c, c == '0.0.0.0/0'))"
                """.formatted(kinds);
    }

    @Test
    void kindsAreNamedByTheirIds() throws Exception {
        List<Rule> rules = loader.read("r.yaml", rule("[vpc_cidr, arn]"));
        assertThat(rules.get(0).resources()).hasSize(1);
    }

    @Test
    void anUnknownKindIsNamedWithTheKindsThereAre() {
        assertThatThrownBy(() -> loader.read("r.yaml", rule("[cidr]")))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml: rule ACME-NET-001: terraform: field \"unknown_kinds\" names \"cidr\", which is not a kind of unknown value (kinds: arn, vpc_cidr)");
        assertThatThrownBy(() -> loader.read("r.yaml", rule("vpc_cidr")))
                .hasMessage("r.yaml: rule ACME-NET-001: terraform: field \"unknown_kinds\" must be a list");
    }
}
