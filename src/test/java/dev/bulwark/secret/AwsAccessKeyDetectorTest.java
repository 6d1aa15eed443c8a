package dev.bulwark.secret;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AwsAccessKeyDetectorTest {
    private final Fakes fakes = new Fakes(1);
    private final SecretScanner scanner = SecretScanner.standard();

    @Test
    void findsAKeyIdWithItsSecretAccessKeyAndNamesTheSecretsLine() {
        String id = fakes.awsKeyId();
        String text = "provider \"aws\" {\n  region     = \"eu-west-1\"\n  access_key = \"" + id + "\"\n  secret_key = \""
                + fakes.awsSecret() + "\"\n}\n";
        List<SecretMatch> found = scanner.scan(text);
        assertThat(found).hasSize(1);
        SecretMatch m = found.get(0);
        assertThat(m.family()).isEqualTo(SecretFamily.AWS_ACCESS_KEY);
        assertThat(m.ruleId()).isEqualTo("BW-SECRET-001");
        assertThat(m.secret().unsafeValue()).isEqualTo(id);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(id);
        assertThat(m.line()).isEqualTo(3);
        assertThat(m.column()).isEqualTo(text.split("\n")[2].indexOf(id) + 1);
        assertThat(m.detail()).isEqualTo("AWS access key id with its secret access key on line 4");
        assertThat(m.redacted()).isEqualTo("AKIA…(20 chars)");
    }

    @Test
    void reportsTheDocumentedExampleKeyBecauseExampleValuesGetReplacedByRealOnes() {
        List<SecretMatch> found = scanner.scan("environment {\n variables = { AWS_ACCESS_KEY_ID = \"AKIAIOSFODNN7EXAMPLE\",\n"
                + " AWS_SECRET_ACCESS_KEY = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\" }\n}");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.secret().unsafeValue()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
            assertThat(m.detail()).endsWith("on line 3");
        });
    }

    @Test
    void aTemporaryKeyIdAloneIsReportedWithoutAPartner() {
        String id = "ASIA" + fakes.chars(Fakes.BASE32, 16);
        assertThat(scanner.scan("export AWS_ACCESS_KEY_ID=" + id + "\n"))
                .singleElement().satisfies(m -> assertThat(m.detail()).isEqualTo("AWS temporary access key id"));
    }

    @Test
    void aSecretFartherThanFiveLinesAwayIsNotItsPartner() {
        String text = fakes.awsKeyId() + "\n\n\n\n\n\n" + fakes.awsSecret() + "\n";
        assertThat(scanner.scan(text)).singleElement().satisfies(m -> assertThat(m.detail()).isEqualTo("AWS access key id"));
    }

    @Test
    void aGitCommitIdIsNotASecretAccessKey() {
        String text = fakes.awsKeyId() + " # 3f786850e387550fdab836ed7e6dc881de23001b\n";
        assertThat(scanner.scan(text)).singleElement().satisfies(m -> assertThat(m.detail()).isEqualTo("AWS access key id"));
    }

    @Test
    void nearMissesAreNotReported() {
        assertThat(scanner.scan("AKIAXXXXXXXXXXXXXXXX")).isEmpty();               // placeholder
        assertThat(scanner.scan("AKIA****************")).isEmpty();
        assertThat(scanner.scan("AKIAIOSFODNN7EXAMPL")).isEmpty();                // too short
        assertThat(scanner.scan("AKIAIOSFODNN7EXAMPLE1")).isEmpty();              // too long
        assertThat(scanner.scan("XAKIAIOSFODNN7EXAMPLE")).isEmpty();              // inside a longer word
        assertThat(scanner.scan("AKIAIOSFODNN0EXAMPLE")).isEmpty();               // 0 is not base32
        assertThat(scanner.scan("akiaiosfodnn7example")).isEmpty();
        assertThat(scanner.scan("${var.access_key} ASIA PACIFIC")).isEmpty();
        assertThat(scanner.scan("")).isEmpty();
    }
}
