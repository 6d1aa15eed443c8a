package dev.bulwark.secret;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateKeyDetectorTest {
    private final Fakes fakes = new Fakes(2);
    private final SecretScanner scanner = SecretScanner.standard();

    @ParameterizedTest
    @ValueSource(strings = {"RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY",
            "OPENSSH PRIVATE KEY", "PGP PRIVATE KEY BLOCK"})
    void findsEachKindOfBlockCoveringItFromBeginToEnd(String label) {
        String pem = fakes.pem(label, 600);
        String text = "key: |\n" + pem + "other: 1\n";
        List<SecretMatch> found = scanner.scan(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.family()).isEqualTo(SecretFamily.PRIVATE_KEY);
            assertThat(text.substring(m.start(), m.end())).isEqualTo(pem.strip());
            assertThat(m.line()).isEqualTo(2);
            assertThat(m.column()).isEqualTo(1);
        });
    }

    @Test
    void theFingerprintIsTheSameIndentedInYamlOrEscapedInJson() {
        String pem = fakes.pem("RSA PRIVATE KEY", 900);
        String yaml = "tls:\n  key: |\n" + pem.indent(4);
        String json = "{\"private_key\": \"" + pem.replace("\n", "\\n") + "\"}";
        SecretMatch plain = scanner.scan(pem).get(0);
        assertThat(scanner.scan(yaml)).singleElement().satisfies(m -> assertThat(m.fingerprint()).isEqualTo(plain.fingerprint()));
        assertThat(scanner.scan(json)).singleElement().satisfies(m -> assertThat(m.fingerprint()).isEqualTo(plain.fingerprint()));
    }

    @Test
    void headerLinesOfALegacyEncryptedKeyAreSkipped() {
        String pem = fakes.pem("RSA PRIVATE KEY", 600).replace("-----\n", "-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0123456789ABCDEF\n\n");
        assertThat(scanner.scan(pem)).hasSize(1);
    }

    @Test
    void headersWithoutABodyPublicKeysAndPlaceholdersAreNotKeys() {
        assertThat(scanner.scan("-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----")).isEmpty();
        assertThat(scanner.scan("if line.startswith('-----BEGIN RSA PRIVATE KEY-----'):")).isEmpty();
        assertThat(scanner.scan("-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----")).isEmpty();
        assertThat(scanner.scan("-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----")).isEmpty();
        assertThat(scanner.scan("-----BEGIN PRIVATE KEY-----\n" + "A".repeat(200) + "\n-----END PRIVATE KEY-----")).isEmpty();
        assertThat(scanner.scan(fakes.pem("PUBLIC KEY", 300))).isEmpty();
        assertThat(scanner.scan(fakes.pem("CERTIFICATE", 600))).isEmpty();
        // An END line of another label does not close the block
        assertThat(scanner.scan(fakes.pem("RSA PRIVATE KEY", 600).replace("END RSA", "END EC"))).isEmpty();
        // Cut off before its END line
        String pem = fakes.pem("EC PRIVATE KEY", 300);
        assertThat(scanner.scan(pem.substring(0, pem.indexOf("-----END")))).isEmpty();
    }

    @Test
    void bytesOfAFileGiveByteOffsetsAndColumns() {
        String pem = fakes.pem("OPENSSH PRIVATE KEY", 400);
        byte[] bytes = ("# clé\n  " + pem).getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(bytes)).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(2);
            assertThat(m.column()).isEqualTo(3);
            assertThat(m.start()).isEqualTo("# clé\n  ".getBytes(StandardCharsets.UTF_8).length);
        });
    }
}
