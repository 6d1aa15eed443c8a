package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression tests for chains of values that depend on each other (a local on a local on a local …):
 * long chains evaluate; a chain longer than the evaluation stack holds is one error at its position,
 * and the rest of the module still loads.
 */
class DeepChainsTest {
    @TempDir
    Path dir;

    private static String localsChain(int n, String last) {
        StringBuilder sb = new StringBuilder("locals {\n  l0 = \"x\"\n");
        for (int i = 1; i < n; i++) sb.append("  l").append(i).append(" = local.l").append(i - 1).append('\n');
        sb.append("}\n");
        sb.append("resource \"aws_s3_bucket\" \"far\" {\n  bucket = local.l").append(last).append("\n}\n");
        sb.append("resource \"aws_s3_bucket\" \"near\" {\n  bucket = local.l2\n}\n");
        return sb.toString();
    }

    @Test
    void tenThousandLocalsInAChainEvaluate() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", localsChain(10_000, "9999")).load();
        assertThat(errors(m)).isEmpty();
        assertThat(resource(m, "aws_s3_bucket.far").attribute("bucket")).isEqualTo(Value.of("x"));
    }

    @Test
    void chainsOfModuleOutputsAndInputsEvaluate() {
        StringBuilder root = new StringBuilder("module \"a0\" {\n  source = \"./m\"\n  in     = \"x\"\n}\n");
        int n = 3_000;
        for (int i = 1; i < n; i++) {
            root.append("module \"a").append(i).append("\" {\n  source = \"./m\"\n  in     = module.a").append(i - 1).append(".out\n}\n");
        }
        root.append("resource \"aws_s3_bucket\" \"b\" {\n  bucket = module.a").append(n - 1).append(".out\n}\n");
        InfrastructureModel m = new TerraformTree(dir)
                .file("main.tf", root.toString())
                .file("m/main.tf", "variable \"in\" {\n  type = string\n}\noutput \"out\" {\n  value = var.in\n}\n")
                .load();
        assertThat(errors(m)).isEmpty();
        assertThat(resource(m, "aws_s3_bucket.b").attribute("bucket")).isEqualTo(Value.of("x"));
    }

    @Test
    void chainsOfResourceReferencesEvaluate() {
        StringBuilder sb = new StringBuilder("resource \"aws_s3_bucket\" \"r0\" {\n  bucket = \"x\"\n}\n");
        int n = 10_000;
        for (int i = 1; i < n; i++) {
            sb.append("resource \"aws_s3_bucket\" \"r").append(i).append("\" {\n  bucket = aws_s3_bucket.r").append(i - 1).append(".bucket\n}\n");
        }
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", sb.toString()).load();
        assertThat(errors(m)).isEmpty();
        assertThat(m.resources()).hasSize(n);
        assertThat(resource(m, "aws_s3_bucket.r" + (n - 1)).attribute("bucket")).isEqualTo(Value.of("x"));
    }

    @Test
    void aChainLongerThanTheStackHoldsIsOneErrorAtItsPositionAndTheRestLoads() {
        TerraformTree tree = new TerraformTree(dir).file("main.tf", localsChain(20_000, "19999"));
        InfrastructureModel m = TerraformLoading.load(List.of(dir), tree.options(List.of(), java.util.Map.of(), java.util.Map.of()),
                Integer.MAX_VALUE, 512 * 1024);
        assertThat(m.resources()).extracting(Resource::address).containsExactly("aws_s3_bucket.near");
        assertThat(errors(m)).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("main.tf");
            assertThat(d.location().startLine()).isBetween(2, 20_001);
            assertThat(d.message()).contains("chain too long to evaluate").contains("aws_s3_bucket.far, declared at main.tf:20003");
        });
    }
}
