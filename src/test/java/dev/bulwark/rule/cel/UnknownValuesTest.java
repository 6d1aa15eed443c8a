package dev.bulwark.rule.cel;

import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.Status;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule's result is decided when it does not depend on unknown values, and UNKNOWN when it does:
 * presence and sizes are known even when values are not; comparisons that reach an unknown value are not.
 */
class UnknownValuesTest {
    private static final Value.Unknown UNSET = Value.unknown(UnknownReason.UNSET_VARIABLE, "var.cidr");

    private static Outcome check(String expression, Map<String, Value> attributes) throws Exception {
        CelTerraformLogic logic = CelTerraformLogic.compile(Set.of("x_y"), List.of(), null, expression, null, null, "title", false, "test");
        Resource r = Resource.terraform("x_y.z", "x_y", "z", Resource.Mode.MANAGED, "", ".", SourceLocation.ofFile("main.tf"),
                new Value.Obj(attributes), Map.of(), Map.of());
        return logic.evaluate(r, new NoRelations());
    }

    private static Map<String, Value> cidrs(Value... items) {
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("cidr_blocks", new Value.ListV(List.of(items)));
        return m;
    }

    @Test
    void presenceAndSizeOfASetButUnknownValueAreDecided() throws Exception {
        assertThat(check("has(resource.cidr_blocks)", cidrs(UNSET)).status()).isEqualTo(Status.PASS);
        assertThat(check("size(resource.cidr_blocks) == 1", cidrs(UNSET)).status()).isEqualTo(Status.PASS);
        assertThat(check("!has(resource.kms_key_id)", Map.of("kms_key_id", UNSET)).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aKnownElementDecidesWhateverTheUnknownOneIs() throws Exception {
        Outcome o = check("!resource.cidr_blocks.exists(c, c == '0.0.0.0/0')", cidrs(UNSET, Value.of("0.0.0.0/0")));
        assertThat(o.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aResultThatHangsOnAnUnknownValueIsUnknownAndSaysWhy() throws Exception {
        Outcome o = check("!resource.cidr_blocks.exists(c, c == '0.0.0.0/0')", cidrs(Value.of("10.0.0.0/8"), UNSET));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("cidr_blocks[1] is unknown").contains("var.cidr");
        assertThat(check("!('0.0.0.0/0' in resource.cidr_blocks)", cidrs(Value.of("10.0.0.0/8"), UNSET)).status()).isEqualTo(Status.UNKNOWN);
        assertThat(check("resource.cidr_blocks == ['10.0.0.0/8', '1.2.3.4/32']", cidrs(Value.of("10.0.0.0/8"), UNSET)).status())
                .isEqualTo(Status.UNKNOWN);
    }

    /** A resource with nothing related to it. */
    static final class NoRelations implements RuleContext {
        public List<Resource> referrers(Resource resource, String type) {
            return List.of();
        }

        public List<Resource> referrersThrough(Resource resource, String type, String attribute) {
            return List.of();
        }

        public List<Resource> referenced(Resource resource, String type) {
            return List.of();
        }

        public List<Resource> sameRoot(Resource resource, String type) {
            return List.of();
        }

        public Map<String, Object> settings() {
            return Map.of();
        }

        public <T> T derived(Resource resource, String key, Supplier<T> compute) {
            return compute.get();
        }
    }
}
