package dev.bulwark.source.git;

import dev.bulwark.model.change.ApprovalMode;
import dev.bulwark.model.change.ChangeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeSettingsTest {
    private static ChangeSettings read(String yaml) throws ChangeInputException {
        return ChangeSettingsReader.read(".bulwark.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everySettingIsRead() throws Exception {
        ChangeSettings s = read("""
                fail_on: HIGH
                changes:
                  approval: pull-request
                  branch: trunk
                  infrastructure: ["infra/**/*.tf", "deploy/*.yaml"]
                  trailers: [Signed-off-by]
                  lookback_days: 30
                """);
        assertThat(s).isEqualTo(new ChangeSettings(ApprovalMode.PULL_REQUEST, "trunk", List.of("infra/**/*.tf", "deploy/*.yaml"),
                List.of("Signed-off-by"), 30, ".bulwark.yaml"));
        assertThat(InfrastructureFiles.of(s.infrastructure()).matches("infra/net/vpc.tf")).isTrue();
        assertThat(InfrastructureFiles.of(s.infrastructure()).matches("main.tf")).isFalse();
    }

    @Test
    void aFileWithoutTheSectionGivesTheDefaults() throws Exception {
        ChangeSettings s = read("fail_on: HIGH\n");
        ChangeSettings d = ChangeSettings.defaults();
        assertThat(s.approval()).isEqualTo(ApprovalMode.EITHER);
        assertThat(s.branch()).isNull();
        assertThat(s.infrastructure()).isEqualTo(InfrastructureFiles.DEFAULT_GLOBS);
        assertThat(s.trailers()).containsExactly("Approved-by", "Reviewed-by");
        assertThat(s.lookbackDays()).isEqualTo(90);
        assertThat(s.file()).isEqualTo(".bulwark.yaml");
        assertThat(d.file()).isNull();
        assertThat(read("").approval()).isEqualTo(ApprovalMode.EITHER);
    }

    @Test
    void mistakesNameTheLineColumnAndSetting() {
        assertThatThrownBy(() -> read("changes:\n  aproval: trailer\n"))
                .hasMessage(".bulwark.yaml:2:3: changes.aproval: unknown setting (known: approval, branch, infrastructure, lookback_days, trailers)");
        assertThatThrownBy(() -> read("changes:\n  approval: always\n"))
                .hasMessage(".bulwark.yaml:2:13: changes.approval: expected pull-request, trailer or either, found \"always\"");
        assertThatThrownBy(() -> read("changes:\n  lookback_days: -3\n"))
                .hasMessage(".bulwark.yaml:2:18: changes.lookback_days: expected a whole number of days greater than zero, found -3");
        assertThatThrownBy(() -> read("changes:\n  infrastructure: [\"{a,b\"]\n"))
                .hasMessage(".bulwark.yaml:2:20: changes.infrastructure[0]: unclosed { in glob \"{a,b\"");
        assertThatThrownBy(() -> read("changes:\n  trailers: [\"Approved by\"]\n"))
                .hasMessageContaining("changes.trailers[0]: expected a trailer key");
        assertThatThrownBy(() -> read("changes: pull-request\n")).hasMessageStartingWith(".bulwark.yaml:1:10: changes: expected a mapping");
        assertThatThrownBy(() -> read("changes:\n  approval: [\n")).hasMessageStartingWith(".bulwark.yaml:").hasMessageContaining("YAML");
    }

    @Test
    void discoveryTakesTheFirstDirectoryWithAFile(@TempDir Path a, @TempDir Path b) throws Exception {
        Files.writeString(b.resolve(".bulwark.yaml"), "changes:\n  approval: trailer\n");
        ChangeSettings s = ChangeSettingsReader.discover(List.of(a, b));
        assertThat(s.approval()).isEqualTo(ApprovalMode.TRAILER);
        assertThat(s.file()).isEqualTo(b.resolve(".bulwark.yaml").toString());
        assertThat(ChangeSettingsReader.discover(List.of(a)).file()).isNull();
    }
}
