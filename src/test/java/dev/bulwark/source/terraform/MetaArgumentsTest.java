package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Meta-arguments and meta-blocks are read the way Terraform reads them, not evaluated as values. */
class MetaArgumentsTest {
    @TempDir
    Path dir;

    private static Value lifecycle(Resource r, String argument) {
        Value.ListV blocks = (Value.ListV) r.attribute("lifecycle");
        return ((Value.Obj) blocks.items().get(0)).fields().get(argument);
    }

    private static List<Value> strings(String... items) {
        return java.util.Arrays.stream(items).map(s -> (Value) Value.of(s)).toList();
    }

    @Test
    void ignoreChangesAndReplaceTriggeredByAreReferencesNotValues() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                variable "ami_id" {
                  type    = string
                  default = "ami-0abc"
                }

                resource "aws_security_group" "web" {
                  name_prefix = "web-"
                }

                resource "aws_instance" "web" {
                  ami           = var.ami_id
                  instance_type = "t3.small"
                  tags          = { Name = "web" }

                  lifecycle {
                    create_before_destroy = true
                    prevent_destroy       = true
                    ignore_changes        = [ami, tags["Name"], user_data]
                    replace_triggered_by  = [aws_security_group.web.id]
                  }
                }

                resource "aws_s3_bucket" "logs" {
                  bucket = "logs"

                  lifecycle {
                    ignore_changes = all
                  }
                }
                """).load();
        assertThat(m.diagnostics()).isEmpty();
        Resource web = resource(m, "aws_instance.web");
        assertThat(lifecycle(web, "ignore_changes")).isEqualTo(new Value.ListV(strings("ami", "tags[\"Name\"]", "user_data")));
        assertThat(lifecycle(web, "replace_triggered_by")).isEqualTo(new Value.ListV(strings("aws_security_group.web.id")));
        assertThat(lifecycle(web, "prevent_destroy")).isEqualTo(Value.of(true));
        assertThat(lifecycle(web, "create_before_destroy")).isEqualTo(Value.of(true));
        // Like depends_on, a replacement trigger orders changes; it does not configure this resource from the other.
        assertThat(web.refersTo("aws_security_group.web")).isFalse();
        assertThat(lifecycle(resource(m, "aws_s3_bucket.logs"), "ignore_changes")).isEqualTo(Value.of("all"));
    }

    @Test
    void replacementTriggersResolveEachKeyAndCountIndex() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                variable "queues" {
                  type    = map(object({ delay = number }))
                  default = { orders = { delay = 0 }, "audit log" = { delay = 5 } }
                }

                resource "aws_sqs_queue" "dlq" {
                  for_each = var.queues
                  name     = "${each.key}-dlq"
                }

                resource "aws_sqs_queue" "this" {
                  for_each      = var.queues
                  name          = each.key
                  delay_seconds = each.value.delay

                  lifecycle {
                    replace_triggered_by = [aws_sqs_queue.dlq[each.key], aws_sqs_queue.dlq["orders"].arn]
                  }
                }

                resource "aws_eip" "this" {
                  count = 2

                  lifecycle {
                    replace_triggered_by = [aws_sqs_queue.dlq[count.index]]
                  }
                }
                """).load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(lifecycle(resource(m, "aws_sqs_queue.this[\"audit log\"]"), "replace_triggered_by"))
                .isEqualTo(new Value.ListV(strings("aws_sqs_queue.dlq[\"audit log\"]", "aws_sqs_queue.dlq[\"orders\"].arn")));
        assertThat(lifecycle(resource(m, "aws_eip.this[1]"), "replace_triggered_by"))
                .isEqualTo(new Value.ListV(strings("aws_sqs_queue.dlq[1]")));
    }

    @Test
    void aComputedIgnoreChangesIsReportedWhereItIsWritten() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                resource "aws_instance" "web" {
                  ami = "ami-0abc"

                  lifecycle {
                    ignore_changes = [lower("TAGS")]
                  }
                }
                """).load();
        assertThat(errors(m)).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("main.tf");
            assertThat(d.location().startLine()).isEqualTo(5);
            assertThat(d.message()).contains("ignore_changes lists references, not values to compute");
        });
    }

    @Test
    void postconditionsMayUseSelfAndPreconditionsMayNot() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                data "aws_ami" "al2023" {
                  most_recent = true
                  owners      = ["amazon"]

                  lifecycle {
                    postcondition {
                      condition     = self.most_recent
                      error_message = "The AMI lookup must take the newest image."
                    }
                  }
                }

                resource "aws_instance" "web" {
                  ami           = data.aws_ami.al2023.owners[0]
                  instance_type = "t3.small"

                  lifecycle {
                    precondition {
                      condition     = data.aws_ami.al2023.most_recent
                      error_message = "The AMI must be the newest."
                    }
                    postcondition {
                      condition     = self.instance_type == "t3.small"
                      error_message = "The instance must be small."
                    }
                  }
                }

                resource "aws_instance" "bad" {
                  ami = "ami-0abc"

                  lifecycle {
                    precondition {
                      condition     = self.ami != ""
                      error_message = "An AMI is required."
                    }
                  }
                }
                """).load();
        Value.Obj post = (Value.Obj) ((Value.ListV) lifecycle(resource(m, "aws_instance.web"), "postcondition")).items().get(0);
        assertThat(post.fields().get("condition")).isEqualTo(Value.of(true));
        Value.Obj dataPost = (Value.Obj) ((Value.ListV) lifecycle(resource(m, "data.aws_ami.al2023"), "postcondition")).items().get(0);
        assertThat(dataPost.fields().get("condition")).isEqualTo(Value.of(true));
        assertThat(errors(m)).singleElement().satisfies(d -> {
            assertThat(d.location().startLine()).isEqualTo(34);
            assertThat(d.message()).isEqualTo("\"self\" can only be used in provisioner, connection and postcondition blocks");
        });
    }

    @Test
    void lifecycleInJsonSyntaxReadsTheSame() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf.json", """
                {
                  "resource": {
                    "aws_instance": {
                      "web": {
                        "ami": "ami-0abc",
                        "lifecycle": {
                          "ignore_changes": ["tags", "ami"],
                          "replace_triggered_by": ["aws_security_group.web.id"],
                          "postcondition": [{ "condition": "${self.ami != \\"\\"}", "error_message": "no AMI" }]
                        }
                      }
                    },
                    "aws_security_group": { "web": { "name": "web" } }
                  }
                }
                """).load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(lifecycle(resource(m, "aws_instance.web"), "ignore_changes")).isEqualTo(new Value.ListV(strings("tags", "ami")));
    }

    @Test
    void checkMovedImportAndRemovedBlocksLoadWithoutDiagnosticsOrResources() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                variable "buckets" {
                  type    = map(object({ versioning = optional(bool, true) }))
                  default = { assets = {}, backups = { versioning = false } }
                }

                resource "aws_s3_bucket" "this" {
                  for_each = var.buckets
                  bucket   = each.key
                }

                moved {
                  from = aws_s3_bucket.assets
                  to   = aws_s3_bucket.this["assets"]
                }

                moved {
                  from = module.old_buckets
                  to   = module.buckets
                }

                import {
                  for_each = var.buckets
                  to       = aws_s3_bucket.this[each.key]
                  id       = each.key
                }

                import {
                  to = aws_s3_bucket.this["backups"]
                  id = "backups"
                }

                removed {
                  from = aws_s3_bucket.legacy

                  lifecycle {
                    destroy = false
                  }
                }

                check "assets_reachable" {
                  data "http" "assets" {
                    url = "https://${aws_s3_bucket.this["assets"].bucket}.s3.amazonaws.com/"
                  }

                  assert {
                    condition     = data.http.assets.status_code == 200
                    error_message = "${data.http.assets.url} returned ${data.http.assets.status_code}."
                  }
                }
                """).load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.resources()).extracting(Resource::address)
                .containsExactly("aws_s3_bucket.this[\"assets\"]", "aws_s3_bucket.this[\"backups\"]");
    }

    /** The body of each block below fails to evaluate when it has an instance. */
    private static final String EMPTY_EXPANSIONS = """
            variable "rules" {
              type = list(object({
                port = number
                cidr = optional(string)
              }))
              default = []
            }

            variable "replicas" {
              type    = map(object({ region = string }))
              default = {}
            }

            resource "aws_security_group_rule" "by_count" {
              count       = %1$s
              type        = "ingress"
              from_port   = var.rules[0].port
              cidr_blocks = [var.rules[count.index].cidr]
            }

            resource "aws_s3_bucket" "by_map" {
              for_each = %2$s
              bucket   = each.value.name
            }

            resource "aws_s3_bucket" "by_set" {
              for_each = %3$s
              bucket   = each.value.missing

              dynamic "logging" {
                for_each = each.value.targets
                content {
                  target_bucket = logging.value
                }
              }
            }

            module "replica" {
              source   = "./replica"
              for_each = %2$s
              region   = each.value.region
            }

            module "optional" {
              source = "./replica"
              count  = %1$s
              region = var.rules[0].cidr
            }
            """;

    private InfrastructureModel emptyExpansions(String count, String map, String set) {
        return new TerraformTree(dir)
                .file("main.tf", EMPTY_EXPANSIONS.formatted(count, map, set))
                .file("replica/main.tf", """
                        variable "region" {
                          type = string
                        }

                        resource "aws_s3_bucket" "replica" {
                          bucket = "replica-${var.region}"
                        }
                        """)
                .load();
    }

    @Test
    void countZeroAndEmptyForEachEvaluateNoneOfTheBody() {
        for (String[] empty : new String[][] {
                {"0", "{}", "toset([])"},
                {"length(var.rules)", "var.replicas", "[]"},
                {"length(var.rules) > 0 ? 1 : 0", "{ for k, v in var.replicas : k => v }", "toset([for r in var.rules : tostring(r.port)])"}}) {
            InfrastructureModel m = emptyExpansions(empty[0], empty[1], empty[2]);
            assertThat(m.diagnostics()).as("count = %s, for_each = %s / %s", (Object[]) empty).isEmpty();
            assertThat(m.resources()).isEmpty();
        }
    }

    @Test
    void theSameBodiesFailWhenTheyHaveAnInstance() {
        InfrastructureModel m = emptyExpansions("1", "{ a = { region = 1 } }", "toset([\"x\"])");
        assertThat(errors(m)).isNotEmpty();
        assertThat(m.resources()).extracting(Resource::address).contains("aws_security_group_rule.by_count[0]");
    }

    @Test
    void modulesReadFromEmptyExpansionsAreEmptyCollections() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "replica" {
                          source   = "./replica"
                          for_each = {}
                          region   = each.value.region
                        }

                        resource "aws_s3_bucket" "primary" {
                          bucket = "primary"
                          tags   = { replicas = length(module.replica), first = try(module.replica["a"].name, "none") }
                        }
                        """)
                .file("replica/main.tf", """
                        variable "region" {
                          type = string
                        }

                        output "name" {
                          value = "replica-${var.region}"
                        }
                        """)
                .load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(resource(m, "aws_s3_bucket.primary").attribute("tags"))
                .isEqualTo(new Value.Obj(Map.of("replicas", Value.of(0), "first", Value.of("none"))));
    }
}
