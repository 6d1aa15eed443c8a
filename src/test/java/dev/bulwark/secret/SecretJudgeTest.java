package dev.bulwark.secret;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecretJudgeTest {
    @ParameterizedTest
    @ValueSource(strings = {"password", "db_password", "DB_PASSWORD", "dbPassword", "master_password", "MYSQL_ROOT_PASSWORD", "passwd",
            "secret", "client_secret", "clientSecret", "token", "GITHUB_TOKEN", "auth_token", "api_key", "apiKey", "API-KEY", "apikey",
            "private_key", "privateKey", "credentials", "aws_secret_access_key", "access_key", "secret_key", "AccountKey",
            "JWTSECRET", "DBPASSWORD", "npmToken", "passphrase", "signing_key", "connection_string"})
    void namesThatMeanASecret(String name) {
        assertThat(SecretJudge.secretName(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password_file", "PASSWORD_FILE", "token_url", "secret_arn", "kms_key_id", "secret_name", "secretName",
            "minimum_password_length", "secretKeyRef", "password_reset_required", "token_ttl", "API_TOKEN_URL", "secret_version",
            "password_policy", "client_id", "username", "key", "region", "tokenizer", "bypass", "private_key_path", "TOKEN_PATH",
            "secrets_manager", "sshd_password_authentication", ""})
    void namesThatLocateOrDescribeASecretOrAreNoSecret(String name) {
        assertThat(SecretJudge.secretName(name)).as(name).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<your-key>", "<password>", "xxxx", "XXXXXXXXXXXX", "********", "***", "changeme", "CHANGE_ME",
            "REPLACE_ME", "TODO", "example", "dummy", "your_api_key_here", "your-password", "my-secret", "password", "[token]",
            "aaaaaaaaaa", "__PASSWORD__", "%PASSWORD%", "none", "test", "placeholder", "REDACTED"})
    void placeholders(String value) {
        assertThat(SecretJudge.placeholder(value)).as(value).isTrue();
        assertThat(SecretJudge.literalSecret(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${var.db_password}", "${{ secrets.DB_PASSWORD }}", "$(DB_PASSWORD)", "$DB_PASSWORD", "${DB_PASSWORD}",
            "{{ .Values.db.password }}", "{{resolve:secretsmanager:prod/db:SecretString:password}}", "var.db_password",
            "random_password.db.result", "local.token", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf",
            "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db", "ssm:/prod/db/password", "vault:secret/data/db#password",
            "op://vault/item/password", "ENC[AES256_GCM,data:abcd,iv:efgh,tag:ijkl,type:str]", "#{dbPassword}"})
    void referencesAndInterpolations(String value) {
        assertThat(SecretJudge.reference(value)).as(value).isTrue();
        assertThat(SecretJudge.literalSecret(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "yes", "null", "123", "30", "abc", "/run/secrets/db_password", "./secret.txt",
            "https://vault.example.com/v1/secret", "Enter the database password", "aaaa"})
    void otherValuesThatAreNotSecrets(String value) {
        assertThat(SecretJudge.literalSecret(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hunter2hunter2", "S3cr3t!", "admin", "Passw0rd!", "password123", "correcthorsebatterystaple",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "12345678901234", "supersecret"})
    void literalsThatCouldBeSecrets(String value) {
        assertThat(SecretJudge.literalSecret(value)).as(value).isTrue();
    }

    @Test
    void anAssignmentOfALiteralToASecretNameIsAGenericSecret() {
        assertThat(SecretJudge.assignment("db_password", "hunter2hunter2")).hasValueSatisfying(v -> {
            assertThat(v.family()).isEqualTo(SecretFamily.GENERIC_ASSIGNMENT);
            assertThat(v.unsafeValue()).isEqualTo("hunter2hunter2");
            assertThat(v.redacted()).isEqualTo("hun…(14 chars)");
        });
        assertThat(SecretJudge.assignment("db_password", "var.db_password")).isEmpty();
        assertThat(SecretJudge.assignment("db_password", "changeme")).isEmpty();
        assertThat(SecretJudge.assignment("password_file", "hunter2hunter2")).isEmpty();
        assertThat(SecretJudge.assignment("db_password", null)).isEmpty();
        assertThat(SecretJudge.assignment(null, "hunter2hunter2")).isEmpty();
    }

    @Test
    void aShapedValueIsItsFamilyWhateverItsNameEvenTheDocumentedExampleKey() {
        assertThat(SecretJudge.assignment("UPLOAD_ID", "AKIAIOSFODNN7EXAMPLE"))
                .hasValueSatisfying(v -> assertThat(v.family()).isEqualTo(SecretFamily.AWS_ACCESS_KEY));
        assertThat(SecretJudge.assignment("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
                .hasValueSatisfying(v -> assertThat(v.family()).isEqualTo(SecretFamily.GENERIC_ASSIGNMENT));
    }
}
