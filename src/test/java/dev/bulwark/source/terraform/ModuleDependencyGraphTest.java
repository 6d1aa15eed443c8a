package dev.bulwark.source.terraform;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module call's inputs and outputs depend on each other only through the module's own
 * expressions, as in Terraform's graph: feeding one input from a resource and reading an unrelated
 * output into the same resource is no cycle. A true cycle is one error naming its chain.
 */
class ModuleDependencyGraphTest {
    @TempDir
    Path dir;

    private static final String PASS_THROUGH = """
            variable "in2" {
              type = string
            }

            output "out1" {
              value = "bucket-name"
            }

            output "out2" {
              value = "arn:${var.in2}"
            }
            """;

    @Test
    void aResourceFeedingOneInputAndReadingAnotherOutputIsNoCycle() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        resource "aws_s3_bucket" "r" {
                          bucket = module.m.out1
                        }

                        module "m" {
                          source = "./m"
                          in2    = aws_s3_bucket.r.id
                        }
                        """)
                .file("m/main.tf", PASS_THROUGH)
                .load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(resource(m, "aws_s3_bucket.r").attribute("bucket")).isEqualTo(Value.of("bucket-name"));
    }

    @Test
    void aPolicyReadingOneOutputWhileItsBucketFeedsAnotherInputLoads() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        resource "aws_s3_bucket" "b" {
                          bucket = "logs"
                          tags   = { name = module.a.out1 }
                        }

                        module "a" {
                          source = "./m"
                          in2    = aws_s3_bucket.b.id
                        }

                        resource "aws_s3_bucket_policy" "p" {
                          bucket = module.a.out1
                          policy = module.a.out2
                        }
                        """)
                .file("m/main.tf", PASS_THROUGH)
                .load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(resource(m, "aws_s3_bucket.b").attribute("tags")).isEqualTo(new Value.Obj(Map.of("name", Value.of("bucket-name"))));
        Value policy = resource(m, "aws_s3_bucket_policy.p").attribute("policy");
        assertThat(policy).isInstanceOf(Value.Unknown.class);
        assertThat(((Value.Unknown) policy).reason()).isNotEqualTo(UnknownReason.CYCLE);
        assertThat(resource(m, "aws_s3_bucket_policy.p").references().get("policy")).contains("aws_s3_bucket.b");
    }

    @Test
    void instancesOfACountedOrForEachModuleAreReadOutputByOutput() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        resource "aws_s3_bucket" "r" {
                          bucket = module.by_key["a"].out1
                          tags   = { first = module.by_index[0].out1 }
                        }

                        module "by_key" {
                          source   = "./m"
                          for_each = toset(["a", "b"])
                          in2      = "${aws_s3_bucket.r.id}-${each.key}"
                        }

                        module "by_index" {
                          source = "./m"
                          count  = 2
                          in2    = aws_s3_bucket.r.arn
                        }
                        """)
                .file("m/main.tf", PASS_THROUGH)
                .load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(resource(m, "aws_s3_bucket.r").attribute("bucket")).isEqualTo(Value.of("bucket-name"));
        assertThat(resource(m, "aws_s3_bucket.r").attribute("tags")).isEqualTo(new Value.Obj(Map.of("first", Value.of("bucket-name"))));
    }

    @Test
    void nestedModulesKeepOutputsApart() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        resource "aws_s3_bucket" "r" {
                          bucket = module.outer.name
                        }

                        module "outer" {
                          source = "./outer"
                          in2    = aws_s3_bucket.r.id
                        }
                        """)
                .file("outer/main.tf", """
                        variable "in2" {
                          type = string
                        }

                        module "inner" {
                          source = "../m"
                          in2    = var.in2
                        }

                        output "name" {
                          value = module.inner.out1
                        }

                        output "arn" {
                          value = module.inner.out2
                        }
                        """)
                .file("m/main.tf", PASS_THROUGH)
                .load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(resource(m, "aws_s3_bucket.r").attribute("bucket")).isEqualTo(Value.of("bucket-name"));
    }

    @Test
    void aTrueCycleThroughAModuleIsOneErrorNamingItsChain() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        resource "aws_s3_bucket" "r" {
                          bucket = "data"
                          tags   = { arn = module.m.out2 }
                        }

                        module "m" {
                          source = "./m"
                          in2    = aws_s3_bucket.r.id
                        }

                        resource "aws_s3_bucket" "other" {
                          bucket = module.m.out1
                        }
                        """)
                .file("m/main.tf", PASS_THROUGH)
                .load();
        assertThat(errors(m)).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("main.tf");
            assertThat(d.location().startLine()).isEqualTo(8);
            assertThat(d.message()).isEqualTo("aws_s3_bucket.r depends on itself: aws_s3_bucket.r → module.m.output.out2 (main.tf:3)"
                    + " → module.m.var.in2 (m/main.tf:10) → aws_s3_bucket.r (main.tf:8)");
        });
        assertThat(resource(m, "aws_s3_bucket.r").attribute("bucket")).isEqualTo(Value.of("data"));
        assertThat(resource(m, "aws_s3_bucket.other").attribute("bucket")).isEqualTo(Value.of("bucket-name"));
        assertThat(m.diagnostics()).extracting(Diagnostic::severity).containsOnly(Diagnostic.Severity.ERROR);
    }

    @Test
    void readingAWholeModuleDependsOnEveryOutput() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        resource "aws_s3_bucket" "r" {
                          bucket = "data"
                          tags   = module.m
                        }

                        module "m" {
                          source = "./m"
                          in2    = aws_s3_bucket.r.id
                        }
                        """)
                .file("m/main.tf", PASS_THROUGH)
                .load();
        assertThat(errors(m)).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("aws_s3_bucket.r depends on itself: aws_s3_bucket.r → module.m (main.tf:3) → module.m.output.out2"));
    }

    @Test
    void aModuleWhoseForEachReadsItsOwnOutputIsACycle() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", """
                        module "m" {
                          source   = "./m"
                          for_each = toset([module.m["a"].out1])
                          in2      = each.key
                        }
                        """)
                .file("m/main.tf", PASS_THROUGH)
                .load();
        assertThat(errors(m)).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("module.m (expand) depends on itself: module.m (expand) → module.m (expand) (main.tf:3)"));
    }
}
