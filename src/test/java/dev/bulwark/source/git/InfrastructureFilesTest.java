package dev.bulwark.source.git;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfrastructureFilesTest {
    private final InfrastructureFiles defaults = InfrastructureFiles.defaults();

    @Test
    void theDefaultsCoverTerraformAnywhereAndTemplatesWhereTheyLive() {
        assertThat(List.of("main.tf", "modules/net/vpc.tf", "x.tf.json", "prod.tfvars", "env/prod.tfvars.json",
                "stack.template.yaml", "cloudformation/vpc.yml", "infra/cfn/db.json", "k8s/app/deployment.yaml",
                "deploy/kubernetes/svc.yml", "manifests/ns.yaml", "helm/app/values.yaml", "charts/app/templates/deployment.yaml",
                "overlays/prod/kustomization.yaml"))
                .allMatch(defaults::matches);
        assertThat(List.of("README.md", ".github/workflows/ci.yml", "docker-compose.yaml", "src/main.tf.bak", "config/app.yaml",
                "maintf", "tf/notes.txt"))
                .noneMatch(defaults::matches);
    }

    @Test
    void globsFollowGitignoreConventions() {
        assertThat(PathGlob.compile("*.tf").matches("a/b/c.tf")).isTrue();
        assertThat(PathGlob.compile("/*.tf").matches("a/c.tf")).isFalse();
        assertThat(PathGlob.compile("/*.tf").matches("c.tf")).isTrue();
        assertThat(PathGlob.compile("infra/*.tf").matches("infra/a.tf")).isTrue();
        assertThat(PathGlob.compile("infra/*.tf").matches("infra/x/a.tf")).isFalse();
        assertThat(PathGlob.compile("infra/**/*.tf").matches("infra/a.tf")).isTrue();
        assertThat(PathGlob.compile("infra/**/*.tf").matches("infra/x/y/a.tf")).isTrue();
        assertThat(PathGlob.compile("infra/**").matches("infra/x/y/a.md")).isTrue();
        assertThat(PathGlob.compile("?.tf").matches("a.tf")).isTrue();
        assertThat(PathGlob.compile("?.tf").matches("ab.tf")).isFalse();
        assertThat(PathGlob.compile("*.{yaml,yml}").matches("x/a.yml")).isTrue();
        assertThat(PathGlob.compile("a+b.tf").matches("a+b.tf")).isTrue();
        assertThat(PathGlob.compile("a+b.tf").matches("aab.tf")).isFalse();
        assertThatThrownBy(() -> PathGlob.compile(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configuredGlobsReplaceTheDefaults() {
        InfrastructureFiles only = InfrastructureFiles.of(List.of("platform/**/*.yaml"));
        assertThat(only.matches("platform/k8s/a.yaml")).isTrue();
        assertThat(only.matches("main.tf")).isFalse();
        assertThat(only.globs()).containsExactly("platform/**/*.yaml");
    }
}
