package dev.bulwark.source.host.ssh;

import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostRoot;
import dev.bulwark.source.host.os.Distribution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The effective configuration Bulwark computes, case by case (Include with globs, first value wins,
 * Match blocks and their end at the end of an included file, keyword case, '=', aliases, algorithm
 * list edits), against what this machine's {@code sshd -T -C user=…,host=…,addr=…} prints for the same
 * files. Run as root, sshd -T insists on its privilege separation directory; it runs as nobody then.
 */
class SshdEffectiveAgainstSshdTest {
    private static final Path SSHD = Path.of("/usr/sbin/sshd");

    @TempDir
    static Path dir;

    /** One case: files (the first is the main configuration; "{dir}" stands for the case's directory) and connections. */
    record Case(String name, Map<String, String> files, List<Connection> connections) {}

    static Connection user(String user) {
        return new Connection(user, "client.example", "10.1.2.3", "192.0.2.1", "22");
    }

    static Connection from(String user, String address) {
        return new Connection(user, "client.example", address, "192.0.2.1", "22");
    }

    static List<Case> cases() {
        return List.of(
                new Case("defaults", Map.of("sshd_config", ""), List.of(user("bob"))),
                new Case("first value wins", Map.of("sshd_config", "PermitRootLogin no\nPermitRootLogin yes\nMaxAuthTries 2\nMaxAuthTries 9\n"),
                        List.of(user("bob"))),
                new Case("include glob in lexical order, before later lines", Map.of(
                        "sshd_config", "Include {dir}/conf.d/*.conf\nMaxAuthTries 7\nLogLevel ERROR\n",
                        "conf.d/20-b.conf", "MaxAuthTries 5\nX11Forwarding yes\n",
                        "conf.d/10-a.conf", "MaxAuthTries 3\n",
                        "conf.d/ignored.txt", "LogLevel DEBUG\n"), List.of(user("bob"))),
                new Case("match overrides global for its connections", Map.of(
                        "sshd_config", "PasswordAuthentication yes\nMatch User admin\n  PasswordAuthentication no\n  AuthenticationMethods publickey,password\n"
                                + "Match User admin,ops\n  PasswordAuthentication yes\n  MaxAuthTries 2\n"),
                        List.of(user("admin"), user("ops"), user("bob"))),
                new Case("negated and wildcard patterns", Map.of(
                        "sshd_config", "Match User *,!root\n  PermitEmptyPasswords no\n  X11Forwarding yes\nMatch User r?ot\n  LogLevel VERBOSE\n"),
                        List.of(user("root"), user("alice"))),
                new Case("address blocks", Map.of(
                        "sshd_config", "Match Address 10.0.0.0/8,!10.9.0.0/16\n  PermitRootLogin no\nMatch Address 192.168.*\n  PermitRootLogin yes\n"),
                        List.of(from("bob", "10.1.2.3"), from("bob", "10.9.1.1"), from("bob", "192.168.4.5"))),
                new Case("a match in an included file ends with the file", Map.of(
                        "sshd_config", "Include {dir}/admins.conf\nMaxAuthTries 5\n",
                        "admins.conf", "Match User admin\n  MaxAuthTries 2\n"), List.of(user("admin"), user("bob"))),
                new Case("keyword case, equals sign, quotes and old names", Map.of(
                        "sshd_config", "passwordauthentication=no\nX11FORWARDING yes\nChallengeResponseAuthentication no\n"
                                + "LogLevel = \"verbose\"\nPermitRootLogin without-password\n"), List.of(user("bob"))),
                new Case("algorithm list edits", Map.of(
                        "sshd_config", "Ciphers -aes128*\nMACs +hmac-sha2-512-etm@openssh.com\nKexAlgorithms ^diffie-hellman-group14-sha1\n"
                                + "HostKeyAlgorithms ssh-ed25519,rsa-sha2-512\n"), List.of(user("bob"))));
    }

    @TestFactory
    Stream<DynamicTest> bulwarkComputesWhatSshdPrints() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(SSHD), "OpenSSH's server (/usr/sbin/sshd) is not installed: .ci/run installs openssh-server");
        boolean root = "root".equals(System.getProperty("user.name"));
        Assumptions.assumeTrue(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "running as root, sshd -T needs /run/sshd or setpriv (util-linux) to run as nobody");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path key = dir.resolve("host_ed25519_key");
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
        if (root) {
            UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(key, nobody);
        }
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (Case c : cases()) {
            Path caseDir = Files.createDirectories(dir.resolve("case" + n++));
            Files.setPosixFilePermissions(caseDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path main = null;
            for (Map.Entry<String, String> f : c.files().entrySet()) {
                Path p = caseDir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.setPosixFilePermissions(p.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
                String text = f.getValue().replace("{dir}", caseDir.toString());
                if (f.getKey().equals("sshd_config")) {
                    text = "HostKey " + key + "\n" + text;
                    main = p;
                }
                Files.writeString(p, text, StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Path config = main;
            for (Connection conn : c.connections()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " for " + conn.user() + "@" + conn.address(),
                        () -> assertThat(bulwark(config, conn)).isEqualTo(sshd(config, conn, root))));
            }
        }
        return tests.stream();
    }

    /** What Bulwark computes, read through a root at / so Include paths are the same files sshd reads. */
    private static Map<String, String> bulwark(Path config, Connection conn) {
        HostContext context = new HostContext(HostRoot.offline(Path.of("/")), Distribution.UNKNOWN);
        List<SshdLine> lines = SshdConfigReader.read(context, config.toString()).orElseThrow();
        Map<String, String> defaults = OpenSshDefaults.of(OpenSshVersion.detect(context));
        Map<String, String> out = new LinkedHashMap<>();
        SshdEffective.compute(lines, conn::matches, defaults).forEach((k, v) -> out.put(k, printed(k, v.value())));
        return out;
    }

    /** As sshd -T prints a value: prohibit-password under its old name, lists without spaces. */
    private static String printed(String keyword, String value) {
        if (keyword.equals("permitrootlogin") && value.equals("prohibit-password")) return "without-password";
        return value;
    }

    private static Map<String, String> sshd(Path config, Connection conn, boolean root) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (root) cmd.addAll(List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        cmd.addAll(List.of(SSHD.toString(), "-T", "-f", config.toString(), "-C",
                "user=" + conn.user() + ",host=" + conn.host() + ",addr=" + conn.address() + ",laddr=" + conn.localAddress() + ",lport=" + conn.localPort()));
        String out = run(cmd);
        Map<String, String> printed = new LinkedHashMap<>();
        for (String line : out.lines().toList()) {
            int sp = line.indexOf(' ');
            if (sp > 0) printed.put(line.substring(0, sp), line.substring(sp + 1));
        }
        Map<String, String> checked = new LinkedHashMap<>();
        for (String k : OpenSshDefaults.CHECKED) checked.put(k, printed.get(k));
        return checked;
    }

    private static String run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        assertThat(p.exitValue()).as(cmd + ": " + out).isZero();
        return out;
    }
}
