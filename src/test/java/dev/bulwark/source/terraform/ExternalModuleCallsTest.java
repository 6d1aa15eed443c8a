package dev.bulwark.source.terraform;

import dev.bulwark.model.CallChain;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.ModuleCall;
import dev.bulwark.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resources of modules kept outside the scanned code (installed by terraform init, or in Bulwark's
 * download cache) know the calls that reach them from that code, and which arguments of the
 * outermost call each attribute derives from; resources of the scanned code, local modules
 * included, carry no chain.
 */
class ExternalModuleCallsTest {
    private static final String BUCKET_MODULE = """
            variable "name" { type = string }
            variable "acl" {
              type    = string
              default = "private"
            }
            locals {
              settings = { acl = var.acl }
            }
            resource "aws_s3_bucket" "this" {
              bucket = var.name
              acl    = local.settings.acl
              tags   = { fixed = "yes" }
            }
            output "id" { value = aws_s3_bucket.this.bucket }
            """;

    @TempDir
    Path dir;

    private static String manifest(String... entries) {
        return "{\"Modules\":[{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"}" + (entries.length == 0 ? "" : "," + String.join(",", entries)) + "]}";
    }

    private static String entry(String key, String source, String version, String moduleDir) {
        return "{\"Key\":\"" + key + "\",\"Source\":\"" + source + "\"" + (version == null ? "" : ",\"Version\":\"" + version + "\"")
                + ",\"Dir\":\"" + moduleDir + "\"}";
    }

    private static List<String> argumentNames(CallChain chain, String attribute) {
        return chain.inputs().getOrDefault(attribute, List.of()).stream().map(ModuleCall.Argument::name).toList();
    }

    @Test
    void registryModuleResourceKnowsItsCallAndTheArgumentsBehindEachAttribute() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "bucket" {
                          source  = "acme/bucket/aws"
                          version = "~> 1.2"
                          name    = "logs"
                          acl     = "public-read"
                        }
                        """)
                .file(".terraform/modules/modules.json", manifest(entry("bucket", "registry.terraform.io/acme/bucket/aws", "1.2.0", ".terraform/modules/bucket")))
                .file(".terraform/modules/bucket/main.tf", BUCKET_MODULE)
                .load();
        assertThat(errors(m)).isEmpty();
        Resource r = resource(m, "module.bucket.aws_s3_bucket.this");
        CallChain chain = r.callChain();
        assertThat(chain).isNotNull();
        assertThat(chain.calls()).hasSize(1);
        ModuleCall call = chain.outermost();
        assertThat(call.address()).isEqualTo("module.bucket");
        assertThat(call.module()).isEqualTo("registry.terraform.io/acme/bucket/aws 1.2.0");
        assertThat(call.location().file()).endsWith("main.tf").doesNotContain(".terraform");
        assertThat(call.location().startLine()).isEqualTo(1);
        assertThat(call.location().endLine()).isEqualTo(6);
        assertThat(argumentNames(chain, "bucket")).containsExactly("name");
        assertThat(argumentNames(chain, "acl")).as("through a local object").containsExactly("acl");
        assertThat(chain.inputs().get("acl").get(0).location().startLine()).isEqualTo(5);
        assertThat(chain.inputs()).doesNotContainKey("tags");
        assertThat(r.location().file()).contains(".terraform/modules/bucket/main.tf");
    }

    @Test
    void markersNeverReachTheModelsReferences() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "bucket" {
                          source = "acme/bucket/aws"
                          name   = aws_kms_key.k.id
                        }
                        resource "aws_kms_key" "k" {}
                        resource "aws_s3_bucket_policy" "p" {
                          bucket = module.bucket.id
                        }
                        """)
                .file(".terraform/modules/modules.json", manifest(entry("bucket", "registry.terraform.io/acme/bucket/aws", "1.2.0", ".terraform/modules/bucket")))
                .file(".terraform/modules/bucket/main.tf", BUCKET_MODULE)
                .load();
        assertThat(errors(m)).isEmpty();
        for (Resource r : m.resources()) {
            for (Set<String> targets : r.references().values()) assertThat(targets).allSatisfy(t -> assertThat(t).doesNotStartWith("("));
        }
        assertThat(resource(m, "module.bucket.aws_s3_bucket.this").references().get("bucket")).containsExactly("aws_kms_key.k");
        assertThat(resource(m, "aws_s3_bucket_policy.p").callChain()).isNull();
        assertThat(resource(m, "aws_s3_bucket_policy.p").refersTo("module.bucket.aws_s3_bucket.this")).isTrue();
    }

    @Test
    void eachInstanceOfACallIsItsOwnChain() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "bucket" {
                          source   = "acme/bucket/aws"
                          for_each = { a = "private", b = "public-read" }
                          name     = each.key
                          acl      = each.value
                        }
                        """)
                .file(".terraform/modules/modules.json", manifest(entry("bucket", "registry.terraform.io/acme/bucket/aws", "1.2.0", ".terraform/modules/bucket")))
                .file(".terraform/modules/bucket/main.tf", BUCKET_MODULE)
                .load();
        CallChain b = resource(m, "module.bucket[\"b\"].aws_s3_bucket.this").callChain();
        assertThat(b.outermost().address()).isEqualTo("module.bucket[\"b\"]");
        assertThat(argumentNames(b, "acl")).containsExactly("acl");
        assertThat(resource(m, "module.bucket[\"a\"].aws_s3_bucket.this").callChain().outermost().address()).isEqualTo("module.bucket[\"a\"]");
    }

    @Test
    void forEachOverAnInputInsideTheModuleKeepsTracingIt() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "buckets" {
                          source = "acme/buckets/aws"
                          acls   = { logs = "private", site = "public-read" }
                        }
                        """)
                .file(".terraform/modules/modules.json", manifest(entry("buckets", "registry.terraform.io/acme/buckets/aws", "0.9.0", ".terraform/modules/buckets")))
                .file(".terraform/modules/buckets/main.tf", """
                        variable "acls" { type = map(string) }
                        resource "aws_s3_bucket" "this" {
                          for_each = var.acls
                          bucket   = each.key
                          acl      = each.value
                        }
                        """)
                .load();
        assertThat(errors(m)).isEmpty();
        Resource site = resource(m, "module.buckets.aws_s3_bucket.this[\"site\"]");
        assertThat(argumentNames(site.callChain(), "acl")).containsExactly("acls");
        assertThat(argumentNames(site.callChain(), "for_each")).containsExactly("acls");
        for (Set<String> targets : site.references().values()) assertThat(targets).allSatisfy(t -> assertThat(t).doesNotStartWith("("));
    }

    @Test
    void nestedModulesGiveTheWholeChainWithArgumentsOfTheOutermostCall() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "site" {
                          source = "git::https://example.com/site.git?ref=v3"
                          site   = "www"
                        }
                        """)
                .file(".terraform/modules/modules.json", manifest(
                        entry("site", "git::https://example.com/site.git?ref=v3", null, ".terraform/modules/site"),
                        entry("site.bucket", "registry.terraform.io/acme/bucket/aws", "1.3.1", ".terraform/modules/site.bucket"),
                        entry("site.bucket.inner", "./inner", null, ".terraform/modules/site.bucket/inner")))
                .file(".terraform/modules/site/main.tf", """
                        variable "site" { type = string }
                        module "bucket" {
                          source = "acme/bucket/aws"
                          name   = "${var.site}-assets"
                        }
                        """)
                .file(".terraform/modules/site.bucket/main.tf", """
                        variable "name" { type = string }
                        module "inner" {
                          source = "./inner"
                          name   = var.name
                        }
                        """)
                .file(".terraform/modules/site.bucket/inner/main.tf", BUCKET_MODULE)
                .load();
        assertThat(errors(m)).isEmpty();
        CallChain chain = resource(m, "module.site.module.bucket.module.inner.aws_s3_bucket.this").callChain();
        assertThat(chain.calls()).extracting(ModuleCall::address)
                .containsExactly("module.site", "module.site.module.bucket", "module.site.module.bucket.module.inner");
        assertThat(chain.calls()).extracting(ModuleCall::module).containsExactly(
                "git::https://example.com/site.git?ref=v3",
                "registry.terraform.io/acme/bucket/aws 1.3.1",
                "./inner in registry.terraform.io/acme/bucket/aws 1.3.1");
        assertThat(chain.calls().get(1).location().file()).contains(".terraform/modules/site/main.tf");
        assertThat(argumentNames(chain, "bucket")).containsExactly("site");
        assertThat(chain.inputs().get("bucket").get(0).location().file()).endsWith("main.tf").doesNotContain(".terraform");
    }

    @Test
    void localModulesAreTheUsersCodeAndMayCallExternalOnes() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "app" {
                          source = "./modules/app"
                          acl    = "public-read"
                        }
                        """)
                .file("modules/app/main.tf", """
                        variable "acl" { type = string }
                        resource "aws_s3_bucket" "own" { acl = var.acl }
                        module "bucket" {
                          source = "acme/bucket/aws"
                          name   = "app"
                          acl    = var.acl
                        }
                        """)
                .file(".terraform/modules/modules.json", manifest(
                        entry("app", "./modules/app", null, "modules/app"),
                        entry("app.bucket", "registry.terraform.io/acme/bucket/aws", "1.2.0", ".terraform/modules/app.bucket")))
                .file(".terraform/modules/app.bucket/main.tf", BUCKET_MODULE)
                .load();
        assertThat(errors(m)).isEmpty();
        assertThat(resource(m, "module.app.aws_s3_bucket.own").callChain()).isNull();
        CallChain chain = resource(m, "module.app.module.bucket.aws_s3_bucket.this").callChain();
        assertThat(chain.calls()).extracting(ModuleCall::address).containsExactly("module.app.module.bucket");
        assertThat(chain.outermost().location().file()).endsWith("modules/app/main.tf");
        assertThat(argumentNames(chain, "acl")).containsExactly("acl");
        assertThat(chain.inputs().get("acl").get(0).location().file()).endsWith("modules/app/main.tf");
    }

    @Test
    void bulwarksDownloadCacheIsExternalToo() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "bucket" {
                          source = "acme/bucket/aws"
                          name   = "logs"
                        }
                        """)
                .file(".terraform/modules/modules.json", manifest(entry("bucket", "registry.terraform.io/acme/bucket/aws", "2.0.0",
                        ".bulwark/modules/registry.terraform.io/acme/bucket/aws/2.0.0")))
                .file(".bulwark/modules/registry.terraform.io/acme/bucket/aws/2.0.0/main.tf", BUCKET_MODULE)
                .load();
        assertThat(errors(m)).isEmpty();
        assertThat(resource(m, "module.bucket.aws_s3_bucket.this").callChain().outermost().module())
                .isEqualTo("registry.terraform.io/acme/bucket/aws 2.0.0");
    }

    @Test
    void aCheckoutKeptUnderAModuleDirectoryIsNotTakenForFetchedCode() {
        Path root = dir.resolve("work/.terraform/modules/vpc");
        assertThat(ExternalModuleDirs.contains(root.resolve("modules/subnets"), root)).isFalse();
        assertThat(ExternalModuleDirs.contains(root.resolve(".terraform/modules/x"), root)).isTrue();
        assertThat(ExternalModuleDirs.contains(dir.resolve("modules/terraform/modules"), dir)).isFalse();
        assertThat(ExternalModuleDirs.contains(dir.resolve(".bulwark/modules/a"), dir.resolve("env/prod"))).isTrue();
    }
}
