package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Broken input is reported at its location and the rest of the tree still loads. */
class LoadProblemsTest {
    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorLosesOnlyItsFile() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("good.tf", "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\"\n}\n")
                .file("bad.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n")
                .load();
        assertThat(m.resources()).extracting(Resource::address).containsExactly("aws_s3_bucket.a");
        assertThat(m.filesFailed()).isEqualTo(1);
        assertThat(m.filesRead()).isEqualTo(1);
        assertThat(errors(m)).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("bad.tf");
            assertThat(d.location().startLine()).isEqualTo(2);
        });
    }

    @Test
    void duplicateAddressesAreReportedAndTheFirstKept() {
        InfrastructureModel m = new TerraformTree(dir)
                .file("a.tf", "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \"first\"\n}\n")
                .file("b.tf", "\n\nresource \"aws_s3_bucket\" \"x\" {\n  bucket = \"second\"\n}\n")
                .load();
        assertThat(resource(m, "aws_s3_bucket.x").attribute("bucket")).isEqualTo(Value.of("first"));
        assertThat(errors(m)).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith("b.tf:3:1: error: duplicate resource \"aws_s3_bucket.x\"");
            assertThat(d.message()).contains("a.tf:1:1");
        });
    }

    @Test
    void undecodableFileIsReportedByName() throws Exception {
        TerraformTree t = new TerraformTree(dir).file("ok.tf", "resource \"a_b\" \"c\" {}\n");
        Files.write(dir.resolve("latin1.tf"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        InfrastructureModel m = t.load();
        assertThat(m.resources()).hasSize(1);
        assertThat(errors(m)).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("latin1.tf");
            assertThat(d.message()).isEqualTo("not UTF-8 text: byte 0xE9 at byte offset 2 (line 1) is not valid UTF-8");
        });
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        InfrastructureModel m = new TerraformTree(dir).file("ok.tf", "resource \"a_b\" \"c\" {\n  name = \"\uFFFD\u00e9\"\n}\n").load();
        assertThat(errors(m)).isEmpty();
        assertThat(m.resources().get(0).attribute("name")).isEqualTo(dev.bulwark.model.Value.of("\uFFFD\u00e9"));
    }

    @Test
    void aReplacementCharacterInAnUndecodableFileDoesNotHideIt() throws Exception {
        new TerraformTree(dir).file("ok.tf", "resource \"a_b\" \"c\" {}\n");
        Files.write(dir.resolve("mixed.tf"), new byte[] {'#', ' ', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xE9, '\n'});
        InfrastructureModel m = new TerraformTree(dir).load();
        assertThat(errors(m)).singleElement().satisfies(d -> assertThat(d.message()).contains("not valid UTF-8"));
    }

    @Test
    void missingPathAndMissingModuleDirectoryAreReported() {
        new TerraformTree(dir).file("main.tf", "module \"gone\" {\n  source = \"./nowhere\"\n}\n");
        InfrastructureModel m = TerraformLoading.load(List.of(dir, dir.resolve("absent")),
                new LoadOptions(List.of(), Map.of(), Map.of(), dir));
        assertThat(errors(m)).anySatisfy(d -> assertThat(d.toString()).isEqualTo("absent: error: path does not exist"));
        assertThat(errors(m)).anySatisfy(d -> assertThat(d.toString()).startsWith("main.tf:2:12: error: module \"gone\": no Terraform files in nowhere"));
    }

    @Test
    void localsCycleIsReportedNotLooped() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                locals {
                  a = local.b
                  b = "${local.a}-x"
                  ok = "fine"
                }
                resource "x_y" "z" {
                  v  = local.a
                  ok = local.ok
                }
                """).load();
        Resource r = resource(m, "x_y.z");
        assertThat(r.attribute("ok")).isEqualTo(Value.of("fine"));
        assertThat(r.attribute("v")).isInstanceOf(Value.Unknown.class);
        assertThat(((Value.Unknown) r.attribute("v")).reason()).isEqualTo(UnknownReason.CYCLE);
        assertThat(errors(m)).anySatisfy(d -> assertThat(d.message()).isEqualTo("local.a depends on itself: local.a → local.b (main.tf:2) → local.a (main.tf:3)"));
    }

    @Test
    void evaluationErrorPointsAtTheExpression() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", """
                locals {
                  m = { a = 1 }
                }
                resource "x_y" "z" {
                  v = local.m["b"]
                  w = local.nope
                }
                """).load();
        assertThat(errors(m)).anySatisfy(d -> assertThat(d.toString()).startsWith("main.tf:5:7: error: key \"b\" does not exist"));
        assertThat(errors(m)).anySatisfy(d -> assertThat(d.toString()).contains("main.tf:6:7").contains("no local value \"nope\""));
        assertThat(((Value.Unknown) resource(m, "x_y.z").attribute("v")).reason()).isEqualTo(UnknownReason.EVALUATION_ERROR);
    }
}
