package dev.bulwark.engine;

import dev.bulwark.finding.ScanResult;
import dev.bulwark.source.terraform.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A scan reads its sources while the rules load: the result is the one the steps give one after the
 * other, and a rule selection in error still stops the scan before any result.
 */
class SourcesReadBesideRulesTest {
    @TempDir
    Path dir;

    private ScanRequest request(List<String> checks) {
        return new ScanRequest(List.of(dir), new LoadOptions(List.of(), Map.of(), Map.of(), dir).asSourceOptions(), List.of(), checks, List.of(), null,
                LocalDate.of(2026, 12, 8));
    }

    @Test
    void sameFindingsAsLoadingAfterTheRules() throws Exception {
        Files.writeString(dir.resolve("main.tf"), """
                resource "aws_s3_bucket" "logs" {
                  bucket = "logs"
                }
                resource "aws_security_group" "web" {
                  ingress {
                    from_port   = 22
                    to_port     = 22
                    protocol    = "tcp"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                }
                """);
        ScanRequest request = request(List.of());
        ScanConfig config = Bulwark.config(request);

        ScanResult beside = Bulwark.scan(request, config);
        ScanResult oneAfterOther = Scanner.scan(request.paths(), request.sourceOptions(), Bulwark.rules(List.of()).all(), config, request.today());

        assertThat(beside.findings()).isNotEmpty();
        assertThat(beside.findings()).containsExactlyElementsOf(oneAfterOther.findings());
        assertThat(beside.model().resources()).isEqualTo(oneAfterOther.model().resources());
        assertThat(beside.diagnostics()).isEqualTo(oneAfterOther.diagnostics());
    }

    @Test
    void anUnknownCheckStillStopsTheScan() throws Exception {
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n");
        ScanRequest request = request(List.of("BW-NO-SUCH-RULE"));
        assertThatThrownBy(() -> Bulwark.scan(request, Bulwark.config(request)))
                .isInstanceOf(Bulwark.ScanSetupException.class)
                .hasMessageContaining("BW-NO-SUCH-RULE");
    }
}
