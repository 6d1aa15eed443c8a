package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * Mail service keys.
 * <ul>
 *   <li>Mailgun private API keys of the {@code key-} form: {@code key-} and 32 lower-case hex
 *       characters, reported only when "mailgun" appears within {@value #CONTEXT_LINES} lines (a bare
 *       {@code key-} and hex is too common to be Mailgun's on its own).</li>
 *   <li>Mailchimp Marketing API keys: 32 lower-case hex characters, {@code -us} and the data centre
 *       number ({@code -us6}, {@code -us21}), per Mailchimp's quick-start guide.</li>
 * </ul>
 */
final class MailDetector implements Detector {
    static final int CONTEXT_LINES = 5;
    private static final String MAILGUN = "key-";
    private static final String MAILCHIMP = "-us";

    @Override
    public List<String> anchors() {
        return List.of(MAILGUN, MAILCHIMP);
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        if (anchor.equals(MAILGUN)) mailgun(text, at, out);
        else mailchimp(text, at, out);
    }

    private static void mailgun(CharSequence text, int at, Consumer<Candidate> out) {
        if (Chars.alnum(Chars.at(text, at - 1))) return;
        int from = at + MAILGUN.length();
        if (Chars.run(text, from, 33, Chars::lowerHex) != 32 || Chars.alnum(Chars.at(text, from + 32))) return;
        if (Placeholders.filler(text.subSequence(from, from + 32))) return;
        if (!Chars.containsIgnoreCase(text, Chars.lineStartBefore(text, at, CONTEXT_LINES), Chars.lineEndAfter(text, at, CONTEXT_LINES), "mailgun")) return;
        out.accept(Candidate.of(SecretFamily.MAILGUN_KEY, at, from + 32, text.subSequence(at, from + 32).toString(), "Mailgun API key"));
    }

    private static void mailchimp(CharSequence text, int at, Consumer<Candidate> out) {
        int start = at - 32;
        if (start < 0 || Chars.run(text, start, 32, Chars::lowerHex) != 32 || Chars.alnum(Chars.at(text, start - 1))) return;
        int dc = Chars.run(text, at + 3, 3, Chars::digit);
        if (dc < 1 || dc > 2 || Chars.alnum(Chars.at(text, at + 3 + dc))) return;
        if (Placeholders.filler(text.subSequence(start, at))) return;
        int end = at + 3 + dc;
        out.accept(Candidate.of(SecretFamily.MAILCHIMP_KEY, start, end, text.subSequence(start, end).toString(), "Mailchimp API key"));
    }
}
