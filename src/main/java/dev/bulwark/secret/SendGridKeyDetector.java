package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * SendGrid API keys: {@code SG.}, 22 characters, a dot and 43 characters, both parts base64url
 * ({@code A-Za-z0-9_-}): 69 characters in all, the shape SendGrid's API key page shows.
 */
final class SendGridKeyDetector implements Detector {
    @Override
    public List<String> anchors() {
        return List.of("SG.");
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        if (Chars.base64Url(Chars.at(text, at - 1))) return;
        int first = at + 3;
        if (Chars.run(text, first, 23, Chars::base64Url) != 22 || Chars.at(text, first + 22) != '.') return;
        int second = first + 23;
        if (Chars.run(text, second, 44, Chars::base64Url) != 43 || Chars.base64Url(Chars.at(text, second + 43))) return;
        if (Placeholders.filler(text.subSequence(second, second + 43))) return;
        out.accept(Candidate.of(SecretFamily.SENDGRID_KEY, at, second + 43, text.subSequence(at, second + 43).toString(), "SendGrid API key"));
    }
}
