package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * Twilio credentials: an account SID ({@code AC}) or API key SID ({@code SK}) — the two letters and
 * 32 lower-case hex characters, per Twilio's API keys and auth token documentation — with its secret
 * within {@value #PARTNER_LINES} lines: a 32-character auth token (hex) or API key secret
 * (alphanumeric) on a line that names it (token, secret, auth, key or password). A SID alone is an
 * identifier, not a secret, and is not reported. The secret is the match's value (its fingerprint
 * names the pair).
 */
final class TwilioDetector implements Detector {
    static final int PARTNER_LINES = 3;
    private static final int SID_HEX = 32;
    private static final List<String> CONTEXT = List.of("token", "secret", "auth", "key", "password");

    @Override
    public List<String> anchors() {
        return List.of("AC", "SK");
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        if (Chars.alnum(Chars.at(text, at - 1))) return;
        if (Chars.run(text, at + 2, SID_HEX + 1, Chars::lowerHex) != SID_HEX || Chars.alnum(Chars.at(text, at + 2 + SID_HEX))) return;
        int from = Chars.lineStartBefore(text, at, PARTNER_LINES);
        int to = Chars.lineEndAfter(text, at, PARTNER_LINES);
        int best = -1;
        for (int i = from; i < to; ) {
            if (!Chars.alnum(text.charAt(i))) {
                i++;
                continue;
            }
            int run = Chars.run(text, i, to - i, Chars::alnum);
            if (run == 32 && i != at + 2 && mixed(text, i) && namedOnItsLine(text, i)
                    && (best < 0 || Math.abs(i - at) < Math.abs(best - at))) {
                best = i;
            }
            i += run;
        }
        if (best < 0) return;
        String what = anchor.equals("AC") ? "Twilio account SID with its auth token" : "Twilio API key SID with its secret";
        out.accept(new Candidate(SecretFamily.TWILIO_CREDENTIAL, at, at + 2 + SID_HEX, text.subSequence(best, best + 32).toString(), what, best));
    }

    /** Not filler: digits and letters both, as a random hex or alphanumeric secret has. */
    private static boolean mixed(CharSequence text, int from) {
        CharSequence s = text.subSequence(from, from + 32);
        return !Placeholders.filler(s) && s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isLetter);
    }

    private static boolean namedOnItsLine(CharSequence text, int i) {
        int start = Chars.lineStartBefore(text, i, 0);
        int end = Chars.lineEndAfter(text, i, 0);
        for (String word : CONTEXT) if (Chars.containsIgnoreCase(text, start, end, word)) return true;
        return false;
    }
}
