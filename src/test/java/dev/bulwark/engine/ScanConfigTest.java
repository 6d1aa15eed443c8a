package dev.bulwark.engine;

import dev.bulwark.config.ConfigSections;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code .bulwark.yaml} as scan reads it: every key and value checked against its declaration. */
class ScanConfigTest {
    private static ScanConfig read(String yaml) throws ScanConfig.ConfigException {
        return ScanConfig.read(".bulwark.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDeclaredSettingIsReadAsAWholeNumber() throws Exception {
        ScanConfig c = read("settings:\n  log_retention_days: 400\n  termination_sla_hours: 8\n");
        assertThat(c.settings()).containsEntry("log_retention_days", 400L).containsEntry("termination_sla_hours", 8L);
        assertThat(Settings.resolve(c.settings())).containsEntry("log_retention_days", 400L).containsEntry("backup_retention_days", 7L);
    }

    @Test
    void aMisspeltSettingIsAnErrorAtItsKey() {
        assertThatThrownBy(() -> read("fail_on: HIGH\nsettings:\n  log_retention_dayz: 400\n"))
                .isInstanceOf(ScanConfig.ConfigException.class)
                .hasMessageStartingWith(".bulwark.yaml:3:3: settings.log_retention_dayz: unknown setting (the settings are log_retention_days, ")
                .hasMessageContaining("patch_sla_medium_days)");
    }

    @Test
    void aValueThatIsNotAWholeNumberInRangeIsAnErrorSayingWhatIsExpected() {
        assertThatThrownBy(() -> read("settings:\n  log_retention_days: lots\n"))
                .hasMessage(".bulwark.yaml:2:23: settings.log_retention_days: expected a whole number of days from 1 to 3653 (default 365), found \"lots\"");
        assertThatThrownBy(() -> read("settings:\n  log_retention_days: -5\n"))
                .hasMessageEndingWith("expected a whole number of days from 1 to 3653 (default 365), found -5");
        assertThatThrownBy(() -> read("settings:\n  backup_retention_days: 7.5\n"))
                .hasMessageContaining("settings.backup_retention_days: expected a whole number of days from 1 to 35 (default 7), found 7.5");
        assertThatThrownBy(() -> read("settings:\n  password_min_length: 500\n"))
                .hasMessageContaining("expected a whole number of characters from 6 to 128");
        assertThatThrownBy(() -> read("settings:\n  patch_sla_high_days:\n")).hasMessageEndingWith("found nothing");
        assertThatThrownBy(() -> read("settings:\n  patch_sla_high_days: [30]\n")).hasMessageEndingWith("found a list");
        assertThatThrownBy(() -> read("settings: 30\n")).hasMessageStartingWith(".bulwark.yaml:1:11: settings: expected a mapping of setting names");
    }

    @Test
    void everyDeclaredSettingHasItsDefaultWithinItsRange() {
        assertThat(Settings.DEFAULTS.keySet()).containsExactlyInAnyOrderElementsOf(Settings.ALL.stream().map(Setting::name).toList());
        for (Setting s : Settings.ALL) {
            assertThat(s.accepts(s.defaultValue())).as(s.name()).isTrue();
            assertThat(s.accepts(s.min() - 1)).as(s.name()).isFalse();
            assertThat(s.accepts(s.max() + 1)).as(s.name()).isFalse();
        }
    }

    @Test
    void failOnGivenAsAListSaysSo() {
        assertThatThrownBy(() -> read("fail_on: [HIGH]\n"))
                .hasMessage(".bulwark.yaml:1:10: fail_on: expected one severity (LOW, MEDIUM, HIGH, CRITICAL or none), found a list; write fail_on: HIGH");
        assertThatThrownBy(() -> read("fail_on: SEVERE\n"))
                .hasMessage(".bulwark.yaml:1:10: fail_on: expected LOW, MEDIUM, HIGH, CRITICAL or none, found \"SEVERE\"");
    }

    @Test
    void anUnknownSectionNamesEverySection() {
        assertThatThrownBy(() -> read("fail_on: HIGH\nsetings:\n  log_retention_days: 30\n"))
                .hasMessage(".bulwark.yaml:2:1: setings: unknown section (the sections are fail_on, skip, settings, suppressions, modules, "
                        + "kubernetes, systems, cadences, documents, roles, changes, database)");
        assertThat(ConfigSections.ALL).containsExactly("fail_on", "skip", "settings", "suppressions", "modules", "kubernetes", "systems", "cadences",
                "documents", "roles", "changes", "database");
    }

    @Test
    void modulesIsOfflineUnlessSetToDownload() throws Exception {
        assertThat(read("fail_on: HIGH\n").downloadModules()).isFalse();
        assertThat(read("modules: offline\n").downloadModules()).isFalse();
        assertThat(read("modules: download\n").downloadModules()).isTrue();
        assertThatThrownBy(() -> read("modules: always\n"))
                .hasMessage(".bulwark.yaml:1:10: modules: expected offline or download (default offline), found \"always\"");
        assertThatThrownBy(() -> read("modules:\n  download: true\n"))
                .hasMessage(".bulwark.yaml:2:3: modules: expected offline or download (default offline), found a mapping");
    }

    @Test
    void skipAndSuppressionsAreCheckedKeyByKey() throws Exception {
        assertThatThrownBy(() -> read("skip: BW-AWS-S3-001\n")).hasMessage(".bulwark.yaml:1:7: skip: expected a list of rule ids, such as [BW-AWS-S3-001]");
        assertThatThrownBy(() -> read("suppressions:\n  - rule: BW-AWS-S3-001\n    path: a.tf\n    reson: typo\n"))
                .hasMessage(".bulwark.yaml:4:5: suppressions[0].reson: unknown key (expected address, fingerprint, path, reason, rule, until)");
        assertThatThrownBy(() -> read("suppressions:\n  - rule: BW-AWS-S3-001\n    path: a.tf\n    until: soon\n"))
                .hasMessage(".bulwark.yaml:4:12: suppressions[0].until: expected a date like 2027-03-31, found \"soon\"");
        assertThatThrownBy(() -> read("suppressions:\n  - path: a.tf\n")).hasMessageContaining("suppressions[0]: rule is missing");
        ScanConfig ok = read("skip: [BW-AWS-S3-001]\nsuppressions:\n  - rule: BW-AWS-S3-001\n    address: aws_s3_bucket.w\n    reason: public\n");
        assertThat(ok.skip()).containsExactly("BW-AWS-S3-001");
        assertThat(ok.suppressions()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("public"));
    }

    @Test
    void aBinaryOrNonUtf8FileSaysSoWithTheByteOffsetAndLine() {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        assertThatThrownBy(() -> ScanConfig.read(".bulwark.yaml", elf))
                .hasMessage(".bulwark.yaml:1:1: a binary file, not text (a NUL byte at byte offset 7, line 1) (expected Bulwark's YAML configuration file)");
        byte[] latin1 = "fail_on: HIGH\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ScanConfig.read(".bulwark.yaml", latin1))
                .hasMessage(".bulwark.yaml:2:1: not UTF-8 text: byte 0xE9 at byte offset 19 (line 2) is not valid UTF-8 "
                        + "(expected Bulwark's YAML configuration file)");
    }

    @Test
    void theKubernetesSectionGivesPodSecurityProfilesToRules() throws Exception {
        ScanConfig c = read("kubernetes:\n  pod_security:\n    default: restricted\n    production_namespaces: [\"live-*\"]\n"
                + "    namespaces: {tools: privileged}\n");
        assertThat(c.settings().get("kubernetes_pod_security")).isEqualTo(java.util.Map.of("default", "restricted",
                "production_namespaces", java.util.List.of("live-*"), "namespaces", java.util.Map.of("tools", "privileged")));
        assertThatThrownBy(() -> read("kubernetes:\n  pod_security:\n    default: strict\n"))
                .hasMessage(".bulwark.yaml:3:14: kubernetes.pod_security.default: expected privileged, baseline or restricted, found \"strict\"");
        assertThatThrownBy(() -> read("kubernetes:\n  podsecurity: {}\n"))
                .hasMessage(".bulwark.yaml:2:3: kubernetes.podsecurity: unknown key (expected pod_security)");
    }
}
