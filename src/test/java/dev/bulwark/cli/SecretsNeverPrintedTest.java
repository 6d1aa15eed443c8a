package dev.bulwark.cli;

import dev.bulwark.report.ReportFormats;
import dev.bulwark.secret.Fingerprint;
import dev.bulwark.secret.SecretFamily;
import dev.bulwark.secret.SecretJudge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets planted in a scanned tree (made up here, one of every family the detectors recognise, each in the
 * shape of its kind, never real keys) are found and never printed: not by any registered scan format, not
 * by {@code inspect} (text or JSON), not in diagnostics. "Printed" means the value or any run of
 * {@value #WINDOW} characters of it, so a secret cut in two or wrapped still counts.
 */
class SecretsNeverPrintedTest {
    static final int WINDOW = 8;
    static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final String BASE64 = BASE62 + "+/";
    static final String URL_SAFE = BASE62 + "-_";
    static final String HEX = "0123456789abcdef";

    @TempDir
    static Path dir;
    static Path tree;
    static final Random RANDOM = new Random(20261208);
    /** Each planted value, by what it is, with the part of it that must never show (a PEM's body, a URL's password). */
    static final Map<String, String> PLANTED = new LinkedHashMap<>();

    @BeforeAll
    static void plant() throws IOException {
        tree = dir.resolve("repo");
        StringBuilder tf = new StringBuilder();
        int i = 0;
        for (SecretFamily family : SecretFamily.values()) {
            String value = generate(family);
            // A family whose detector is not written yet finds nothing to hide: only what is detected is planted.
            if (SecretJudge.assignment("secret_string", value).isEmpty()) {
                PLANTED.remove(family.id());
                continue;
            }
            String attribute = value.contains("\n") ? "<<-EOT\n" + value + "EOT" : "\"" + value + "\"";
            tf.append("resource \"aws_secretsmanager_secret_version\" \"s").append(i++).append("\" {\n")
                    .append("  secret_id     = \"app/").append(family.id()).append("\"\n")
                    .append("  secret_string = ").append(attribute).append("\n}\n\n");
        }
        String keyId = "AKIA" + chars(BASE32, 16);
        String secretKey = chars(BASE64, 37) + "a7Q";
        PLANTED.put("lambda key id", keyId);
        PLANTED.put("lambda secret key", secretKey);
        tf.append("""
                resource "aws_lambda_function" "api" {
                  function_name = "api"
                  role          = "arn:aws:iam::123456789012:role/api"
                  environment {
                    variables = {
                      AWS_ACCESS_KEY_ID     = "%s"
                      AWS_SECRET_ACCESS_KEY = "%s"
                    }
                  }
                }
                """.formatted(keyId, secretKey));
        String dbPassword = plantGeneric("db password");
        tf.append("""

                variable "db_password" {
                  type      = string
                  sensitive = true
                  default   = "%s"
                }

                resource "aws_db_instance" "main" {
                  identifier = "main"
                  username   = "app"
                  password   = var.db_password
                }
                """.formatted(dbPassword));
        write("main.tf", tf.toString());
        write("docker/Dockerfile", "FROM alpine:3.20 AS build\nENV API_TOKEN=" + plantGeneric("docker env") + "\nFROM alpine:3.20\nUSER 10001\n");
        write("k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: \"" + plantGeneric("k8s secret")
                + "\"\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: app:1.0\n"
                + "      env:\n        - name: DB_PASSWORD\n          value: \"" + plantGeneric("pod env") + "\"\n");
        write(".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      DEPLOY_TOKEN: \""
                + plantGeneric("workflow env") + "\"\n    steps:\n      - run: make\n");
        String envKey = "AKIA" + chars(BASE32, 16);
        PLANTED.put("dotenv key id", envKey);
        write(".env", "AWS_ACCESS_KEY_ID=" + envKey + "\n");
        write("prod.tfvars", "admin_password = \"" + plantGeneric("tfvars") + "\"\n");
        String scriptKey = "AKIA" + chars(BASE32, 16);
        PLANTED.put("script key id", scriptKey);
        write("scripts/deploy.js", "// deploys the app\nconst key = \"" + scriptKey + "\";\n");
    }

    @Test
    void everyScanFormatShowsEverySecretOnlyRedacted() throws IOException {
        String json = CliRunner.run("scan", tree.toString(), "--format", "json").out();
        assertThat(json).as("the planted secrets are found (else this test could not fail)")
                .contains(Fingerprint.of(PLANTED.get("lambda key id")), Fingerprint.of(PLANTED.get("db password")),
                        Fingerprint.of(PLANTED.get("workflow env")), Fingerprint.of(PLANTED.get("k8s secret")),
                        Fingerprint.of(PLANTED.get("tfvars")), Fingerprint.of(PLANTED.get("dotenv key id")),
                        Fingerprint.of(PLANTED.get("script key id")));
        for (String format : ReportFormats.SCAN.names()) {
            Path out = dir.resolve("report." + format);
            CliRunner.Result r = CliRunner.run("scan", tree.toString(), "--format", format, "--output", out.toString());
            assertThat(r.exitCode()).as(format + ": " + r.err()).isEqualTo(1);
            assertNothingPlanted(format + " report", Files.readString(out));
            assertNothingPlanted(format + " console and diagnostics", r.out() + r.err());
        }
    }

    @Test
    void inspectShowsAttributesHoldingSecretsAsHidden() {
        for (String format : List.of("text", "json")) {
            CliRunner.Result r = CliRunner.run("inspect", tree.toString(), "--format", format);
            assertThat(r.out()).as(format).contains("aws_lambda_function.api");
            assertNothingPlanted("inspect " + format, r.out() + r.err());
        }
    }

    private static void assertNothingPlanted(String where, String output) {
        for (Map.Entry<String, String> e : PLANTED.entrySet()) {
            String secret = e.getValue();
            for (int i = 0; i + WINDOW <= secret.length(); i++) {
                String piece = secret.substring(i, i + WINDOW);
                if (piece.isBlank() || piece.contains("\n")) continue;
                assertThat(output).as(where + " shows part of the " + e.getKey() + " secret: " + piece).doesNotContain(piece);
            }
        }
    }

    private static String plantGeneric(String what) {
        String value = "Pw" + chars(BASE62, 18);
        PLANTED.put(what, value);
        return value;
    }

    /**
     * A value of {@code family}'s shape. What must never show of it, recorded in {@link #PLANTED}, is its
     * made-up part: fixed prefixes such as {@code sk_live_} or {@code https://hooks.slack.com/} may well
     * be quoted by a rule's description.
     */
    private static String generate(SecretFamily family) {
        String core;
        String value;
        switch (family.id()) {
            case "aws-access-key" -> value = "AKIA" + (core = chars(BASE32, 16));
            case "private-key" -> {
                byte[] body = new byte[600];
                RANDOM.nextBytes(body);
                core = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(body);
                value = "-----BEGIN RSA PRIVATE KEY-----\n" + core + "\n-----END RSA PRIVATE KEY-----\n";
            }
            case "github-token" -> value = "ghp_" + (core = chars(BASE62, 36));
            case "gitlab-token" -> value = "glpat-" + (core = chars(URL_SAFE, 20));
            case "slack-token" -> value = "xoxb-" + digits(12) + "-" + digits(13) + "-" + (core = chars(BASE62, 24));
            case "slack-webhook" -> value = "https://hooks.slack.com/services/T" + chars(BASE32, 8) + "/B" + chars(BASE32, 10) + "/"
                    + (core = chars(BASE62, 24));
            case "teams-webhook" -> value = "https://acme.webhook.office.com/webhookb2/" + uuid() + "@" + uuid() + "/IncomingWebhook/"
                    + (core = chars(HEX, 32)) + "/" + uuid();
            case "stripe-key" -> value = "sk_live_" + (core = chars(BASE62, 24));
            case "sendgrid-key" -> value = "SG." + chars(URL_SAFE, 22) + "." + (core = chars(URL_SAFE, 43));
            case "twilio-credential" -> value = "SK" + (core = chars(HEX, 32));
            case "mailgun-key" -> value = "key-" + (core = chars(HEX, 32));
            case "mailchimp-key" -> value = (core = chars(HEX, 32)) + "-us14";
            case "google-api-key" -> value = "AIza" + (core = chars(URL_SAFE, 35));
            case "google-oauth-client-secret" -> value = "GOCSPX-" + (core = chars(URL_SAFE, 28));
            case "azure-storage-key" -> value = (core = chars(BASE64, 86)) + "==";
            case "azure-sas-token" -> value = "sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2027-01-01T00:00:00Z&sig=" + (core = chars(BASE62, 43)) + "%3D";
            case "jwt" -> value = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + chars(URL_SAFE, 40) + "." + (core = chars(URL_SAFE, 43));
            case "url-password" -> value = "https://deploy:" + (core = "Pw" + chars(BASE62, 14)) + "@git.example.com/app.git";
            default -> value = core = "Pw" + chars(BASE62, 24);
        }
        PLANTED.put(family.id(), core);
        return value;
    }

    private static String uuid() {
        return new UUID(RANDOM.nextLong(), RANDOM.nextLong()).toString();
    }

    private static String chars(String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        return b.toString();
    }

    private static String digits(int n) {
        return chars("0123456789", n);
    }

    private static void write(String file, String text) throws IOException {
        Path p = tree.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
