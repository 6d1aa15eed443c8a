package dev.bulwark.secret;

import java.util.Base64;
import java.util.Random;

/**
 * Made-up credentials with the right shape (and checksum, where the format has one), generated for
 * each test from a seed: never real keys.
 */
final class Fakes {
    static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static final String HEX = "0123456789abcdef";

    private final Random random;

    Fakes(long seed) {
        random = new Random(seed);
    }

    String chars(String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }

    String awsKeyId() {
        return "AKIA" + chars(BASE32, 16);
    }

    /** 40 base64 characters with upper, lower and a digit, as a secret access key has. */
    String awsSecret() {
        return chars(BASE64, 37) + "a7Q";
    }

    /** A PEM block with a random base64 body wrapped at 64 characters. */
    String pem(String label, int bodyBytes) {
        byte[] body = new byte[bodyBytes];
        random.nextBytes(body);
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(body);
        return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
    }

    /** A classic GitHub token with a valid CRC32 base62 checksum. */
    String githubToken(String prefix) {
        String random = chars(BASE62, 30);
        return prefix + random + GitHubTokenDetector.checksum(random);
    }

    static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A JWT with the given header algorithm and a random signature of {@code signatureChars} characters. */
    String jwt(String alg, int signatureChars) {
        return base64Url("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + base64Url("{\"sub\":\"svc-" + chars(HEX, 6) + "\",\"iat\":1700000000}")
                + "." + chars(BASE62 + "-_", signatureChars);
    }

    String guid() {
        return chars(HEX, 8) + "-" + chars(HEX, 4) + "-" + chars(HEX, 4) + "-" + chars(HEX, 4) + "-" + chars(HEX, 12);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
