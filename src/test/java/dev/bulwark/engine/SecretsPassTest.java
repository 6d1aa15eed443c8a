package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;
import dev.bulwark.secret.Fingerprint;
import dev.bulwark.source.SourceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secrets pass of a scan: judged by each format's structure, one finding per secret, on the
 * resource whose block holds it, suppressible by fingerprint. Secrets here are made up.
 */
class SecretsPassTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    static final String KEY_ID = "AKIAQWERTYUIOPASDFGH";
    static final String SECRET_KEY = "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";

    @TempDir
    Path dir;

    @Test
    void terraformLiteralsUnderSecretNamesFailAndReferencesPass() throws Exception {
        write("main.tf", """
                provider "aws" {
                  region   = "eu-west-1"
                  token    = "Prov1derT0ken-literal"
                }

                variable "db_password" {
                  type      = string
                  sensitive = true
                  default   = "Sens1tive-default-pw"
                }

                variable "plain_password" {
                  type    = string
                  default = "<your-password>"
                }

                resource "random_password" "db" {
                  length = 24
                }

                data "aws_secretsmanager_secret_version" "api" {
                  secret_id = "prod/api"
                }

                resource "aws_db_instance" "main" {
                  identifier = "main"
                  username   = "app"
                  password   = var.db_password
                }

                resource "aws_db_instance" "replica" {
                  identifier = "replica"
                  username   = "app"
                  password   = random_password.db.result
                }

                resource "aws_db_instance" "legacy" {
                  identifier = "legacy"
                  username   = "app"
                  password   = "Leg4cy-literal-pw"
                }

                resource "aws_lambda_function" "api" {
                  function_name = "api"
                  role          = "arn:aws:iam::123456789012:role/api"
                  environment {
                    variables = {
                      API_TOKEN = data.aws_secretsmanager_secret_version.api.secret_string
                      LOG_LEVEL = "info"
                      AUTH_SECRET = "${var.plain_password}-suffix"
                    }
                  }
                }

                resource "aws_instance" "web" {
                  ami           = "ami-0123456789abcdef0"
                  instance_type = "t3.micro"
                  user_data     = <<-EOT
                    #!/bin/bash
                    export AWS_ACCESS_KEY_ID=%s
                    export AWS_SECRET_ACCESS_KEY=%s
                  EOT
                  # A setting with a secret word in its name (regression test: it was reported as a token).
                  metadata_options {
                    http_tokens = "required"
                  }
                }
                """.formatted(KEY_ID, SECRET_KEY));
        List<Finding> secrets = secretFindings(scan());
        assertThat(secrets).extracting(f -> f.resourceAddress() + "@" + f.attributeLocation().startLine() + " " + f.rule().id())
                .containsExactlyInAnyOrder(
                        "main.tf@3 BW-SECRET-019",
                        "main.tf@9 BW-SECRET-019",
                        "aws_db_instance.legacy@40 BW-SECRET-019",
                        // The key pair is one secret: one finding, at the key id's exact line inside the heredoc.
                        "aws_instance.web@60 BW-SECRET-001");
        assertThat(secrets).allMatch(f -> f.status() == Status.FAIL && f.item() != null && f.item().kind().equals("secret"));
        assertThat(secrets).extracting(Finding::message).noneMatch(m -> m.contains("Leg4cy-literal") || m.contains(SECRET_KEY.substring(4, 12)));
    }

    @Test
    void aStateFileAndADotenvFileAreFindingsBesideTheSecretsInThem() throws Exception {
        write("terraform.tfstate", "{\"version\": 4, \"resources\": [{\"type\": \"aws_iam_access_key\", \"instances\": [{\"attributes\": "
                + "{\"id\": \"" + KEY_ID + "\", \"secret\": \"" + SECRET_KEY + "\"}}]}]}\n");
        write(".env", "# local\nAWS_ACCESS_KEY_ID=" + KEY_ID + "\n");
        write(".env.example", "AWS_ACCESS_KEY_ID=<your key id>\n");
        ScanResult r = scan();
        assertThat(r.findings()).filteredOn(f -> f.status() == Status.FAIL && f.rule().id().startsWith("BW-SECRET"))
                .extracting(f -> f.location().file() + " " + f.rule().id())
                .containsExactlyInAnyOrder("terraform.tfstate BW-SECRET-FILE-001", "terraform.tfstate BW-SECRET-001",
                        ".env BW-SECRET-FILE-002", ".env BW-SECRET-001");
    }

    @Test
    void workflowKubernetesAndDockerfileSecretsMakeOneFindingEach() throws Exception {
        write(".github/workflows/ci.yml", """
                on: push
                env:
                  DEPLOY_TOKEN: "W0rkfl0w-literal-token"
                  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
                jobs:
                  b:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """);
        write("k8s/app.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                stringData:
                  password: "K8s-secret-literal-pw"
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                spec:
                  containers:
                    - name: c
                      image: app:1.0
                      env:
                        - name: DB_PASSWORD
                          value: "P0d-env-literal-pw"
                        - name: API_TOKEN
                          valueFrom:
                            secretKeyRef: {name: db, key: token}
                """);
        write("Dockerfile", "FROM alpine:3.20 AS build\nARG GITHUB_TOKEN=D0cker-arg-literal-token\nFROM alpine:3.20\nUSER 10001\n");
        ScanResult r = scan();
        assertThat(secretFindings(r)).extracting(f -> f.resourceAddress() + "@" + f.attributeLocation().startLine())
                .containsExactlyInAnyOrder("github_actions_workflow.ci@3", "Secret/default/db@6");
        // The Pod env and the Dockerfile ARG stay with the rules users already know (one secret, one finding).
        assertThat(r.findings()).filteredOn(f -> f.status() == Status.FAIL)
                .extracting(f -> f.rule().id()).contains("BW-K8S-SEC-001", "BW-DKR-003");

        // With those rules skipped, the secrets pass reports the same secrets itself.
        List<Rule> without = allRules().stream().filter(x -> !x.id().equals("BW-K8S-SEC-001") && !x.id().equals("BW-DKR-003")).toList();
        assertThat(secretFindings(Scanner.scan(List.of(dir), SourceOptions.of(dir), without, ScanConfig.empty(), TODAY)))
                .extracting(f -> f.resourceAddress() + "@" + f.attributeLocation().startLine())
                .contains("Pod/default/p@18", "Dockerfile:Dockerfile#stage=build@2");
    }

    @Test
    void aFingerprintSuppressesOnlyItsSecretInAnyCommentStyle() throws Exception {
        String first = "F1rst-literal-password";
        String second = "S3cond-literal-password";
        write("main.tf", """
                resource "aws_db_instance" "a" {
                  identifier = "a"
                  # bulwark:ignore BW-SECRET-019 fingerprint=%s reason="test database, rotated nightly"
                  password   = "%s"
                }

                resource "aws_db_instance" "b" {
                  identifier = "b"
                  # bulwark:ignore BW-SECRET-019 fingerprint=%s reason="names another secret"
                  password   = "%s"
                }
                """.formatted(Fingerprint.of(first), first, Fingerprint.of(first), second));
        write("deploy.js", "// bulwark:ignore BW-SECRET-001 fingerprint=" + Fingerprint.of(KEY_ID) + " reason=\"documentation sample\"\n"
                + "const id = \"" + KEY_ID + "\";\n");
        List<Finding> secrets = secretFindings(scan());
        assertThat(secrets).extracting(f -> f.resourceAddress() + " " + f.suppressed())
                .containsExactlyInAnyOrder("aws_db_instance.a true", "aws_db_instance.b false", "deploy.js true");
    }

    @Test
    void aConfigSuppressionNamesASecretByFingerprintAlone() throws Exception {
        write("main.tf", "resource \"aws_db_instance\" \"a\" {\n  identifier = \"a\"\n  password   = \"C0nfig-literal-pw\"\n}\n");
        Path config = write(".bulwark.yaml", "suppressions:\n  - rule: BW-SECRET-019\n    fingerprint: " + Fingerprint.of("C0nfig-literal-pw")
                + "\n    reason: staging database, replaced by the vault agent\n");
        ScanResult r = Scanner.scan(List.of(dir), SourceOptions.of(dir), allRules(), ScanConfig.read(config), TODAY);
        assertThat(secretFindings(r)).singleElement().matches(Finding::suppressed);
    }

    @Test
    void binaryFilesAndHiddenDirectoriesAreNotRead() throws Exception {
        Files.createDirectories(dir.resolve(".cache"));
        write(".cache/key.txt", "id=" + KEY_ID + "\n");
        Files.write(dir.resolve("blob.bin"), ("\0\1\2 " + KEY_ID).getBytes());
        write("notes.txt", "id " + KEY_ID + "\n");
        assertThat(secretFindings(scan())).extracting(f -> Path.of(f.location().file()).getFileName().toString()).containsExactly("notes.txt");
    }

    private ScanResult scan() throws Exception {
        return Scanner.scan(List.of(dir), SourceOptions.of(dir), allRules(), ScanConfig.empty(), TODAY);
    }

    private static List<Rule> allRules() throws Exception {
        return Bulwark.rules(List.of()).all();
    }

    private static List<Finding> secretFindings(ScanResult r) {
        return r.findings().stream().filter(f -> !f.rule().secrets().isEmpty()).toList();
    }

    private Path write(String file, String text) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }
}
