package dev.bulwark.secret;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GitHubTokenDetectorTest {
    private final Fakes fakes = new Fakes(3);
    private final SecretScanner scanner = SecretScanner.standard();

    @ParameterizedTest
    @ValueSource(strings = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"})
    void findsAClassicTokenWhoseChecksumHolds(String prefix) {
        String token = fakes.githubToken(prefix);
        assertThat(scanner.scan("GITHUB_TOKEN=" + token + "\n")).singleElement().satisfies(m -> {
            assertThat(m.family()).isEqualTo(SecretFamily.GITHUB_TOKEN);
            assertThat(m.secret().unsafeValue()).isEqualTo(token);
            assertThat(m.column()).isEqualTo(14);
            assertThat(m.redacted()).isEqualTo(prefix + "…(40 chars)");
        });
    }

    @Test
    void theChecksumIsTheBase62Crc32OfTheRandomPart() {
        // Worked out here independently: java.util.zip.CRC32 over the bytes, base62 digits 0-9A-Za-z, six of them
        for (int i = 0; i < 50; i++) {
            String random = fakes.chars(Fakes.BASE62, 30);
            assertThat(GitHubTokenDetector.checksum(random)).isEqualTo(base62(crc(random)));
        }
        // A small CRC pads with leading zeros to six characters
        assertThat(base62(61)).isEqualTo("00000z");
    }

    @Test
    void aWrongChecksumIsNotAToken() {
        String token = fakes.githubToken("ghp_");
        char last = token.charAt(token.length() - 1);
        String wrong = token.substring(0, token.length() - 1) + (last == 'a' ? 'b' : 'a');
        assertThat(scanner.scan(wrong)).isEmpty();
    }

    @Test
    void nearMissesAreNotTokens() {
        String token = fakes.githubToken("ghp_");
        assertThat(scanner.scan(token.substring(0, 39))).isEmpty();                 // too short
        assertThat(scanner.scan(token + "A")).isEmpty();                            // too long
        assertThat(scanner.scan("xghp_" + token.substring(4))).isEmpty();           // inside a word
        assertThat(scanner.scan("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")).isEmpty();
        assertThat(scanner.scan("token: ghp_<your-token>")).isEmpty();
        assertThat(scanner.scan("${{ secrets.GITHUB_TOKEN }}")).isEmpty();
    }

    @Test
    void findsAFineGrainedToken() {
        String token = "github_pat_" + fakes.chars(Fakes.BASE62, 22) + "_" + fakes.chars(Fakes.BASE62, 59);
        assertThat(scanner.scan("gh auth login --with-token " + token)).singleElement()
                .satisfies(m -> assertThat(m.detail()).isEqualTo("GitHub fine-grained personal access token"));
        assertThat(scanner.scan(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(scanner.scan("github_pat_XXXXXXXXXXXXXXXXXXXXXX_" + "X".repeat(59))).isEmpty();
    }

    private static long crc(String s) {
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        c.update(s.getBytes());
        return c.getValue();
    }

    private static String base62(long v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.insert(0, Fakes.BASE62.charAt((int) (v % 62)));
            v /= 62;
        }
        return b.toString();
    }
}
