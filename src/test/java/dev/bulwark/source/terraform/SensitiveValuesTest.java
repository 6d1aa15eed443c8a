package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Value;
import dev.bulwark.report.ModelJsonReport;
import dev.bulwark.report.ModelTextReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Values derived from a variable or output declared sensitive stay hidden in inspect output. */
class SensitiveValuesTest {
    @TempDir
    Path dir;

    private InfrastructureModel load() {
        return new TerraformTree(dir).file("main.tf", """
                variable "password" {
                  type      = string
                  default   = "hunter2"
                  sensitive = true
                }
                locals {
                  conn = "db://admin:${var.password}@host"
                }
                resource "aws_db_instance" "db" {
                  identifier = "main"
                  password   = var.password
                  url        = local.conn
                }
                module "m" {
                  source = "./m"
                  secret = var.password
                }
                resource "aws_ssm_parameter" "token" {
                  name  = "token"
                  value = module.m.token
                }
                """).file("m/main.tf", """
                variable "secret" { type = string }
                variable "plain" {
                  type    = string
                  default = "visible"
                }
                output "token" {
                  value     = "t-${var.plain}"
                  sensitive = true
                }
                resource "aws_ssm_parameter" "p" {
                  name  = var.plain
                  value = var.secret
                }
                """).load();
    }

    @Test
    void attributesDerivedFromSensitiveValuesAreMarked() {
        InfrastructureModel m = load();
        assertThat(resource(m, "aws_db_instance.db").sensitiveAttributes()).containsExactlyInAnyOrder("password", "url");
        assertThat(resource(m, "module.m.aws_ssm_parameter.p").sensitiveAttributes()).containsExactly("value");
        assertThat(resource(m, "aws_ssm_parameter.token").sensitiveAttributes()).containsExactly("value");
        // The value itself is still there for rules to judge.
        assertThat(resource(m, "aws_db_instance.db").attribute("password")).isEqualTo(Value.of("hunter2"));
        assertThat(resource(m, "aws_db_instance.db").references()).doesNotContainKey("password");
    }

    @Test
    void inspectOutputHidesThem() throws IOException {
        InfrastructureModel m = load();
        StringWriter text = new StringWriter();
        ModelTextReport.write(m, new PrintWriter(text));
        StringWriter json = new StringWriter();
        ModelJsonReport.write(m, json);
        for (String out : new String[] {text.toString(), json.toString()}) {
            assertThat(out).doesNotContain("hunter2").doesNotContain("t-visible").contains("(sensitive value)").contains("visible");
        }
        assertThat(json.toString()).contains("\"sensitive\" : [ \"password\", \"url\" ]");
    }

    @Test
    void instancesOfAForEachOverASensitiveMapKeepTheirValuesHidden() throws IOException {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                variable "passwords" {
                  type      = map(string)
                  sensitive = true
                  default   = { a = "hunter2", b = "swordfish" }
                }
                locals {
                  copies = var.passwords
                }
                resource "aws_db_instance" "db" {
                  for_each = var.passwords
                  password = each.value
                }
                resource "aws_db_instance" "local" {
                  for_each = local.copies
                  password = each.value
                }
                module "m" {
                  source   = "./m"
                  for_each = var.passwords
                  secret   = each.value
                }
                """).file("m/main.tf", """
                variable "secret" { type = string }
                resource "aws_ssm_parameter" "p" {
                  name  = "p"
                  value = var.secret
                }
                """).load();
        assertThat(resource(m, "aws_db_instance.db[\"a\"]").sensitiveAttributes()).contains("password");
        assertThat(resource(m, "aws_db_instance.local[\"b\"]").sensitiveAttributes()).contains("password");
        assertThat(resource(m, "module.m[\"a\"].aws_ssm_parameter.p").sensitiveAttributes()).contains("value");
        StringWriter text = new StringWriter();
        ModelTextReport.write(m, new PrintWriter(text));
        StringWriter json = new StringWriter();
        ModelJsonReport.write(m, json);
        for (String out : new String[] {text.toString(), json.toString()}) {
            assertThat(out).doesNotContain("hunter2").doesNotContain("swordfish").contains("(sensitive value)");
        }
    }
}
