package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * Azure Storage credentials (Microsoft Learn, "Configure a connection string for an Azure storage
 * account" and "Grant limited access with shared access signatures").
 * <ul>
 *   <li>An account key in a connection string: {@code AccountKey=} and 88 base64 characters (a 64-byte
 *       key, so it ends in {@code ==}).</li>
 *   <li>A shared access signature: {@code sig=} with the URL-encoded base64 of a 32-byte HMAC-SHA256
 *       (44 characters ending in {@code =} once decoded), in a query string that also has a signed
 *       version {@code sv=}.</li>
 * </ul>
 */
final class AzureDetector implements Detector {
    private static final String ACCOUNT_KEY = "AccountKey=";
    private static final String SIG = "sig=";
    private static final int KEY_LENGTH = 88;
    private static final int QUERY_LOOKBACK = 1024;

    @Override
    public List<String> anchors() {
        return List.of(ACCOUNT_KEY, SIG);
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        if (anchor.equals(ACCOUNT_KEY)) accountKey(text, at, out);
        else sas(text, at, out);
    }

    private static void accountKey(CharSequence text, int at, Consumer<Candidate> out) {
        int from = at + ACCOUNT_KEY.length();
        int n = Chars.run(text, from, KEY_LENGTH + 1, c -> Chars.base64(c) || c == '=');
        if (n != KEY_LENGTH || text.charAt(from + KEY_LENGTH - 1) != '=' || text.charAt(from + KEY_LENGTH - 2) != '=') return;
        if (Placeholders.filler(text.subSequence(from, from + KEY_LENGTH - 2))) return;
        out.accept(Candidate.of(SecretFamily.AZURE_STORAGE_KEY, from, from + KEY_LENGTH, text.subSequence(from, from + KEY_LENGTH).toString(),
                "Azure storage account key in a connection string"));
    }

    private static void sas(CharSequence text, int at, Consumer<Candidate> out) {
        char before = Chars.at(text, at - 1);
        if (before != '?' && before != '&' && before != ';' && before != '"' && before != '\'' && !Character.isWhitespace(before)) return;
        int from = at + SIG.length();
        int n = Chars.run(text, from, 200, c -> Chars.base64(c) || c == '%' || c == '=');
        String raw = text.subSequence(from, from + n).toString();
        String decoded = raw.replace("%2B", "+").replace("%2b", "+").replace("%2F", "/").replace("%2f", "/").replace("%3D", "=").replace("%3d", "=");
        if (decoded.length() != 44 || !decoded.endsWith("=") || decoded.indexOf('%') >= 0) return;
        for (int i = 0; i < 43; i++) if (!Chars.base64(decoded.charAt(i))) return;
        if (Placeholders.filler(decoded.substring(0, 43)) || !signedVersionNearby(text, at)) return;
        out.accept(Candidate.of(SecretFamily.AZURE_SAS_TOKEN, from, from + n, decoded, "Azure shared access signature"));
    }

    /** Whether the query string holding the signature at {@code at} has an {@code sv=} parameter, before or after it. */
    private static boolean signedVersionNearby(CharSequence text, int at) {
        int i = at - 1;
        int stop = Math.max(0, at - QUERY_LOOKBACK);
        while (i >= stop && !queryEnd(text.charAt(i))) i--;
        int from = i + 1;
        int to = at;
        int limit = Math.min(text.length(), at + QUERY_LOOKBACK);
        while (to < limit && !queryEnd(text.charAt(to))) to++;
        for (int j = from; j + 3 < to; j++) {
            if (Chars.startsWith(text, j, "sv=") && (j == from || "?&;".indexOf(text.charAt(j - 1)) >= 0) && Chars.digit(Chars.at(text, j + 3))) return true;
        }
        return false;
    }

    private static boolean queryEnd(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>';
    }
}
