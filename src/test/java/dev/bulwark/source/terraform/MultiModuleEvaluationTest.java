package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One realistic tree exercising what the loader must understand: modules with inputs and outputs,
 * tfvars, locals, for_each over a map, count, dynamic blocks, split S3 resources, an IAM policy
 * document data source, a remote module without a cache and an unsupported function.
 */
class MultiModuleEvaluationTest {
    @TempDir
    static Path dir;
    static InfrastructureModel model;

    @BeforeAll
    static void load() {
        model = new TerraformTree(dir)
                .file("live/main.tf", """
                        locals {
                          prefix = "${var.project}-${var.env}"
                          tags   = { Project = var.project, Env = var.env }
                          ports  = { ssh = 22, https = 443 }
                        }

                        module "net" {
                          source = "../modules/net"
                          name   = local.prefix
                          cidr   = "10.0.0.0/16"
                          zones  = { a = "eu-west-1a", b = "eu-west-1b" }
                        }

                        module "vpc_remote" {
                          source  = "terraform-aws-modules/vpc/aws"
                          version = "5.0.0"
                        }

                        resource "aws_s3_bucket" "logs" {
                          bucket = "${local.prefix}-logs"
                          tags   = local.tags
                        }

                        resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
                          bucket = aws_s3_bucket.logs.id
                          rule {
                            apply_server_side_encryption_by_default {
                              sse_algorithm = "aws:kms"
                            }
                          }
                        }

                        resource "aws_s3_bucket_versioning" "logs" {
                          bucket = aws_s3_bucket.logs.bucket
                          versioning_configuration {
                            status = "Enabled"
                          }
                        }

                        resource "aws_s3_bucket_public_access_block" "logs" {
                          bucket              = aws_s3_bucket.logs.id
                          block_public_acls   = true
                          block_public_policy = true
                        }

                        resource "aws_security_group" "web" {
                          name   = "${local.prefix}-web"
                          vpc_id = module.net.vpc_id
                          dynamic "ingress" {
                            for_each = local.ports
                            iterator = port
                            content {
                              description = port.key
                              from_port   = port.value
                              to_port     = port.value
                              protocol    = "tcp"
                              cidr_blocks = ["0.0.0.0/0"]
                            }
                          }
                        }

                        resource "aws_instance" "app" {
                          count         = var.app_count
                          ami           = "ami-123"
                          instance_type = "t3.micro"
                          subnet_id     = module.net.subnet_ids[count.index]
                          tags          = merge(local.tags, { Name = "app-${count.index}" })
                        }

                        data "aws_iam_policy_document" "read" {
                          statement {
                            sid       = "Read"
                            actions   = ["s3:GetObject"]
                            resources = ["${aws_s3_bucket.logs.arn}/*"]
                            principals {
                              type        = "AWS"
                              identifiers = ["arn:aws:iam::111122223333:root"]
                            }
                            condition {
                              test     = "Bool"
                              variable = "aws:SecureTransport"
                              values   = ["true"]
                            }
                          }
                        }

                        resource "aws_iam_policy" "read" {
                          name   = "read"
                          policy = data.aws_iam_policy_document.read.json
                        }

                        resource "aws_s3_bucket" "odd" {
                          bucket = some_future_function("x")
                        }
                        """)
                .file("live/variables.tf", """
                        variable "project" { type = string }
                        variable "env" {
                          type    = string
                          default = "dev"
                        }
                        variable "app_count" {
                          type    = number
                          default = 1
                        }
                        """)
                .file("live/terraform.tfvars", """
                        project   = "acme"
                        env       = "prod"
                        app_count = 2
                        """)
                .file("modules/net/main.tf", """
                        variable "name" { type = string }
                        variable "cidr" { type = string }
                        variable "zones" { type = map(string) }

                        resource "aws_vpc" "this" {
                          cidr_block = var.cidr
                          tags       = { Name = var.name }
                        }

                        resource "aws_subnet" "private" {
                          for_each          = var.zones
                          vpc_id            = aws_vpc.this.id
                          availability_zone = each.value
                          cidr_block        = cidrsubnet(var.cidr, 8, index(keys(var.zones), each.key))
                          tags              = { Name = "${var.name}-${each.key}" }
                        }

                        output "vpc_id" { value = aws_vpc.this.id }
                        output "subnet_ids" { value = [for k in sort(keys(var.zones)) : aws_subnet.private[k].id] }
                        """)
                .load();
    }

    @Test
    void theCalledDirectoryIsEvaluatedOnlyAsAChildModule() {
        List<String> addresses = model.resources().stream().map(Resource::address).toList();
        assertThat(addresses).contains("module.net.aws_vpc.this", "module.net.aws_subnet.private[\"a\"]",
                "module.net.aws_subnet.private[\"b\"]");
        assertThat(addresses).noneMatch(a -> a.startsWith("aws_vpc."));
    }

    @Test
    void moduleInputsComeFromTfvarsAndLocals() {
        Resource vpc = resource(model, "module.net.aws_vpc.this");
        assertThat(vpc.modulePath()).isEqualTo("module.net");
        assertThat(vpc.attribute("cidr_block")).isEqualTo(Value.of("10.0.0.0/16"));
        assertThat(((Value.Obj) vpc.attribute("tags")).get("Name")).isEqualTo(Value.of("acme-prod"));
    }

    @Test
    void forEachOverAMapBindsEachKeyAndValue() {
        Resource b = resource(model, "module.net.aws_subnet.private[\"b\"]");
        assertThat(b.attribute("availability_zone")).isEqualTo(Value.of("eu-west-1b"));
        assertThat(b.attribute("cidr_block")).isEqualTo(Value.of("10.0.1.0/24"));
        assertThat(b.refersTo("module.net.aws_vpc.this")).isTrue();
    }

    @Test
    void countExpandsFromTheTfvarsValueAndReadsModuleOutputs() {
        Resource app1 = resource(model, "aws_instance.app[1]");
        assertThat(((Value.Obj) app1.attribute("tags")).get("Name")).isEqualTo(Value.of("app-1"));
        Value subnet = app1.attribute("subnet_id");
        assertThat(subnet).isInstanceOf(Value.Unknown.class);
        assertThat(((Value.Unknown) subnet).reason()).isEqualTo(UnknownReason.COMPUTED);
        assertThat(app1.refersTo("module.net.aws_subnet.private[\"b\"]")).isTrue();
        assertThat(model.resources()).filteredOn(r -> r.address().startsWith("aws_instance.app")).hasSize(2);
    }

    @Test
    void dynamicBlocksExpandWithANamedIterator() {
        Resource sg = resource(model, "aws_security_group.web");
        Value.ListV ingress = (Value.ListV) sg.attribute("ingress");
        assertThat(ingress.items()).hasSize(2);
        Value.Obj first = (Value.Obj) ingress.items().get(0);
        assertThat(first.get("description")).isEqualTo(Value.of("https"));
        assertThat(first.get("from_port")).isEqualTo(Value.of(443));
        assertThat(sg.attributeLocations()).containsKey("ingress[1].cidr_blocks");
    }

    @Test
    void splitS3ResourcesReferToTheirBucket() {
        for (String address : List.of("aws_s3_bucket_server_side_encryption_configuration.logs",
                "aws_s3_bucket_versioning.logs", "aws_s3_bucket_public_access_block.logs")) {
            assertThat(resource(model, address).refersTo("aws_s3_bucket.logs")).as(address).isTrue();
        }
        Resource versioning = resource(model, "aws_s3_bucket_versioning.logs");
        assertThat(versioning.attribute("bucket")).isEqualTo(Value.of("acme-prod-logs"));
        assertThat(versioning.references().get("bucket")).containsExactly("aws_s3_bucket.logs");
    }

    @Test
    void policyDocumentDataSourceIsEvaluatedIntoTheDocument() {
        Value.Obj policy = (Value.Obj) resource(model, "aws_iam_policy.read").attribute("policy");
        assertThat(policy.get("Version")).isEqualTo(Value.of("2012-10-17"));
        Value.Obj statement = (Value.Obj) ((Value.ListV) policy.get("Statement")).items().get(0);
        assertThat(statement.get("Sid")).isEqualTo(Value.of("Read"));
        assertThat(statement.get("Effect")).isEqualTo(Value.of("Allow"));
        assertThat(statement.get("Action")).isEqualTo(new Value.ListV(List.of(Value.of("s3:GetObject"))));
        assertThat(((Value.Obj) statement.get("Principal")).get("AWS"))
                .isEqualTo(new Value.ListV(List.of(Value.of("arn:aws:iam::111122223333:root"))));
        assertThat(((Value.Obj) ((Value.Obj) statement.get("Condition")).get("Bool")).get("aws:SecureTransport"))
                .isEqualTo(new Value.ListV(List.of(Value.of("true"))));
        // The bucket ARN is computed, so the resource list keeps an unknown where it goes.
        assertThat(((Value.ListV) statement.get("Resource")).items().get(0)).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void remoteModuleWithoutCacheIsReportedNotFetched() {
        assertThat(model.diagnostics()).anySatisfy(d -> {
            assertThat(d.message()).contains("module \"vpc_remote\"").contains("is not loaded").contains("--download-modules");
            assertThat(d.location().file()).isEqualTo("live/main.tf");
            assertThat(d.location().startLine()).isEqualTo(14);
        });
        assertThat(model.resources()).noneMatch(r -> r.address().startsWith("module.vpc_remote"));
    }

    @Test
    void unsupportedFunctionYieldsUnknownWithItsReason() {
        Value bucket = resource(model, "aws_s3_bucket.odd").attribute("bucket");
        assertThat(bucket).isEqualTo(Value.unknown(UnknownReason.UNSUPPORTED_FUNCTION, "some_future_function()"));
        assertThat(model.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("some_future_function"));
    }

    @Test
    void locationsAreTheBlockSpan() {
        Resource logs = resource(model, "aws_s3_bucket.logs");
        assertThat(logs.location().file()).isEqualTo("live/main.tf");
        assertThat(logs.location().startLine()).isEqualTo(19);
        assertThat(logs.location().endLine()).isEqualTo(22);
    }

    @Test
    void noErrors() {
        assertThat(errors(model)).isEmpty();
    }
}
