package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * GitHub tokens. Classic ones ({@code ghp_} personal, {@code gho_} OAuth, {@code ghu_} App
 * user-to-server, {@code ghs_} App server-to-server, {@code ghr_} refresh) are the prefix, 30 random
 * base62 characters and a 6-character checksum: the CRC32 of those 30 characters written in base62
 * ({@code 0-9A-Za-z}) and padded with zeros on the left, as GitHub's "Behind GitHub's new
 * authentication token formats" (2021) describes. A string whose checksum does not hold is not a
 * token and is not reported. Fine-grained personal access tokens are {@code github_pat_}, 22
 * characters, an underscore and 59 characters (shape only: their checksum is not published).
 */
final class GitHubTokenDetector implements Detector {
    static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM = 30;
    private static final int CHECKSUM = 6;
    private static final String FINE_GRAINED = "github_pat_";

    @Override
    public List<String> anchors() {
        return List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", FINE_GRAINED);
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        if (Chars.base64Url(Chars.at(text, at - 1))) return;
        if (anchor.equals(FINE_GRAINED)) {
            fineGrained(text, at, out);
            return;
        }
        int body = at + anchor.length();
        if (Chars.run(text, body, RANDOM + CHECKSUM, Chars::alnum) != RANDOM + CHECKSUM) return;
        if (Chars.base64Url(Chars.at(text, body + RANDOM + CHECKSUM))) return;
        String random = text.subSequence(body, body + RANDOM).toString();
        String checksum = text.subSequence(body + RANDOM, body + RANDOM + CHECKSUM).toString();
        if (!checksum(random).equals(checksum)) return;
        int end = body + RANDOM + CHECKSUM;
        out.accept(Candidate.of(SecretFamily.GITHUB_TOKEN, at, end, text.subSequence(at, end).toString(), kind(anchor)));
    }

    private static void fineGrained(CharSequence text, int at, Consumer<Candidate> out) {
        int first = at + FINE_GRAINED.length();
        if (Chars.run(text, first, 22, Chars::alnum) != 22 || Chars.at(text, first + 22) != '_') return;
        int second = first + 23;
        if (Chars.run(text, second, 60, Chars::alnum) != 59 || Chars.base64Url(Chars.at(text, second + 59))) return;
        String token = text.subSequence(at, second + 59).toString();
        if (Placeholders.filler(token.substring(FINE_GRAINED.length()))) return;
        out.accept(Candidate.of(SecretFamily.GITHUB_TOKEN, at, second + 59, token, "GitHub fine-grained personal access token"));
    }

    /** The 6-character base62 CRC32 of a classic token's random part. */
    static String checksum(String random) {
        CRC32 crc = new CRC32();
        for (int i = 0; i < random.length(); i++) crc.update(random.charAt(i));
        long v = crc.getValue();
        char[] out = new char[CHECKSUM];
        for (int i = CHECKSUM - 1; i >= 0; i--) {
            out[i] = BASE62.charAt((int) (v % 62));
            v /= 62;
        }
        return new String(out);
    }

    private static String kind(String prefix) {
        return switch (prefix) {
            case "ghp_" -> "GitHub personal access token";
            case "gho_" -> "GitHub OAuth access token";
            case "ghu_" -> "GitHub App user-to-server token";
            case "ghs_" -> "GitHub App server-to-server token";
            default -> "GitHub refresh token";
        };
    }
}
