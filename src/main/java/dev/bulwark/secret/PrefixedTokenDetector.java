package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * Tokens that are a published literal prefix followed by a run of characters of one alphabet, of a
 * length within a range, standing alone (no token character right before the prefix or right after
 * the run). A run of filler ({@code xxxx…}, one repeated character) is a placeholder, not a token.
 */
final class PrefixedTokenDetector implements Detector {
    private final SecretFamily family;
    private final List<String> prefixes;
    private final Chars.CharClass body;
    private final int min;
    private final int max;
    private final String what;

    PrefixedTokenDetector(SecretFamily family, List<String> prefixes, Chars.CharClass body, int min, int max, String what) {
        this.family = family;
        this.prefixes = List.copyOf(prefixes);
        this.body = body;
        this.min = min;
        this.max = max;
        this.what = what;
    }

    /**
     * Google API keys: {@code AIza} and 35 characters of {@code A-Za-z0-9_-} (39 in all), the shape
     * Google's API key documentation shows.
     */
    static PrefixedTokenDetector googleApiKey() {
        return new PrefixedTokenDetector(SecretFamily.GOOGLE_API_KEY, List.of("AIza"), Chars::base64Url, 35, 35, "Google API key");
    }

    /** Google OAuth client secrets since 2021: {@code GOCSPX-} and 28 characters of {@code A-Za-z0-9_-}. */
    static PrefixedTokenDetector googleOAuthClientSecret() {
        return new PrefixedTokenDetector(SecretFamily.GOOGLE_OAUTH_CLIENT_SECRET, List.of("GOCSPX-"), Chars::base64Url, 28, 28,
                "Google OAuth client secret");
    }

    /**
     * Stripe live secret keys ({@code sk_live_}) and restricted keys ({@code rk_live_}): the prefix
     * and at least 24 alphanumerics (current keys are far longer), per Stripe's API keys page. Test
     * keys ({@code sk_test_}) give no access to live data and are not reported.
     */
    static PrefixedTokenDetector stripe() {
        return new PrefixedTokenDetector(SecretFamily.STRIPE_KEY, List.of("sk_live_", "rk_live_"), Chars::alnum, 24, 247,
                "Stripe live-mode key");
    }

    @Override
    public List<String> anchors() {
        return prefixes;
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        if (Chars.base64Url(Chars.at(text, at - 1))) return;
        int from = at + anchor.length();
        int n = Chars.run(text, from, max + 1, body);
        if (n < min || n > max || body.test(Chars.at(text, from + n))) return;
        String run = text.subSequence(from, from + n).toString();
        if (Placeholders.filler(run)) return;
        out.accept(Candidate.of(family, at, from + n, text.subSequence(at, from + n).toString(), what));
    }
}
