package dev.bulwark.source.terraform;

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

/** path.* and file functions behave as when Terraform runs in the root module, wherever Bulwark runs. */
class FilesAndPathsTest {
    @TempDir
    Path dir;

    @Test
    void fileReadsRelativeToTheRootModuleIncludingFromChildModules() {
        TerraformTree t = new TerraformTree(dir)
                .file("live/main.tf", """
                        module "app" { source = "../modules/app" }
                        resource "x_y" "root" {
                          text = trimspace(file("${path.module}/banner.txt"))
                          root = path.root
                        }
                        """)
                .file("live/banner.txt", "hello\n")
                .file("modules/app/main.tf", """
                        resource "x_y" "child" {
                          policy = file("${path.module}/policy.json")
                          where  = path.module
                          files  = fileset(path.module, "**/*.json")
                          tpl    = templatefile("${path.module}/greeting.tpl", { name = "ops" })
                        }
                        """)
                .file("modules/app/policy.json", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}")
                .file("modules/app/greeting.tpl", "Hello, ${name}!");
        // Run from somewhere other than the root module, as a CI job scanning a monorepo would.
        InfrastructureModel m = TerraformLoading.load(List.of(dir.resolve("live")), new LoadOptions(List.of(), Map.of(), Map.of(), dir.getParent()));
        assertThat(errors(m)).isEmpty();
        assertThat(resource(m, "x_y.root").attribute("text")).isEqualTo(Value.of("hello"));
        assertThat(resource(m, "x_y.root").attribute("root")).isEqualTo(Value.of("."));
        var child = resource(m, "module.app.x_y.child");
        assertThat(child.attribute("where")).isEqualTo(Value.of("../modules/app"));
        assertThat(child.attribute("policy")).isInstanceOf(Value.Obj.class);
        assertThat(child.attribute("files")).isEqualTo(new Value.ListV(List.of(Value.of("policy.json"))));
        assertThat(child.attribute("tpl")).isEqualTo(Value.of("Hello, ops!"));
    }

    @Test
    void missingFileIsAnErrorAtTheCall() {
        InfrastructureModel m = new TerraformTree(dir).file("main.tf", "resource \"x_y\" \"z\" {\n  v = file(\"nope.txt\")\n}\n").load();
        assertThat(errors(m)).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith("main.tf:2:7: error: file: ");
            assertThat(d.message()).contains("nope.txt");
        });
    }
}
