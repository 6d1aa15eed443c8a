package dev.bulwark.source.terraform;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Value;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long flat operator chains evaluate on a thread with the JVM's default 1 MB stack, left to right
 * with HCL's precedence. Regression test for chains that were refused, and for an evaluator that
 * recursed once per operator.
 */
class FlatChainEvaluationTest {
    private static final int TERMS = 10_000;

    @TempDir
    Path dir;

    private static String join(String term, String operator, int terms) {
        StringBuilder sb = new StringBuilder(term);
        for (int i = 1; i < terms; i++) {
            sb.append(' ').append(operator).append(' ').append(term);
        }
        return sb.toString();
    }

    /** Each local {@code NAME = ...} becomes the tag NAME of one bucket, for the test to read. */
    private InfrastructureModel loadOnSmallStack(String locals) throws InterruptedException {
        StringBuilder tags = new StringBuilder();
        for (String line : locals.split("\n")) {
            String name = line.strip().split(" ")[0];
            tags.append("    ").append(name).append(" = local.").append(name).append('\n');
        }
        TerraformTree tree = new TerraformTree(dir).file("main.tf", "locals {\n" + locals + "}\n"
                + "resource \"aws_s3_bucket\" \"b\" {\n  tags = {\n" + tags + "  }\n}\n"
                + "resource \"aws_s3_bucket\" \"source\" {}\n");
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(tree.load());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack-load", 1024 * 1024);
        t.start();
        t.join();
        assertThat(result.get()).isInstanceOf(InfrastructureModel.class);
        return (InfrastructureModel) result.get();
    }

    private static Value local(InfrastructureModel m, String name) {
        return ((Value.Obj) resource(m, "aws_s3_bucket.b").attribute("tags")).get(name);
    }

    @Test
    void longChainsEvaluateLeftToRight() throws Exception {
        InfrastructureModel m = loadOnSmallStack(
                "  sum = " + join("1", "+", TERMS) + "\n"
                + "  difference = " + TERMS + " - " + join("1", "-", TERMS - 1) + "\n"
                + "  all = " + join("true", "&&", TERMS) + "\n"
                + "  any = " + join("false", "||", TERMS - 1) + " || true\n"
                + "  mixed = " + join("2 * 3", "+", TERMS) + " - " + join("1", "*", TERMS) + "\n"
                + "  halved = 1024 / " + join("2", "/", 10) + "\n"
                + "  compared = " + join("1", "+", 300) + " == 300\n");
        assertThat(errors(m)).isEmpty();
        assertThat(local(m, "sum")).isEqualTo(Value.of(BigDecimal.valueOf(TERMS)));
        // Left-associative: ((10000 - 1) - 1) ... leaves 1; grouping from the right would not.
        assertThat(local(m, "difference")).isEqualTo(Value.of(BigDecimal.ONE));
        assertThat(local(m, "all")).isEqualTo(Value.TRUE);
        assertThat(local(m, "any")).isEqualTo(Value.TRUE);
        assertThat(local(m, "mixed")).isEqualTo(Value.of(BigDecimal.valueOf(6L * TERMS - 1)));
        assertThat(local(m, "halved")).isEqualTo(Value.of(BigDecimal.ONE));
        assertThat(local(m, "compared")).isEqualTo(Value.TRUE);
    }

    @Test
    void aChainOf256OperatorsKeepsItsFilesResources() throws Exception {
        InfrastructureModel m = loadOnSmallStack("  n = " + join("1", "+", 257) + "\n");
        assertThat(m.filesFailed()).isZero();
        assertThat(local(m, "n")).isEqualTo(Value.of(BigDecimal.valueOf(257)));
    }

    @Test
    void longTraversalChainsEvaluateStepByStep() throws Exception {
        InfrastructureModel m = loadOnSmallStack(
                "  unknown = aws_s3_bucket.source" + ".a[0].b".repeat(TERMS) + "\n"
                + "  missing = try(local.obj" + ".a".repeat(TERMS) + ", \"fallback\")\n"
                + "  obj = { a = { a = \"two\" } }\n"
                + "  short = local.obj.a.a\n");
        assertThat(errors(m)).isEmpty();
        assertThat(local(m, "unknown")).isInstanceOf(Value.Unknown.class);
        assertThat(local(m, "missing")).isEqualTo(Value.of("fallback"));
        assertThat(local(m, "short")).isEqualTo(Value.of("two"));
    }
}
