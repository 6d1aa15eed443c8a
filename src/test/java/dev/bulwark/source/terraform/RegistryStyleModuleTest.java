package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.bulwark.source.terraform.TerraformTree.errors;
import static dev.bulwark.source.terraform.TerraformTree.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tree written the way public registry modules are (typed object variables with optional
 * attributes, for_each over them, try/lookup, dynamic blocks, nested modules) loads with no
 * evaluation error, and the optional defaults reach the resources.
 */
class RegistryStyleModuleTest {
    private static InfrastructureModel load() throws URISyntaxException {
        Path root = Path.of(RegistryStyleModuleTest.class.getResource("/terraform-registry-style").toURI());
        return TerraformLoading.load(List.of(root), new LoadOptions(List.of(), Map.of(), Map.of(), root));
    }

    @Test
    void loadsWithNoEvaluationError() throws URISyntaxException {
        InfrastructureModel m = load();
        assertThat(errors(m)).isEmpty();
        assertThat(m.resources()).extracting(r -> r.address()).contains(
                "module.buckets.aws_s3_bucket.this[\"assets\"]", "module.buckets.aws_s3_bucket.this[\"logs\"]",
                "module.buckets.aws_s3_bucket_versioning.this[\"logs\"]",
                "module.network.aws_vpc_security_group_ingress_rule.this[\"web-ssh\"]",
                "module.network.module.flow_logs[0].aws_flow_log.this")
                .doesNotContain("module.buckets.aws_s3_bucket.this[\"scratch\"]", "module.buckets.aws_s3_bucket_versioning.this[\"assets\"]");
    }

    @Test
    void optionalDefaultsReachTheResources() throws URISyntaxException {
        InfrastructureModel m = load();
        assertThat(resource(m, "module.buckets.aws_s3_bucket.this[\"logs\"]").attribute("force_destroy")).isEqualTo(Value.FALSE);
        assertThat(resource(m, "module.network.aws_security_group.this[\"db\"]").attribute("description"))
                .isEqualTo(Value.of("managed by terraform"));
        assertThat(resource(m, "module.network.aws_vpc.this").attribute("enable_dns_hostnames")).isEqualTo(Value.TRUE);
        Value ssh = resource(m, "module.network.aws_vpc_security_group_ingress_rule.this[\"web-ssh\"]").attribute("from_port");
        assertThat(ssh).isEqualTo(Value.of(22));
        assertThat(resource(m, "module.network.aws_vpc_security_group_ingress_rule.this[\"web-https\"]").attribute("to_port"))
                .isEqualTo(Value.of(443));
        assertThat(resource(m, "module.network.module.flow_logs[0].aws_flow_log.this").attribute("traffic_type")).isEqualTo(Value.of("ALL"));
        assertThat(resource(m, "module.network.module.flow_logs[0].aws_flow_log.this").attribute("log_format"))
                .isEqualTo(Value.of("${version} ${account-id}"));
    }
}
