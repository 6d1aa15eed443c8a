package dev.bulwark.engine.exports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RolesConfigReaderTest {
    static RolesConfig read(String yaml) throws RolesConfigException {
        return RolesConfigReader.read(".bulwark.yaml", yaml);
    }

    static String error(String yaml) {
        try {
            read(yaml);
        } catch (RolesConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the roles section to be refused");
    }

    @Test
    void readsTheCatalogueAndTheIamUserMappingAndNothingElse() throws Exception {
        RolesConfig roles = read("""
                fail_on: HIGH
                settings:
                  termination_sla_hours: 8
                roles:
                  catalogue: [admin, developer, "support", developer]
                  iam_users:
                    erin@example.com: erin
                    Frank@Example.com: frank.f
                systems:
                  - name: payments
                """);
        assertThat(roles.catalogue()).containsExactly("admin", "developer", "support");
        assertThat(roles.iamUsers()).isEqualTo(Map.of("erin@example.com", "erin", "Frank@Example.com", "frank.f"));
        assertThat(roles.file()).isEqualTo(".bulwark.yaml");
    }

    @Test
    void noSectionOrAnEmptyOneDeclaresNothing() throws Exception {
        assertThat(read("fail_on: LOW\n").catalogue()).isEmpty();
        assertThat(read("").iamUsers()).isEmpty();
        assertThat(read("roles:\n").catalogue()).isEmpty();
        assertThat(read("roles:\n  catalogue:\n  iam_users:\n")).isEqualTo(new RolesConfig(List.of(), Map.of(), ".bulwark.yaml"));
    }

    @Test
    void mistakesNameTheirLineAndColumn() {
        assertThat(error("roles:\n  catalog: [admin]\n")).isEqualTo(".bulwark.yaml:2:3: unknown key roles.catalog (known: catalogue, iam_users)");
        assertThat(error("roles:\n  catalogue: admin\n"))
                .isEqualTo(".bulwark.yaml:2:14: roles.catalogue must be a list of role names, like [admin, developer]");
        assertThat(error("roles:\n  catalogue:\n    - admin\n    - {name: dev}\n"))
                .isEqualTo(".bulwark.yaml:4:7: roles.catalogue entries must be role names");
        assertThat(error("roles:\n  iam_users:\n    - erin@example.com\n")).startsWith(".bulwark.yaml:3:5: roles.iam_users must map email addresses");
        assertThat(error("roles:\n  iam_users:\n    erin: erin\n")).isEqualTo(".bulwark.yaml:3:5: roles.iam_users: \"erin\" is not an email address");
        assertThat(error("roles:\n  iam_users:\n    erin@example.com: erin\n    ERIN@example.com: erin2\n"))
                .isEqualTo(".bulwark.yaml:4:5: roles.iam_users lists ERIN@example.com twice (also at line 3; email addresses are compared without regard to case)");
        assertThat(error("roles:\n  iam_users:\n    erin@example.com:\n")).isEqualTo(".bulwark.yaml:3:22: roles.iam_users.erin@example.com must be an IAM user name");
        assertThat(error("roles: [admin]\n")).isEqualTo(".bulwark.yaml:1:8: roles must be a mapping with catalogue and iam_users");
        assertThat(error("roles:\n  catalogue: [admin\n")).startsWith(".bulwark.yaml:").contains("not valid YAML");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(".bulwark.yaml");
        Files.writeString(f, "roles:\n  catalogue: [auditor]\n");
        assertThat(RolesConfigReader.read(f)).isEqualTo(new RolesConfig(List.of("auditor"), Map.of(), f.toString()));
        assertThatThrownBy(() -> RolesConfigReader.read(dir.resolve("missing.yaml"))).isInstanceOf(RolesConfigException.class)
                .hasMessageStartingWith(dir.resolve("missing.yaml") + ": cannot read");
    }
}
