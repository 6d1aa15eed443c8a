package dev.bulwark.source.host.updates;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.HostScanRequest;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.finding.Finding;
import dev.bulwark.rule.Status;
import dev.bulwark.source.host.HostRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The end of support and the package database's age are judged on the scan's date, never the system clock's. */
class ScanDateTest {
    private static Finding only(Path root, String rule, LocalDate today) throws Exception {
        List<Finding> f = Bulwark.scanHost(new HostScanRequest(HostRoot.offline(root), List.of(), List.of(rule), List.of(), null, today),
                ScanConfig.empty()).findings();
        assertThat(f).hasSize(1);
        return f.get(0);
    }

    @Test
    void endOfSupportIsJudgedOnTheScanDate() throws Exception {
        Path debian13 = Path.of("src/test/resources/rules/BW-HOST-112/pass-debian-13");
        assertThat(only(debian13, "BW-HOST-112", LocalDate.of(2026, 6, 1)).status()).isEqualTo(Status.PASS);
        assertThat(only(debian13, "BW-HOST-112", LocalDate.of(2031, 1, 1)).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void thePackageDatabaseAgeCountsToTheScanDate(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("etc"));
        Files.createDirectories(root.resolve("var/lib/dpkg"));
        Files.writeString(root.resolve("etc/os-release"), "ID=debian\nVERSION_ID=12\n");
        Path status = Files.writeString(root.resolve("var/lib/dpkg/status"), "Package: base-files\nStatus: install ok installed\nVersion: 12.4\n");
        Files.setLastModifiedTime(status, FileTime.from(Instant.parse("2026-05-01T00:00:00Z")));
        assertThat(only(root, "BW-HOST-111", LocalDate.of(2026, 5, 20)).status()).isEqualTo(Status.PASS);
        Finding late = only(root, "BW-HOST-111", LocalDate.of(2026, 7, 1));
        assertThat(late.status()).isEqualTo(Status.FAIL);
        assertThat(late.message()).isEqualTo("the package database /var/lib/dpkg/status last changed 61 days ago, longer than the 30-day timeframe for high-severity patches");
    }
}
