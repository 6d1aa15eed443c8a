package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Root variables take values from defaults, TF_VAR_*, tfvars files, --var-file and --var, later winning. */
class VariableValuesTest {
    @TempDir
    Path dir;

    private TerraformTree tree() {
        return new TerraformTree(dir).file("main.tf", """
                variable "a" { default = "default" }
                variable "b" { default = "default" }
                variable "c" { default = "default" }
                variable "d" { default = "default" }
                variable "e" { default = "default" }
                variable "n" { type = number }
                variable "list" { type = list(string) }
                variable "unset" { type = string }
                resource "null_resource" "r" {
                  triggers = { a = var.a, b = var.b, c = var.c, d = var.d, e = var.e, n = var.n, unset = var.unset }
                  list     = var.list
                }
                """);
    }

    private static Value.Obj triggers(InfrastructureModel m) {
        return (Value.Obj) resource(m, "null_resource.r").attribute("triggers");
    }

    @Test
    void precedenceFollowsTerraform() {
        TerraformTree t = tree()
                .file("terraform.tfvars", "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\n")
                .file("b.auto.tfvars", "c = \"auto-b\"\nd = \"auto-b\"\ne = \"auto-b\"\n")
                .file("a.auto.tfvars", "c = \"auto-a\"\n")
                .file("extra.tfvars", "d = \"var-file\"\ne = \"var-file\"\n");
        InfrastructureModel m = t.load(t.options(List.of(dir.resolve("extra.tfvars")), Map.of("e", "cli", "n", "7"),
                Map.of("TF_VAR_a", "env", "TF_VAR_b", "env", "TF_VAR_list", "[\"x\", \"y\"]")));
        Value.Obj tr = triggers(m);
        assertThat(tr.get("a")).isEqualTo(Value.of("env"));
        assertThat(tr.get("b")).isEqualTo(Value.of("tfvars"));
        assertThat(tr.get("c")).isEqualTo(Value.of("auto-b"));
        assertThat(tr.get("d")).isEqualTo(Value.of("var-file"));
        assertThat(tr.get("e")).isEqualTo(Value.of("cli"));
        assertThat(tr.get("n")).isEqualTo(Value.of(7));
        assertThat(resource(m, "null_resource.r").attribute("list")).isEqualTo(new Value.ListV(List.of(Value.of("x"), Value.of("y"))));
    }

    @Test
    void unsetVariableIsUnknownAndNoted() {
        InfrastructureModel m = tree().load();
        assertThat(triggers(m).get("unset")).isEqualTo(Value.unknown(UnknownReason.UNSET_VARIABLE, "var.unset"));
        assertThat(m.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("variable \"unset\" has no value"));
    }

    @Test
    void badValuesAreReportedWithTheirOrigin() {
        TerraformTree t = tree().file("terraform.tfvars", "n = \"not a number\"\nnope = 1\n");
        InfrastructureModel m = t.load(t.options(List.of(dir.resolve("missing.tfvars")), Map.of("list", "[unclosed"), Map.of()));
        assertThat(m.diagnostics()).anySatisfy(d -> assertThat(d.toString()).contains("missing.tfvars").contains("variables file not found"));
        assertThat(m.diagnostics()).anySatisfy(d -> assertThat(d.toString()).contains("terraform.tfvars:2:1").contains("no such variable"));
        assertThat(m.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("invalid value for variable \"n\"").contains("number is required").contains("string \"not a number\""));
        assertThat(m.diagnostics()).anySatisfy(d -> assertThat(d.toString()).contains("--var list"));
        assertThat(triggers(m).get("n")).isInstanceOf(Value.Unknown.class);
    }
}
