package dev.bulwark.secret;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scanner on arbitrary text: it never throws, finds a planted token anywhere, and reports consistent positions. */
class SecretScannerPropertiesTest {
    private final SecretScanner scanner = SecretScanner.standard();

    @Property(tries = 300)
    void neverThrowsOnArbitraryText(@ForAll("noisyText") String text) {
        for (SecretMatch m : scanner.scan(text)) assertConsistent(text, m);
        scanner.scan(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryBytes(@ForAll byte[] bytes) {
        scanner.scan(bytes);
    }

    @Property(tries = 300)
    void findsAPlantedTokenAtAnyOffset(@ForAll("plainText") String before, @ForAll("plainText") String after, @ForAll("token") String token) {
        String text = before + " " + token + "\n" + after;
        List<SecretMatch> found = scanner.scan(text);
        int at = before.length() + 1;
        assertThat(found).anySatisfy(m -> {
            assertThat(m.start()).isEqualTo(at);
            assertThat(m.secret().unsafeValue()).isEqualTo(token);
        });
        for (SecretMatch m : found) assertConsistent(text, m);
    }

    @Property(tries = 100)
    void bytesAndCharactersAgreeOnAsciiText(@ForAll("plainText") String before, @ForAll("token") String token) {
        String text = before + "\n" + token;
        List<SecretMatch> chars = scanner.scan(text);
        List<SecretMatch> bytes = scanner.scan(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(bytes).isEqualTo(chars);
    }

    private static void assertConsistent(String text, SecretMatch m) {
        assertThat(m.start()).isBetween(0, m.end());
        assertThat(m.end()).isLessThanOrEqualTo(text.length());
        String upTo = text.substring(0, m.start());
        int line = (int) upTo.chars().filter(c -> c == '\n').count() + 1;
        assertThat(m.line()).isEqualTo(line);
        assertThat(m.column()).isEqualTo(m.start() - (upTo.lastIndexOf('\n') + 1) + 1);
        assertThat(m.toString()).doesNotContain(m.secret().unsafeValue());
    }

    @Provide
    Arbitrary<String> plainText() {
        // Letters, digits, punctuation and line breaks, but no characters that would join the token to its neighbours
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789,;{}()=\n\t\"'").ofMaxLength(400)
                .map(s -> s.isEmpty() ? s : s + " ");
    }

    @Provide
    Arbitrary<String> noisyText() {
        Arbitrary<String> fragments = Arbitraries.of("AKIA", "ASIA", "ghp_", "github_pat_", "glpat-", "xoxb-", "-----BEGIN ", "PRIVATE KEY-----",
                "-----END ", "://", "@", ":", "sk_live_", "SG.", "AIza", "GOCSPX-", "AccountKey=", "sig=", "sv=2020-01-01&", "eyJ", ".", "-us1",
                "key-", "mailgun", "AC", "SK", "hooks.slack.com/services/", "webhook.office.com/webhookb2/", "\n", "\\n", "==", "é", "\u0000");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
        return Combinators.combine(fragments, noise).as((f, n) -> f + n).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> token() {
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Combinators.combine(seeds, Arbitraries.integers().between(0, 5)).as((seed, kind) -> {
            Fakes f = new Fakes(seed);
            return switch (kind) {
                case 0 -> f.awsKeyId();
                case 1 -> f.githubToken("ghp_");
                case 2 -> "glpat-" + f.chars(Fakes.BASE62, 20);
                case 3 -> "sk_live_" + f.chars(Fakes.BASE62, 32);
                case 4 -> "AIza" + f.chars(Fakes.BASE62, 35);
                default -> "SG." + f.chars(Fakes.BASE62, 22) + "." + f.chars(Fakes.BASE62, 43);
            };
        });
    }
}
