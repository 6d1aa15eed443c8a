package dev.bulwark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class HostCommandTest {
    /** The scanner on this machine, live: it completes and reports the SSH and kernel sections. */
    @Test
    void liveScanCompletesWithSshAndSysctlResults() {
        long t0 = System.nanoTime();
        CliRunner.Result r = CliRunner.run("host", "--format", "json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).contains("\"address\" : \"host:sysctl\"").contains("\"rule\" : \"BW-HOST-030\"")
                .contains("\"address\" : \"host:sshd\"").contains("\"rule\" : \"BW-HOST-010\"");
        assertThat(ms).as("live scan in-process").isLessThan(10_000);
    }

    @Test
    void aRootThatIsNotALinuxTreeIsAnInputError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.tf"), "");
        CliRunner.Result r = CliRunner.run("host", "--root", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is not a Linux root file system");
    }

    @Test
    void unreadableAndMalformedFilesAreProblemsAndTheRestIsStillChecked(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("etc/ssh"));
        Files.createDirectories(dir.resolve("etc/sysctl.d"));
        Files.writeString(dir.resolve("etc/os-release"), "ID=debian\nVERSION_ID=12\n");
        Files.writeString(dir.resolve("etc/ssh/sshd_config"), "PermitRootLogin no\nBanner \"unterminated\nMatch Nonsense x\n");
        Path secret = Files.writeString(dir.resolve("etc/sysctl.d/10-secret.conf"), "net.ipv4.ip_forward = 1\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.writeString(dir.resolve("etc/sysctl.d/20-bad.conf"), "this is not an assignment\n");
        CliRunner.Result r = CliRunner.run("host", "--root", dir.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("unterminated quote").contains("unsupported criterion Nonsense")
                .contains("not a sysctl assignment").contains("\"rule\" : \"BW-HOST-010\"").contains("\"rule\" : \"BW-HOST-035\"");
        if (!Files.isReadable(secret)) assertThat(r.out()).contains("cannot read /etc/sysctl.d/10-secret.conf: permission denied");
    }

    /** An absolute symbolic link in an image points into the image, never at the scanning machine's files. */
    @Test
    void absoluteLinksStayInsideTheRoot(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("etc/ssh"));
        Files.createDirectories(dir.resolve("usr/share/ssh"));
        Files.writeString(dir.resolve("etc/os-release"), "ID=debian\nVERSION_ID=12\n");
        Files.writeString(dir.resolve("usr/share/ssh/sshd_config"), "PermitRootLogin no\n");
        Files.createSymbolicLink(dir.resolve("etc/ssh/sshd_config"), Path.of("/usr/share/ssh/sshd_config"));
        CliRunner.Result r = CliRunner.run("host", "--root", dir.toString(), "--check", "BW-HOST-010", "--format", "json");
        assertThat(r.out()).contains("\"status\" : \"PASS\"").doesNotContain("\"status\" : \"FAIL\"");
    }
}
