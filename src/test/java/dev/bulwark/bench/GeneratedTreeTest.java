package dev.bulwark.bench;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.source.terraform.LoadOptions;
import dev.bulwark.source.terraform.TerraformLoading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark tree is Terraform that loads cleanly: a timing of a tree full of errors would measure the wrong thing. */
class GeneratedTreeTest {
    @TempDir
    Path dir;

    @Test
    void twoTeamsOfStacksLoadWithoutAnyDiagnostic() throws IOException {
        // Two teams: each with its modules, so every flavour and every module is in it twice.
        int files = 2 * (RegistryStyleModules.files().size() - 1 + 10 * 20);
        assertThat(GenerateTree.write(dir, files)).isEqualTo(files);
        InfrastructureModel m = TerraformLoading.load(List.of(dir), new LoadOptions(List.of(), Map.of(), Map.of(), dir));
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.filesRead()).isEqualTo(files);
        List<String> addresses = m.resources().stream().map(Resource::address).toList();
        // Resources made inside the registry-style modules, through nested module calls and for_each over typed objects.
        assertThat(addresses).contains("module.svc1_buckets.aws_s3_bucket.this[\"data\"]",
                "module.svc1_buckets.module.policy[\"data\"].aws_s3_bucket_policy.this",
                "module.svc5_roles.aws_iam_role.this[\"operator\"]");
        assertThat(m.resources()).filteredOn(r -> r.type().equals("aws_s3_bucket_policy") && r.address().contains("module.policy"))
                .allSatisfy(r -> assertThat(r.attribute("policy").whollyKnown()).as(r.address()).isTrue());
    }
}
