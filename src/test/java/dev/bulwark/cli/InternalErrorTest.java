package dev.bulwark.cli;

import dev.bulwark.model.InternalFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected error is one line naming the file and exit code 3, never a stack trace or a code that reads as findings. */
class InternalErrorTest {
    @TempDir
    Path dir;

    @Test
    void anInternalFailureIsOneLineNamingTheFileWithItsOwnExitCode() {
        StringWriter err = new StringWriter();
        int code = InternalErrorHandler.report(new InternalFailure("live/main.tf", new IllegalStateException("boom")), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR.code).isEqualTo(3);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("bulwark: internal error while processing live/main.tf: java.lang.IllegalStateException: boom")
                .contains("BULWARK_DEBUG=1");
    }

    @Test
    void aStackOverflowSaysWhatItMeans() {
        StringWriter err = new StringWriter();
        assertThat(InternalErrorHandler.report(new StackOverflowError(), new PrintWriter(err))).isEqualTo(3);
        assertThat(err.toString().lines()).singleElement().asString().contains("stack overflow (input nested or chained too deeply)");
    }

    @Test
    void aChainOfTenThousandLocalsIsScannedWithoutAnError() throws Exception {
        StringBuilder sb = new StringBuilder("locals {\n  l0 = \"x\"\n");
        for (int i = 1; i < 10_000; i++) sb.append("  l").append(i).append(" = local.l").append(i - 1).append('\n');
        sb.append("}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = local.l9999\n}\n");
        Files.writeString(dir.resolve("main.tf"), sb.toString());
        CliRunner.Result r = CliRunner.run("scan", dir.toString(), "--fail-on", "none", "--quiet");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("1 resource in 1 file");
    }

    /**
     * Values nested 5,000 deep (each local a list of the one before) overflow a small stack while the
     * model is printed: the command ends with one line and exit 3, not an escaping error.
     */
    @Test
    void anErrorEscapingTheCommandIsOneLineWithExitCodeThree() throws Exception {
        StringBuilder sb = new StringBuilder("locals {\n  l0 = \"x\"\n");
        for (int i = 1; i < 5_000; i++) sb.append("  l").append(i).append(" = [local.l").append(i - 1).append("]\n");
        sb.append("}\nresource \"aws_s3_bucket\" \"b\" {\n  tags = { deep = local.l4999 }\n}\n");
        Files.writeString(dir.resolve("main.tf"), sb.toString());
        AtomicReference<CliRunner.Result> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> result.set(CliRunner.run("inspect", dir.toString(), "--format", "json")), "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(result.get().exitCode()).isEqualTo(3);
        assertThat(result.get().err().lines()).singleElement().asString().startsWith("bulwark: internal error");
    }
}
