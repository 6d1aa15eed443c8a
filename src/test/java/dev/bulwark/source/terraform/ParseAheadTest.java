package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roots parsed all up front and roots parsed one by one as they are evaluated (then let go) must
 * give the same model, diagnostics and file counts.
 */
class ParseAheadTest {
    @TempDir
    Path dir;

    @Test
    void parsingRootsOneByOneChangesNothing() {
        TerraformTree tree = new TerraformTree(dir);
        for (int i = 0; i < 6; i++) {
            tree.file("live/r" + i + "/main.tf", """
                    module "net" {
                      source = "../../modules/net"
                      name   = "r%d"
                    }
                    resource "aws_s3_bucket" "b" {
                      bucket = "${module.net.id}-logs"
                    }
                    """.formatted(i));
            tree.file("live/r" + i + "/extra.tf", "resource \"aws_sqs_queue\" \"q\" {\n  name = \"q" + i + "\"\n}\n");
        }
        tree.file("live/broken/main.tf", "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \n}\n")
                .file("live/broken/ok.tf", "resource \"aws_s3_bucket\" \"y\" {\n  bucket = \"y\"\n}\n")
                // A module called only from JSON syntax is no root either.
                .file("live/json/main.tf.json", """
                        {"module": {"app": {"source": "../../modules/app"}}}
                        """)
                .file("modules/app/main.tf", "resource \"aws_instance\" \"a\" {\n  ami = \"ami-1\"\n}\n")
                .file("modules/net/main.tf", """
                        variable "name" { type = string }
                        resource "aws_vpc" "this" { tags = { Name = var.name } }
                        output "id" { value = var.name }
                        """)
                .file("modules/net/bad.tf", "variable \"name\" {\n")
                // A root that another root also reaches, through a terraform init manifest: loaded twice, counted once.
                .file("live/r0/.terraform/modules/modules.json", """
                        {"Modules":[{"Key":"again","Source":"x/y/z","Dir":"../r1"}]}
                        """)
                .file("live/r0/again.tf", """
                        module "again" {
                          source = "x/y/z"
                          name   = "again"
                        }
                        """);
        LoadOptions options = new LoadOptions(List.of(), Map.of(), Map.of(), dir);
        InfrastructureModel ahead = TerraformLoading.load(List.of(dir), options, Integer.MAX_VALUE, TerraformLoader.EVALUATION_STACK_BYTES);
        InfrastructureModel oneByOne = TerraformLoading.load(List.of(dir), options, 0, TerraformLoader.EVALUATION_STACK_BYTES);

        assertThat(ahead.resources()).extracting(Resource::address)
                .contains("module.net.aws_vpc.this", "aws_sqs_queue.q", "aws_s3_bucket.y", "module.app.aws_instance.a",
                        "module.again.module.net.aws_vpc.this")
                .doesNotContain("aws_instance.a", "aws_vpc.this");
        assertThat(oneByOne.resources()).containsExactlyInAnyOrderElementsOf(ahead.resources());
        assertThat(oneByOne.diagnostics()).isEqualTo(ahead.diagnostics());
        assertThat(ahead.diagnostics()).isNotEmpty();
        assertThat(oneByOne.filesRead()).isEqualTo(ahead.filesRead()).isEqualTo(17);
        assertThat(oneByOne.filesFailed()).isEqualTo(ahead.filesFailed()).isEqualTo(2);
    }

    @Test
    void aReleasedModuleLoadsAgainWithoutBeingCountedTwice() {
        new TerraformTree(dir)
                .file("main.tf", "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\"\n}\n")
                .file("bad.tf", "resource \"aws_s3_bucket\" \"b\" {\n");
        Diagnostics diagnostics = new Diagnostics();
        ModuleLoader loader = new ModuleLoader(new LoadOptions(List.of(), Map.of(), Map.of(), dir), diagnostics);
        ModuleConfig first = loader.module(dir).orElseThrow();
        loader.release(dir);
        ModuleConfig again = loader.module(dir).orElseThrow();

        assertThat(again).isNotSameAs(first);
        assertThat(again.resources.keySet()).isEqualTo(first.resources.keySet()).containsExactly("aws_s3_bucket.a");
        assertThat(loader.filesRead()).isEqualTo(1);
        assertThat(loader.filesFailed()).isEqualTo(1);
        assertThat(diagnostics.sorted()).hasSize(1);
    }
}
