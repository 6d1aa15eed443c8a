package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.UnknownKind;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Values known in part keep their known parts: strings, decoded JSON, collections; unknowns keep a kind and a reason. */
class PartlyKnownValuesTest {
    @TempDir
    Path dir;

    private static Value.Unknown unknown(Value v) {
        assertThat(v).isInstanceOf(Value.Unknown.class);
        return (Value.Unknown) v;
    }

    private static Value.Obj statement(Resource r, String attribute) {
        Value.Obj policy = (Value.Obj) r.attribute(attribute);
        return (Value.Obj) ((Value.ListV) policy.get("Statement")).items().get(0);
    }

    @Test
    void aTemplateWithAnUnknownInterpolationKeepsItsKnownText() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                resource "aws_s3_bucket" "b" {}
                resource "aws_iam_policy" "p" {
                  name        = "p"
                  description = "objects of ${aws_s3_bucket.b.arn} and ${aws_s3_bucket.b.id}, nothing else"
                  policy      = "{}"
                }
                """).load();
        Value.Unknown d = unknown(resource(m, "aws_iam_policy.p").attribute("description"));
        assertThat(d.reason()).isEqualTo(UnknownReason.COMPUTED);
        assertThat(d.detail()).isEqualTo("aws_s3_bucket.b.arn");
        assertThat(d.parts()).containsExactly(Value.of("objects of "), Value.unknown(UnknownReason.COMPUTED, "aws_s3_bucket.b.arn").ofKind(UnknownKind.ARN),
                Value.of(" and "), Value.unknown(UnknownReason.COMPUTED, "aws_s3_bucket.b.id"), Value.of(", nothing else"));
    }

    @Test
    void aHeredocPolicyDecodesAroundUnknownInterpolations() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                variable "port" {
                  type = number
                }
                resource "aws_sqs_queue" "q" {
                  name = "q"
                }
                resource "aws_sqs_queue_policy" "p" {
                  queue_url = aws_sqs_queue.q.id
                  policy    = <<EOT
                {
                  "Statement": [{
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["sqs:SendMessage"],
                    "Resource": "${aws_sqs_queue.q.arn}",
                    "Condition": { "StringLike": { "aws:SourceArn": "${aws_sqs_queue.q.arn}-*" }, "NumericEquals": { "x:port": ${var.port} } }
                  }]
                }
                EOT
                }
                """).load();
        assertThat(errors(m)).isEmpty();
        Value.Obj s = statement(resource(m, "aws_sqs_queue_policy.p"), "policy");
        assertThat(s.get("Effect")).isEqualTo(Value.of("Allow"));
        assertThat(s.get("Principal")).isEqualTo(Value.of("*"));
        assertThat(unknown(s.get("Resource")).detail()).isEqualTo("aws_sqs_queue.q.arn");
        assertThat(unknown(s.get("Resource")).parts()).isNull();
        Value.Obj condition = (Value.Obj) s.get("Condition");
        Value.Unknown like = unknown(((Value.Obj) condition.get("StringLike")).get("aws:SourceArn"));
        assertThat(like.parts()).hasSize(2);
        assertThat(like.parts().get(1)).isEqualTo(Value.of("-*"));
        assertThat(unknown(((Value.Obj) condition.get("NumericEquals")).get("x:port")).reason()).isEqualTo(UnknownReason.UNSET_VARIABLE);
    }

    @Test
    void jsondecodeAndTemplatefileKeepKnownParts() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("policy.json.tftpl", """
                        {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sns:Publish", "Resource": "arn:aws:sns:${region}:111122223333:${name}"}]}
                        """)
                .file("main.tf", """
                        variable "region" {
                          type = string
                        }
                        resource "aws_sns_topic" "t" {
                          name   = "t"
                          policy = templatefile("${path.module}/policy.json.tftpl", { region = var.region, name = "t" })
                        }
                        resource "aws_sqs_queue" "q" {
                          name = "q"
                        }
                        locals {
                          decoded = jsondecode("{\\"Resource\\": \\"${aws_sqs_queue.q.arn}\\", \\"Effect\\": \\"Allow\\"}")
                        }
                        resource "aws_sqs_queue_policy" "p" {
                          queue_url = aws_sqs_queue.q.id
                          policy    = jsonencode({ Statement = [local.decoded] })
                        }
                        """).load();
        assertThat(errors(m)).isEmpty();
        Value.Obj topic = statement(resource(m, "aws_sns_topic.t"), "policy");
        assertThat(topic.get("Principal")).isEqualTo(new Value.Obj(java.util.Map.of("AWS", Value.of("*"))));
        Value.Unknown arn = unknown(topic.get("Resource"));
        assertThat(arn.reason()).isEqualTo(UnknownReason.UNSET_VARIABLE);
        assertThat(arn.parts()).containsExactly(Value.of("arn:aws:sns:"), Value.unknown(UnknownReason.UNSET_VARIABLE, "var.region"),
                Value.of(":111122223333:t"));
        Value.Obj queue = statement(resource(m, "aws_sqs_queue_policy.p"), "policy");
        assertThat(queue.get("Effect")).isEqualTo(Value.of("Allow"));
        assertThat(unknown(queue.get("Resource")).detail()).isEqualTo("aws_sqs_queue.q.arn");
    }

    @Test
    void aHeredocAroundOneJsonencodeIsThatPolicy() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                resource "aws_sqs_queue" "q" {
                  name = "q"
                }
                resource "aws_sqs_queue_policy" "p" {
                  queue_url = aws_sqs_queue.q.id
                  policy    = <<EOT
                ${jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:*", Resource = aws_sqs_queue.q.arn }] })}
                EOT
                }
                """).load();
        assertThat(statement(resource(m, "aws_sqs_queue_policy.p"), "policy").get("Principal")).isEqualTo(Value.of("*"));
    }

    @Test
    void textThatIsNotJsonStaysWhollyUnknown() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                variable "key" {
                  type = string
                }
                locals {
                  broken = jsondecode("{\\"Statement\\": [${var.key}")
                  keyed  = jsondecode("{\\"${var.key}\\": 1}")
                }
                resource "aws_s3_bucket" "b" {
                  tags = { broken = local.broken, keyed = local.keyed }
                }
                """).load();
        Value.Obj tags = (Value.Obj) resource(m, "aws_s3_bucket.b").attribute("tags");
        assertThat(unknown(tags.get("broken")).reason()).isEqualTo(UnknownReason.UNSET_VARIABLE);
        assertThat(unknown(tags.get("keyed")).reason()).isEqualTo(UnknownReason.UNSET_VARIABLE);
    }

    @Test
    void aDataSourceIsReadAtPlanTimeUnlessItsArgumentsWaitForApply() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                resource "aws_vpc" "v" {
                  cidr_block = "10.0.0.0/16"
                }
                data "aws_vpc" "by_tag" {
                  tags = { Name = "shared" }
                }
                data "aws_vpc" "created" {
                  id = aws_vpc.v.id
                }
                data "aws_vpc" "after" {
                  tags       = { Name = "shared" }
                  depends_on = [aws_vpc.v]
                }
                resource "aws_security_group" "sg" {
                  tags = {
                    plan  = data.aws_vpc.by_tag.cidr_block
                    apply = data.aws_vpc.created.cidr_block
                    after = data.aws_vpc.after.arn
                    own   = aws_vpc.v.cidr_block
                    id    = aws_vpc.v.id
                    other = data.aws_vpc.by_tag.owner_id
                  }
                }
                """).load();
        Value.Obj tags = (Value.Obj) resource(m, "aws_security_group.sg").attribute("tags");
        Value.Unknown plan = unknown(tags.get("plan"));
        assertThat(plan.describe()).isEqualTo("read from a data source at plan time: data.aws_vpc.by_tag.cidr_block");
        assertThat(plan.kind()).isEqualTo(UnknownKind.VPC_CIDR);
        assertThat(unknown(tags.get("apply")).reason()).isEqualTo(UnknownReason.DATA_SOURCE_AT_APPLY);
        assertThat(unknown(tags.get("after")).reason()).isEqualTo(UnknownReason.DATA_SOURCE_AT_APPLY);
        assertThat(unknown(tags.get("after")).kind()).isEqualTo(UnknownKind.ARN);
        assertThat(tags.get("own")).isEqualTo(Value.of("10.0.0.0/16"));
        assertThat(unknown(tags.get("id")).kind()).isNull();
        assertThat(unknown(tags.get("other")).kind()).isNull();
    }

    @Test
    void aCidrArgumentKnownOnlyLaterStillHasTheVpcKind() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                variable "cidr" {
                  type = string
                }
                resource "aws_subnet" "s" {
                  vpc_id     = "vpc-1"
                  cidr_block = var.cidr
                }
                resource "aws_security_group" "sg" {
                  tags = { subnet = aws_subnet.s.cidr_block, raw = var.cidr }
                }
                """).load();
        Value.Obj tags = (Value.Obj) resource(m, "aws_security_group.sg").attribute("tags");
        assertThat(unknown(tags.get("subnet")).kind()).isEqualTo(UnknownKind.VPC_CIDR);
        assertThat(unknown(tags.get("subnet")).reason()).isEqualTo(UnknownReason.UNSET_VARIABLE);
        assertThat(unknown(tags.get("raw")).kind()).isNull();
    }

    @Test
    void setsAndForEachKeepTheirKnownParts() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        resource "aws_security_group" "a" {}
                        resource "aws_kms_key" "k" {}
                        resource "aws_launch_configuration" "lc" {
                          image_id        = "ami-1"
                          instance_type   = "t3.micro"
                          security_groups = toset([aws_security_group.a.id, "sg-2", "sg-1", "sg-2"])
                        }
                        module "buckets" {
                          source   = "./bucket"
                          for_each = { logs = aws_kms_key.k.arn, data = "arn:aws:kms:eu-west-1:111122223333:key/1" }
                          key      = each.value
                        }
                        """)
                .file("bucket/main.tf", """
                        variable "key" {
                          type = string
                        }
                        resource "aws_s3_bucket_server_side_encryption_configuration" "e" {
                          bucket = "b"
                          rule {
                            apply_server_side_encryption_by_default {
                              sse_algorithm     = "aws:kms"
                              kms_master_key_id = var.key
                            }
                          }
                        }
                        """).load();
        assertThat(errors(m)).isEmpty();
        Value.ListV groups = (Value.ListV) resource(m, "aws_launch_configuration.lc").attribute("security_groups");
        assertThat(groups.items()).hasSize(3);
        assertThat(groups.items().subList(0, 2)).isEqualTo(List.of(Value.of("sg-1"), Value.of("sg-2")));
        assertThat(unknown(groups.items().get(2)).detail()).isEqualTo("aws_security_group.a.id");
        assertThat(m.resources().stream().map(Resource::address))
                .contains("module.buckets[\"logs\"].aws_s3_bucket_server_side_encryption_configuration.e",
                        "module.buckets[\"data\"].aws_s3_bucket_server_side_encryption_configuration.e");
    }
}
