package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * AWS access key ids: {@code AKIA} (an IAM user's long-lived key) or {@code ASIA} (temporary
 * credentials) followed by 16 characters of the base32 alphabet {@code A-Z2-7}, 20 in all, standing
 * alone (no letter or digit either side). The prefixes are documented in the IAM user guide
 * ("Unique identifier prefixes"); the alphabet is observed and matches the id's base32 encoding of
 * the account number. There is no checksum. An id alone is reported: the documentation's own example
 * id is reported too, because example values get replaced by real ones. Only an obvious placeholder
 * ({@code AKIAXXXXXXXXXXXXXXXX}, one repeated character) is not.
 *
 * <p>The secret access key partner is looked for within {@value #PARTNER_LINES} lines either side:
 * 40 characters of base64 ({@code A-Za-z0-9/+}) standing alone, with upper- and lower-case letters
 * and a digit or symbol (which rules out hex digests such as git commit ids). The nearest is named in
 * the match's detail; the fingerprint is that of the key id, so it stays the same whether or not the
 * secret is beside it.
 */
final class AwsAccessKeyDetector implements Detector {
    static final int PARTNER_LINES = 5;
    private static final int ID_LENGTH = 20;
    private static final int SECRET_LENGTH = 40;

    @Override
    public List<String> anchors() {
        return List.of("AKIA", "ASIA");
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        if (Chars.alnum(Chars.at(text, at - 1)) || Chars.alnum(Chars.at(text, at + ID_LENGTH))) return;
        if (Chars.run(text, at + 4, 16, AwsAccessKeyDetector::base32) != 16) return;
        String id = text.subSequence(at, at + ID_LENGTH).toString();
        if (Placeholders.filler(id.substring(4))) return;
        String what = anchor.equals("AKIA") ? "AWS access key id" : "AWS temporary access key id";
        int partner = partner(text, at);
        if (partner < 0) {
            out.accept(Candidate.of(SecretFamily.AWS_ACCESS_KEY, at, at + ID_LENGTH, id, what));
        } else {
            out.accept(new Candidate(SecretFamily.AWS_ACCESS_KEY, at, at + ID_LENGTH, id, what + " with its secret access key", partner));
        }
    }

    private static boolean base32(char c) {
        return Chars.upper(c) || c >= '2' && c <= '7';
    }

    /** Offset of the nearest secret access key around the id at {@code at}, or -1. */
    private static int partner(CharSequence text, int at) {
        int from = Chars.lineStartBefore(text, at, PARTNER_LINES);
        int to = Chars.lineEndAfter(text, at, PARTNER_LINES);
        int best = -1;
        int i = from;
        while (i < to) {
            if (!secretChar(text.charAt(i))) {
                i++;
                continue;
            }
            int run = Chars.run(text, i, to - i, AwsAccessKeyDetector::secretChar);
            // '=' would make it padded base64 of another length: not a secret access key
            if (run == SECRET_LENGTH && Chars.at(text, i + run) != '=' && looksRandom(text, i)
                    && (best < 0 || Math.abs(i - at) < Math.abs(best - at))) {
                best = i;
            }
            i += run;
        }
        return best;
    }

    private static boolean secretChar(char c) {
        return Chars.base64(c);
    }

    private static boolean looksRandom(CharSequence text, int from) {
        boolean upper = false;
        boolean lower = false;
        boolean other = false;
        for (int i = from; i < from + SECRET_LENGTH; i++) {
            char c = text.charAt(i);
            upper |= Chars.upper(c);
            lower |= Chars.lower(c);
            other |= !Chars.upper(c) && !Chars.lower(c);
        }
        return upper && lower && other;
    }
}
