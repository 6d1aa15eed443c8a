package dev.bulwark.source.host.ssh;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Algorithms current hardening guidance (CIS benchmarks, Mozilla's OpenSSH guideline, NIST SP 800-131A)
 * rejects: CBC and RC4 ciphers and 3DES; MD5, SHA-1, RIPEMD and 64-bit-tag MACs; SHA-1 and 1024-bit
 * group key exchange; SHA-1 RSA and DSA host key signatures.
 */
final class WeakAlgorithms {
    private WeakAlgorithms() {}

    private static final Pattern CIPHERS = Pattern.compile("(?i).*(-cbc(@.*)?|arcfour.*|^3des.*|rijndael.*)");
    private static final Pattern MACS = Pattern.compile("(?i)(hmac-md5.*|hmac-sha1.*|hmac-ripemd160.*|umac-64.*)");
    private static final Pattern KEX = Pattern.compile("(?i)(.*-sha1(@.*)?|diffie-hellman-group1-.*|gss-.*-sha1-.*)");
    private static final Pattern HOST_KEYS = Pattern.compile("(?i)(ssh-rsa|ssh-dss|ssh-rsa-cert-v01@openssh\\.com|ssh-dss-cert-v01@openssh\\.com)");

    static List<String> ciphers(List<String> l) {
        return l.stream().filter(a -> CIPHERS.matcher(a).matches()).toList();
    }

    static List<String> macs(List<String> l) {
        return l.stream().filter(a -> MACS.matcher(a).matches()).toList();
    }

    static List<String> kex(List<String> l) {
        return l.stream().filter(a -> KEX.matcher(a).matches()).toList();
    }

    static List<String> hostKeys(List<String> l) {
        return l.stream().filter(a -> HOST_KEYS.matcher(a).matches()).toList();
    }
}
