package dev.bulwark.secret;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionAndFingerprintTest {
    @Test
    void showsFourCharactersAndTheLengthOfALongValue() {
        assertThat(Redaction.redact("AKIAIOSFODNN7EXAMPLE")).isEqualTo("AKIA…(20 chars)");
    }

    @Test
    void showsAQuarterOfAShortValueSoAShortPasswordIsNotHalfPrinted() {
        assertThat(Redaction.redact("hunter22")).isEqualTo("hu…(8 chars)");
        assertThat(Redaction.redact("abc")).isEqualTo("…(3 chars)");
        assertThat(Redaction.redact("x")).isEqualTo("…(1 char)");
        assertThat(Redaction.redact("0123456789abcde")).isEqualTo("012…(15 chars)");
    }

    @Test
    void controlCharactersNeverReachTheRedactedForm() {
        assertThat(Redaction.redact("\n\tab" + "c".repeat(20))).isEqualTo("??ab…(24 chars)");
    }

    @Test
    void theFingerprintIsAStableSaltedTruncatedSha256() {
        // Fixed value: the format is version 1; changing the salt or length must change this test
        assertThat(Fingerprint.of("AKIAIOSFODNN7EXAMPLE")).isEqualTo(expected("AKIAIOSFODNN7EXAMPLE"));
        assertThat(Fingerprint.of("AKIAIOSFODNN7EXAMPLE")).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(Fingerprint.isFingerprint(Fingerprint.of("x"))).isTrue();
        assertThat(Fingerprint.isFingerprint("AKIAIOSFODNN7EXA")).isFalse();
    }

    @Test
    void theFingerprintIsNotThePlainHashOfTheSecret() throws Exception {
        String plain = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("password123".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(plain).doesNotStartWith(Fingerprint.of("password123"));
    }

    @Test
    void noPublicObjectPrintsTheRawValue() {
        String secret = "AKIA" + "QWERTYUIOPASDFGH";
        SecretValue v = SecretValue.of(SecretFamily.AWS_ACCESS_KEY, secret);
        SecretMatch m = new SecretMatch(v, 0, 20, 1, 1, "AWS access key id");
        assertThat(v.toString()).doesNotContain(secret).contains("AKIA…(20 chars)").contains(v.fingerprint());
        assertThat(m.toString()).doesNotContain(secret).contains("BW-SECRET-001");
        assertThat(v.unsafeValue()).isEqualTo(secret);
    }

    private static String expected(String secret) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update("bulwark-secret-fingerprint-v1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
