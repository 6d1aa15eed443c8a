package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Remote modules are read from the terraform init cache when it exists, never fetched. */
class RemoteModulesTest {
    @TempDir
    Path dir;

    @Test
    void cachedRemoteModuleIsEvaluatedWithItsInputs() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "bucket" {
                          source  = "acme/bucket/aws"
                          version = "1.2.0"
                          for_each = toset(["a", "b"])
                          name    = "logs-${each.key}"
                        }
                        resource "x_y" "uses" {
                          id = module.bucket["a"].id
                        }
                        """)
                .file(".terraform/modules/modules.json", """
                        {"Modules":[{"Key":"","Source":"","Dir":"."},
                          {"Key":"bucket","Source":"registry.terraform.io/acme/bucket/aws","Version":"1.2.0","Dir":".terraform/modules/bucket"}]}
                        """)
                .file(".terraform/modules/bucket/main.tf", """
                        variable "name" { type = string }
                        resource "aws_s3_bucket" "this" { bucket = var.name }
                        output "id" { value = aws_s3_bucket.this.id }
                        """)
                .load();
        assertThat(errors(m)).isEmpty();
        assertThat(resource(m, "module.bucket[\"b\"].aws_s3_bucket.this").attribute("bucket")).isEqualTo(Value.of("logs-b"));
        assertThat(resource(m, "x_y.uses").refersTo("module.bucket[\"a\"].aws_s3_bucket.this")).isTrue();
    }
}
