package dev.bulwark.source.host;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.HostScanRequest;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Alpine root (apk's database, OpenRC runlevels instead of systemd's wants links, BusyBox applets,
 * BusyBox syslogd) through every area: each says what is true of Alpine rather than of a systemd layout.
 */
class AlpineHostTest {
    static final Path ROOT = Path.of("src/test/resources/host/alpine-3.21");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static ScanResult scan(Path root) throws Exception {
        return Bulwark.scanHost(new HostScanRequest(HostRoot.offline(root), List.of(), List.of(), List.of(), null, TODAY), ScanConfig.empty());
    }

    private static Map<String, String> byRule(ScanResult r) {
        Map<String, String> out = new TreeMap<>();
        for (Finding f : r.findings()) out.put(f.rule().id(), f.status() + " " + f.message());
        return out;
    }

    @Test
    void everyAreaReadsTheAlpineLayout() throws Exception {
        ScanResult result = scan(ROOT);
        assertThat(result.model().filesFailed()).isZero();
        Map<String, String> r = byRule(result);
        assertThat(r.get("BW-HOST-002")).startsWith("PASS");
        // the OpenRC nftables service's /etc/nftables.nft with its include
        assertThat(r.get("BW-HOST-040")).startsWith("PASS");
        // a daily periodic script runs apk upgrade; apk has no unattended-upgrades of its own
        assertThat(r.get("BW-HOST-110")).startsWith("PASS");
        assertThat(r.get("BW-HOST-112")).startsWith("PASS");
        // chronyd in the default runlevel, BusyBox syslogd writing files and forwarding with -R
        assertThat(r.get("BW-HOST-133")).startsWith("PASS");
        assertThat(r.get("BW-HOST-131")).startsWith("PASS");
        assertThat(r.get("BW-HOST-132")).startsWith("PASS");
        assertThat(r.get("BW-HOST-130")).startsWith("FAIL auditd is not enabled at boot");
        assertThat(r.get("BW-HOST-103")).isEqualTo("FAIL network tools installed: netcat (/bin/nc, a BusyBox applet)");
        assertThat(r.get("BW-HOST-010")).startsWith("PASS");
        Finding sshd = result.findings().stream().filter(f -> f.rule().id().equals("BW-HOST-014")).findFirst().orElseThrow();
        assertThat(sshd.message()).contains("default of OpenSSH 9.9"); // the version from apk's installed database
    }

    @Test
    void busyboxSyslogInMemoryIsLostAtReboot(@TempDir Path dir) throws Exception {
        copy(ROOT, dir);
        Files.writeString(dir.resolve("etc/conf.d/syslog"), "SYSLOGD_OPTS=\"-t -C128\"\n");
        Map<String, String> r = byRule(scan(dir));
        assertThat(r.get("BW-HOST-131")).isEqualTo("FAIL busybox syslogd writes in memory only (-C) (SYSLOGD_OPTS in /etc/conf.d/syslog) and rsyslog is not enabled");
        assertThat(r.get("BW-HOST-132")).isEqualTo("FAIL busybox syslogd forwards nothing: SYSLOGD_OPTS in /etc/conf.d/syslog has no -R HOST[:PORT]");
    }

    @Test
    void withoutAPeriodicUpgradeApkUpdatesNothingByItself(@TempDir Path dir) throws Exception {
        copy(ROOT, dir);
        Files.delete(dir.resolve("etc/periodic/daily/apk-upgrade"));
        assertThat(byRule(scan(dir)).get("BW-HOST-110")).isEqualTo("FAIL apk: installed, not set to install updates, not scheduled");
    }

    @Test
    void withoutASyslogServiceAlpineSaysSoInsteadOfNamingJournald(@TempDir Path dir) throws Exception {
        copy(ROOT, dir);
        Files.delete(dir.resolve("etc/runlevels/boot/syslog"));
        assertThat(byRule(scan(dir)).get("BW-HOST-131")).isEqualTo("FAIL no syslog daemon is enabled (neither the syslog nor the rsyslog OpenRC service)");
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isSymbolicLink(f)) Files.createSymbolicLink(target, Files.readSymbolicLink(f));
                else if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
