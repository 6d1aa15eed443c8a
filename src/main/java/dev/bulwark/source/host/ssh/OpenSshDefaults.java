package dev.bulwark.source.host.ssh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What sshd uses for a checked keyword the configuration leaves out, by OpenSSH version (from
 * sshd_config(5) of each release and {@code sshd -T} of 9.2). The algorithm lists are upstream's;
 * distributions that patch them (RHEL's crypto policies) set them through an included file instead.
 */
final class OpenSshDefaults {
    private OpenSshDefaults() {}

    static final List<String> CHECKED = List.of("permitrootlogin", "passwordauthentication", "kbdinteractiveauthentication",
            "authenticationmethods", "permitemptypasswords", "ciphers", "macs", "kexalgorithms", "hostkeyalgorithms",
            "x11forwarding", "maxauthtries", "loglevel");

    static Map<String, String> of(OpenSshVersion v) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("permitrootlogin", v.atLeast(7, 0) ? "prohibit-password" : "yes");
        d.put("passwordauthentication", "yes");
        d.put("kbdinteractiveauthentication", "yes");
        d.put("authenticationmethods", "any");
        d.put("permitemptypasswords", "no");
        d.put("ciphers", "chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com");
        d.put("macs", "umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,"
                + "hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1");
        List<String> kex = new ArrayList<>();
        if (v.atLeast(9, 9)) kex.add("mlkem768x25519-sha256");
        if (v.atLeast(8, 5)) kex.addAll(List.of("sntrup761x25519-sha512", "sntrup761x25519-sha512@openssh.com"));
        kex.addAll(List.of("curve25519-sha256", "curve25519-sha256@libssh.org", "ecdh-sha2-nistp256", "ecdh-sha2-nistp384",
                "ecdh-sha2-nistp521", "diffie-hellman-group-exchange-sha256", "diffie-hellman-group16-sha512",
                "diffie-hellman-group18-sha512", "diffie-hellman-group14-sha256"));
        if (!v.atLeast(8, 2)) kex.add("diffie-hellman-group14-sha1");
        d.put("kexalgorithms", String.join(",", kex));
        List<String> hostKeys = new ArrayList<>(List.of("ssh-ed25519-cert-v01@openssh.com", "ecdsa-sha2-nistp256-cert-v01@openssh.com",
                "ecdsa-sha2-nistp384-cert-v01@openssh.com", "ecdsa-sha2-nistp521-cert-v01@openssh.com",
                "sk-ssh-ed25519-cert-v01@openssh.com", "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
                "rsa-sha2-512-cert-v01@openssh.com", "rsa-sha2-256-cert-v01@openssh.com"));
        if (!v.atLeast(8, 8)) hostKeys.add("ssh-rsa-cert-v01@openssh.com");
        hostKeys.addAll(List.of("ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
                "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com", "rsa-sha2-512", "rsa-sha2-256"));
        if (!v.atLeast(8, 8)) hostKeys.add("ssh-rsa");
        d.put("hostkeyalgorithms", String.join(",", hostKeys));
        d.put("x11forwarding", "no");
        d.put("maxauthtries", "6");
        d.put("loglevel", "INFO");
        return d;
    }
}
