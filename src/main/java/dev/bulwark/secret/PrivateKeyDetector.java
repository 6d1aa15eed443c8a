package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * Private keys in PEM form (RFC 7468: {@code -----BEGIN RSA PRIVATE KEY-----}, {@code EC},
 * {@code DSA}, PKCS #8 {@code PRIVATE KEY} and {@code ENCRYPTED PRIVATE KEY}), OpenSSH's own
 * {@code OPENSSH PRIVATE KEY} block (PROTOCOL.key in OpenSSH's sources) and OpenPGP's
 * {@code PGP PRIVATE KEY BLOCK} (RFC 4880 section 6.2). A header alone is not a key: the block must
 * have a base64 body of at least {@value #MIN_BODY} characters and its matching END line. The body
 * may be indented (YAML), wrapped in escaped line breaks ({@code \n} inside a JSON or HCL string) or
 * preceded by RFC 1421 header lines ({@code Proc-Type:}, {@code DEK-Info:}, PGP's {@code Version:}).
 * An encrypted key is reported too: its passphrase tends to sit next to it.
 *
 * <p>The secret value is the body's base64 characters alone, so the fingerprint stays the same
 * whether the key is written with line breaks, indented in YAML or escaped in JSON.
 */
final class PrivateKeyDetector implements Detector {
    static final int MIN_BODY = 64;
    private static final int MAX_LABEL = 40;
    private static final int MAX_BLOCK = 64 * 1024;
    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";

    @Override
    public List<String> anchors() {
        return List.of(BEGIN);
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        int labelStart = at + BEGIN.length();
        int labelLength = Chars.run(text, labelStart, MAX_LABEL, c -> Chars.upper(c) || Chars.digit(c) || c == ' ');
        String label = text.subSequence(labelStart, labelStart + labelLength).toString();
        if (!(label.endsWith("PRIVATE KEY") || label.equals("PGP PRIVATE KEY BLOCK"))) return;
        int i = labelStart + labelLength;
        if (!Chars.startsWith(text, i, DASHES)) return;
        i += DASHES.length();
        String end = "-----END " + label + DASHES;
        StringBuilder body = new StringBuilder();
        int limit = Math.min(text.length(), at + MAX_BLOCK);
        boolean lineStart = false;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
                i++;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '\\' && (Chars.at(text, i + 1) == 'n' || Chars.at(text, i + 1) == 'r')) {
                lineStart = true;
                i += 2;
            } else if (c == '-') {
                if (!Chars.startsWith(text, i, end)) return;
                i += end.length();
                break;
            } else if (lineStart && headerLine(text, i)) {
                i = skipHeader(text, i, limit);
            } else if (Chars.base64(c) || c == '=') {
                body.append(c);
                lineStart = false;
                i++;
            } else {
                return;
            }
        }
        if (i >= limit && !Chars.startsWith(text, i - end.length(), end)) return;
        if (body.length() < MIN_BODY || distinct(body) < 10) return;
        String what = label.equals("PGP PRIVATE KEY BLOCK") ? "OpenPGP private key block" : label.replace("PRIVATE KEY", "private key").strip()
                + " block";
        out.accept(Candidate.of(SecretFamily.PRIVATE_KEY, at, i, body.toString(), what));
    }

    /** An RFC 1421 / RFC 4880 armor header: a name of letters and dashes, a colon and a space. */
    private static boolean headerLine(CharSequence text, int i) {
        int name = Chars.run(text, i, 20, c -> Chars.alnum(c) || c == '-');
        return name > 0 && Chars.at(text, i + name) == ':' && Chars.at(text, i + name + 1) == ' ';
    }

    private static int skipHeader(CharSequence text, int i, int limit) {
        while (i < limit && text.charAt(i) != '\n' && !(text.charAt(i) == '\\' && Chars.at(text, i + 1) == 'n')) i++;
        return i;
    }

    private static int distinct(CharSequence s) {
        return (int) s.chars().distinct().count();
    }
}
