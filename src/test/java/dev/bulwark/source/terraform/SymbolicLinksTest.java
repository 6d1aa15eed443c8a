package dev.bulwark.source.terraform;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in a scanned tree are followed like Terraform follows them. Links that cannot be
 * followed, loops and links leading outside the scanned paths are named with their path. Regression
 * test for a folder holding only linked {@code .tf} files, which was skipped as empty.
 */
class SymbolicLinksTest {
    private static final String BUCKET = "resource \"aws_s3_bucket\" \"%s\" {\n  bucket = \"%s\"\n}\n";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private Path link(String relative, String target) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.createSymbolicLink(p, Path.of(target));
    }

    private InfrastructureModel scan(String... paths) {
        List<Path> list = java.util.Arrays.stream(paths).map(dir::resolve).toList();
        return TerraformLoading.load(list, new LoadOptions(List.of(), Map.of(), Map.of(), dir));
    }

    private static List<String> files(InfrastructureModel m) {
        return m.resources().stream().map(r -> r.location().file() + " " + r.address()).sorted().toList();
    }

    private static List<String> warnings(InfrastructureModel m) {
        return m.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING)
                .map(Diagnostic::toString).toList();
    }

    @Test
    void aFolderOfOnlyLinkedFilesIsAModule() throws IOException {
        write("sources/bucket.tf.in", BUCKET.formatted("a", "a"));
        write("sources/logs.tf.in", BUCKET.formatted("logs", "logs"));
        link("live/main.tf", "../sources/bucket.tf.in");
        link("live/logs.tf", "../sources/logs.tf.in");
        InfrastructureModel m = scan(".");
        assertThat(files(m)).containsExactly("live/logs.tf aws_s3_bucket.logs", "live/main.tf aws_s3_bucket.a");
        assertThat(m.filesRead()).isEqualTo(2);
        assertThat(m.diagnostics()).isEmpty();
    }

    @Test
    void aLinkedFileOutsideTheScannedPathIsLoadedAndNamed() throws IOException {
        write("sources/bucket.tf.in", BUCKET.formatted("a", "a"));
        link("live/main.tf", "../sources/bucket.tf.in");
        InfrastructureModel m = scan("live");
        assertThat(files(m)).containsExactly("live/main.tf aws_s3_bucket.a");
        assertThat(warnings(m)).singleElement().asString()
                .startsWith("live/main.tf: warning: symbolic link to ../sources/bucket.tf.in leads outside the scanned paths (to ")
                .endsWith("sources/bucket.tf.in); it is followed, as Terraform would");
    }

    @Test
    void aLinkedDirectoryIsWalked() throws IOException {
        write("shared/network/main.tf", BUCKET.formatted("net", "net"));
        write("app/main.tf", BUCKET.formatted("app", "app"));
        link("app/platform", "../shared");
        InfrastructureModel m = scan("app");
        assertThat(files(m)).containsExactly("app/main.tf aws_s3_bucket.app", "app/platform/network/main.tf aws_s3_bucket.net");
        assertThat(warnings(m)).singleElement().asString().startsWith("app/platform: warning: symbolic link to ../shared leads outside");
    }

    @Test
    void aDirectoryReachedTwiceLoadsOnceUnderItsOwnPath() throws IOException {
        write("modules/bucket/main.tf", BUCKET.formatted("b", "b"));
        link("a-link-sorted-first", "modules");
        InfrastructureModel m = scan(".");
        assertThat(files(m)).containsExactly("modules/bucket/main.tf aws_s3_bucket.b");
        assertThat(m.diagnostics()).isEmpty();
    }

    @Test
    void aLoopIsReportedNotFollowed() throws IOException {
        write("stack/main.tf", BUCKET.formatted("s", "s"));
        link("stack/again", "..");
        link("stack/self", ".");
        InfrastructureModel m = scan(".");
        assertThat(files(m)).containsExactly("stack/main.tf aws_s3_bucket.s");
        assertThat(warnings(m)).hasSize(2).allSatisfy(w -> assertThat(w).contains("leads back to an enclosing directory")
                .endsWith("a loop; not followed"));
        assertThat(warnings(m).get(0)).startsWith("stack/again: warning: symbolic link to .. leads back");
    }

    @Test
    void aDanglingConfigurationLinkIsAFileThatCannotBeRead() throws IOException {
        write("live/main.tf", BUCKET.formatted("a", "a"));
        link("live/extra.tf", "../gone/extra.tf");
        link("only-broken/main.tf", "nowhere.tf");
        InfrastructureModel m = scan(".");
        assertThat(files(m)).containsExactly("live/main.tf aws_s3_bucket.a");
        assertThat(m.filesFailed()).isEqualTo(2);
        assertThat(errors(m)).extracting(Diagnostic::toString).containsExactly(
                "live/extra.tf: error: symbolic link to ../gone/extra.tf cannot be followed: "
                        + dir.resolve("gone/extra.tf") + " does not exist",
                "only-broken/main.tf: error: symbolic link to nowhere.tf cannot be followed: "
                        + dir.resolve("only-broken/nowhere.tf") + " does not exist");
    }

    @Test
    void aDanglingDirectoryLinkAndALinkLoopAreNamed() throws IOException {
        write("main.tf", BUCKET.formatted("a", "a"));
        link("modules", "../moved-away");
        link("ping.tf", "pong.tf");
        link("pong.tf", "ping.tf");
        InfrastructureModel m = scan(".");
        assertThat(files(m)).containsExactly("main.tf aws_s3_bucket.a");
        assertThat(warnings(m)).singleElement().asString()
                .startsWith("modules: warning: symbolic link to ../moved-away cannot be followed: ");
        assertThat(errors(m)).extracting(Diagnostic::toString).containsExactly(
                "ping.tf: error: symbolic link to pong.tf cannot be followed: it leads round a loop of links",
                "pong.tf: error: symbolic link to ping.tf cannot be followed: it leads round a loop of links");
    }

    @Test
    void aScannedPathThatIsALinkIsWalked() throws IOException {
        write("real/main.tf", BUCKET.formatted("a", "a"));
        link("alias", "real");
        InfrastructureModel m = scan("alias");
        assertThat(files(m)).containsExactly("alias/main.tf aws_s3_bucket.a");
        assertThat(m.diagnostics()).isEmpty();
    }

    @Test
    void aModuleCalledThroughALinkedPathIsNotAlsoARoot() throws IOException {
        write("modules/bucket/main.tf", BUCKET.formatted("b", "b"));
        write("live/main.tf", "module \"storage\" {\n  source = \"./mods/bucket\"\n}\n");
        link("live/mods", "../modules");
        InfrastructureModel m = scan(".");
        assertThat(m.resources()).extracting(Resource::address).containsExactly("module.storage.aws_s3_bucket.b");
        assertThat(errors(m)).isEmpty();
    }

    @Test
    void linkedVariablesFilesAreReadAndBrokenOnesNamed() throws IOException {
        write("live/main.tf", "variable \"name\" {}\nvariable \"region\" {}\n" + BUCKET.formatted("a", "${var.name}"));
        write("shared/common.tfvars.in", "name = \"from-link\"\n");
        link("live/terraform.tfvars", "../shared/common.tfvars.in");
        link("live/region.auto.tfvars", "../shared/missing.tfvars");
        InfrastructureModel m = scan(".");
        assertThat(m.resources()).singleElement().satisfies(r ->
                assertThat(r.attribute("bucket")).isEqualTo(dev.bulwark.model.Value.of("from-link")));
        assertThat(errors(m)).extracting(Diagnostic::toString).containsExactly(
                "live/region.auto.tfvars: error: symbolic link to ../shared/missing.tfvars cannot be followed: "
                        + dir.resolve("shared/missing.tfvars") + " does not exist");
    }
}
