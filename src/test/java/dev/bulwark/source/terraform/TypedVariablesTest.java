package dev.bulwark.source.terraform;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Variables and module inputs take their declared type, as Terraform converts them. */
class TypedVariablesTest {
    @TempDir
    Path dir;

    private InfrastructureModel load(String main) {
        return new TerraformTree(dir).file("main.tf", main).load();
    }

    private static Value attr(InfrastructureModel m, String address, String name) {
        return resource(m, address).attribute(name);
    }

    @Test
    void optionalAttributesOfAMapOfObjectsBecomeNullOrTheirDefault() {
        InfrastructureModel m = load("""
                variable "buckets" {
                  type = map(object({
                    create     = optional(bool, true)
                    versioning = optional(bool)
                    tags       = optional(map(string), {})
                    lifecycle  = optional(object({ days = optional(number, 30), enabled = optional(bool, false) }), {})
                  }))
                  default = { logs = { versioning = "true" }, data = { create = false, lifecycle = { days = "7" } } }
                }
                resource "aws_s3_bucket" "b" {
                  for_each = { for k, v in var.buckets : k => v if v.create }
                  bucket   = each.key
                  versioning = each.value.versioning
                  tags     = each.value.tags
                  days     = each.value.lifecycle.days
                  enabled  = each.value.lifecycle.enabled
                }
                """);
        assertThat(errors(m)).isEmpty();
        assertThat(m.resources()).extracting(r -> r.address()).containsExactly("aws_s3_bucket.b[\"logs\"]");
        assertThat(attr(m, "aws_s3_bucket.b[\"logs\"]", "versioning")).isEqualTo(Value.TRUE);
        assertThat(attr(m, "aws_s3_bucket.b[\"logs\"]", "tags")).isEqualTo(Value.Obj.EMPTY);
        assertThat(attr(m, "aws_s3_bucket.b[\"logs\"]", "days")).isEqualTo(Value.of(30));
        assertThat(attr(m, "aws_s3_bucket.b[\"logs\"]", "enabled")).isEqualTo(Value.FALSE);
    }

    @Test
    void primitivesAndCollectionKindsConvertIntoEachOther() {
        InfrastructureModel m = load("""
                variable "s" {
                  type    = string
                  default = 5
                }
                variable "n" {
                  type    = number
                  default = "1.5"
                }
                variable "b" {
                  type    = bool
                  default = "false"
                }
                variable "set" {
                  type    = set(string)
                  default = ["b", "a", "b", 1]
                }
                variable "tuple" {
                  type    = tuple([string, number])
                  default = [1, "2"]
                }
                variable "anylist" {
                  type    = list(any)
                  default = ["a", 1, true]
                }
                variable "obj" {
                  type    = object({ name = string })
                  default = { name = "x", extra = "dropped" }
                }
                resource "null_resource" "r" {
                  s = var.s
                  n = var.n
                  b = var.b
                  set = var.set
                  tuple = var.tuple
                  anylist = var.anylist
                  obj = var.obj
                }
                """);
        assertThat(errors(m)).isEmpty();
        assertThat(attr(m, "null_resource.r", "s")).isEqualTo(Value.of("5"));
        assertThat(attr(m, "null_resource.r", "n")).isEqualTo(Value.of(new java.math.BigDecimal("1.5")));
        assertThat(attr(m, "null_resource.r", "b")).isEqualTo(Value.FALSE);
        assertThat(attr(m, "null_resource.r", "set")).isEqualTo(new Value.ListV(List.of(Value.of("1"), Value.of("a"), Value.of("b"))));
        assertThat(attr(m, "null_resource.r", "tuple")).isEqualTo(new Value.ListV(List.of(Value.of("1"), Value.of(2))));
        assertThat(attr(m, "null_resource.r", "anylist")).isEqualTo(new Value.ListV(List.of(Value.of("a"), Value.of("1"), Value.of("true"))));
        assertThat(attr(m, "null_resource.r", "obj")).isEqualTo(new Value.Obj(Map.of("name", Value.of("x"))));
    }

    @Test
    void aValueThatDoesNotConvertNamesVariablePathExpectedAndGiven() {
        InfrastructureModel m = load("""
                variable "buckets" {
                  type    = map(object({ versioning = optional(bool) }))
                  default = { logs = { versioning = "maybe" } }
                }
                variable "ports" {
                  type    = list(number)
                  default = { a = 1 }
                }
                variable "needs" {
                  type    = object({ name = string })
                  default = {}
                }
                resource "null_resource" "r" {
                  b = var.buckets
                  p = var.ports
                  n = var.needs
                }
                """);
        assertThat(errors(m)).extracting(Diagnostic::toString).anySatisfy(s -> assertThat(s)
                .contains("main.tf:2").contains("variable \"buckets\"").contains("var.buckets[\"logs\"].versioning")
                .contains("bool is required").contains("string \"maybe\""));
        assertThat(errors(m)).extracting(Diagnostic::message).anySatisfy(s -> assertThat(s)
                .contains("variable \"ports\"").contains("list(number) is required").contains("an object with attributes a"));
        assertThat(errors(m)).extracting(Diagnostic::message).anySatisfy(s -> assertThat(s)
                .contains("var.needs.name").contains("attribute \"name\" (string) is required"));
        assertThat(attr(m, "null_resource.r", "b")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void moduleInputsAreConvertedAndNullTakesTheDefaultOnlyWhenNotNullable() {
        TerraformTree t = new TerraformTree(dir).file("main.tf", """
                module "m" {
                  source   = "./mod"
                  settings = { name = "a" }
                  strict   = null
                  loose    = null
                }
                """).file("mod/main.tf", """
                variable "settings" {
                  type = object({ name = string, size = optional(number, 2), flags = optional(list(string), []) })
                }
                variable "strict" {
                  type     = string
                  default  = "fallback"
                  nullable = false
                }
                variable "loose" {
                  type    = string
                  default = "unused"
                }
                resource "null_resource" "r" {
                  size   = var.settings.size
                  flags  = var.settings.flags
                  strict = var.strict
                  loose  = var.loose
                }
                """);
        InfrastructureModel m = t.load();
        assertThat(errors(m)).isEmpty();
        assertThat(attr(m, "module.m.null_resource.r", "size")).isEqualTo(Value.of(2));
        assertThat(attr(m, "module.m.null_resource.r", "flags")).isEqualTo(Value.ListV.EMPTY);
        assertThat(attr(m, "module.m.null_resource.r", "strict")).isEqualTo(Value.of("fallback"));
        assertThat(attr(m, "module.m.null_resource.r", "loose")).isNull();
    }

    @Test
    void anUnknownInputStaysUnknownWhereverItSits() {
        InfrastructureModel m = load("""
                variable "unset" { type = string }
                variable "nested" {
                  type    = list(object({ id = string, on = optional(bool, true) }))
                  default = [{ id = var.unset }]
                }
                resource "null_resource" "r" {
                  id = var.nested[0].id
                  on = var.nested[0].on
                }
                """);
        assertThat(attr(m, "null_resource.r", "id")).isInstanceOf(Value.Unknown.class);
        assertThat(attr(m, "null_resource.r", "on")).isEqualTo(Value.TRUE);
    }

    @Test
    void failingValidationIsAnErrorWithItsMessage() {
        InfrastructureModel m = load("""
                variable "env" {
                  type    = string
                  default = "qa"
                  validation {
                    condition     = contains(["dev", "prod"], var.env)
                    error_message = "env must be dev or prod, not ${var.env}."
                  }
                  validation {
                    condition     = length(var.env) > 0
                    error_message = "env must not be empty."
                  }
                }
                variable "unset" {
                  type = string
                  validation {
                    condition     = length(var.unset) > 3
                    error_message = "too short"
                  }
                }
                resource "null_resource" "r" { env = var.env }
                """);
        assertThat(errors(m)).extracting(Diagnostic::toString).containsExactly(
                errors(m).get(0).toString());
        assertThat(errors(m).get(0).toString()).contains("main.tf:5").contains("variable \"env\"").contains("env must be dev or prod, not qa.");
    }

    @Test
    void anInvalidTypeExpressionIsReportedWhereItIs() {
        InfrastructureModel m = load("""
                variable "v" {
                  type    = list(strang)
                  default = ["a"]
                }
                resource "null_resource" "r" { v = var.v }
                """);
        assertThat(errors(m)).extracting(Diagnostic::toString).anySatisfy(s -> assertThat(s)
                .contains("main.tf:2").contains("invalid type for variable \"v\"").contains("\"strang\" is not a type"));
        assertThat(attr(m, "null_resource.r", "v")).isEqualTo(new Value.ListV(List.of(Value.of("a"))));
    }
}
