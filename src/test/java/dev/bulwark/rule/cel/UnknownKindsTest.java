package dev.bulwark.rule.cel;

import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.UnknownKind;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule decides on an unknown value's kind when it declares that every value of the kind gives one verdict. */
class UnknownKindsTest {
    private static final String NO_WORLD = "!resource.cidr_blocks.exists(c, c == '0.0.0.0/0')";
    private static final Value.Unknown VPC_CIDR = Value.unknown(UnknownReason.DATA_SOURCE, "data.aws_vpc.x.cidr_block").ofKind(UnknownKind.VPC_CIDR);
    private static final Value.Unknown PARAMETER = Value.unknown(UnknownReason.DATA_SOURCE, "data.aws_ssm_parameter.p.value");
    private static final Value.Unknown ARN = Value.unknown(UnknownReason.COMPUTED, "aws_s3_bucket.b.arn").ofKind(UnknownKind.ARN);
    private static final Value.Unknown REGION = Value.unknown(UnknownReason.UNSET_VARIABLE, "var.region");

    private static Outcome check(String expression, UnknownsAsReferences references, String attribute, Value value) throws Exception {
        CelTerraformLogic logic = CelTerraformLogic.compile(null, Set.of("x_y"), List.of(), null, expression, null, null, "title", references, "test");
        Resource r = Resource.terraform("x_y.z", "x_y", "z", Resource.Mode.MANAGED, "", ".", SourceLocation.ofFile("main.tf"),
                new Value.Obj(Map.of(attribute, value)), Map.of(), Map.of());
        return logic.evaluate(r, new UnknownValuesTest.NoRelations());
    }

    private static UnknownsAsReferences kinds(UnknownKind... kinds) {
        return new UnknownsAsReferences(false, Set.of(kinds));
    }

    @Test
    void aDeclaredKindDecidesAndOtherUnknownsStayUnknown() throws Exception {
        Value cidrs = new Value.ListV(List.of(VPC_CIDR, Value.of("10.0.0.0/8")));
        assertThat(check(NO_WORLD, kinds(UnknownKind.VPC_CIDR), "cidr_blocks", cidrs).status()).isEqualTo(Status.PASS);
        assertThat(check(NO_WORLD, UnknownsAsReferences.NONE, "cidr_blocks", cidrs).status()).isEqualTo(Status.UNKNOWN);
        assertThat(check(NO_WORLD, kinds(UnknownKind.ARN), "cidr_blocks", cidrs).status()).isEqualTo(Status.UNKNOWN);
        Value withParameter = new Value.ListV(List.of(VPC_CIDR, PARAMETER));
        Outcome o = check(NO_WORLD, kinds(UnknownKind.VPC_CIDR), "cidr_blocks", withParameter);
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).contains("read from a data source at plan time: data.aws_ssm_parameter.p.value").doesNotContain("aws_vpc");
    }

    @Test
    void aPartlyKnownStringIsAReferenceOnlyWhenEveryUnknownPieceIs() throws Exception {
        String notStar = "resource.resource != '*' && resource.resource.endsWith('/*')";
        Value objects = Value.Unknown.partString(List.of(ARN, Value.of("/*")));
        assertThat(check(notStar, kinds(UnknownKind.ARN), "resource", objects).status()).isEqualTo(Status.PASS);
        assertThat(check(notStar, UnknownsAsReferences.COMPUTED, "resource", objects).status()).isEqualTo(Status.PASS);
        assertThat(check(notStar, UnknownsAsReferences.NONE, "resource", objects).status()).isEqualTo(Status.UNKNOWN);
        Value regional = Value.Unknown.partString(List.of(Value.of("arn:aws:sns:"), REGION, Value.of(":1:"), ARN, Value.of("/*")));
        assertThat(check(notStar, kinds(UnknownKind.ARN), "resource", regional).status()).isEqualTo(Status.UNKNOWN);
    }
}
