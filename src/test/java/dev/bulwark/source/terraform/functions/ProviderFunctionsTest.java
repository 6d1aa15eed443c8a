package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.error;
import static dev.bulwark.source.terraform.functions.V.o;
import static dev.bulwark.source.terraform.functions.V.s;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderFunctionsTest {
    @Test
    void parsesArns() throws Exception {
        assertThat(call("provider::aws::arn_parse", s("arn:aws:iam::444455556666:role/example")))
                .isEqualTo(o("account_id", s("444455556666"), "partition", s("aws"), "region", s(""),
                        "resource", s("role/example"), "service", s("iam")));
        assertThat(call("provider::aws::arn_parse", s("arn:aws:s3:::bucket/key:with:colons")))
                .isEqualTo(o("account_id", s(""), "partition", s("aws"), "region", s(""),
                        "resource", s("bucket/key:with:colons"), "service", s("s3")));
    }

    @Test
    void buildsArns() throws Exception {
        assertThat(call("provider::aws::arn_build", s("aws"), s("iam"), s(""), s("444455556666"), s("role/example")))
                .isEqualTo(s("arn:aws:iam::444455556666:role/example"));
        assertThat(call("provider::aws::arn_build", s("aws-us-gov"), s("ec2"), s("us-gov-west-1"), s("1"), s("vpc/vpc-1")))
                .isEqualTo(s("arn:aws-us-gov:ec2:us-gov-west-1:1:vpc/vpc-1"));
    }

    @Test
    void rejectsMalformedArnsAndPropagatesUnknowns() throws Exception {
        assertThat(error("provider::aws::arn_parse", s("aws:iam::1:role/x")))
                .isEqualTo("provider::aws::arn_parse: invalid ARN \"aws:iam::1:role/x\": it must start with \"arn:\"");
        assertThat(error("provider::aws::arn_parse", s("arn:aws:iam")))
                .isEqualTo("provider::aws::arn_parse: invalid ARN \"arn:aws:iam\": it needs six sections separated by ':'");
        assertThat(call("provider::aws::arn_parse", UNKNOWN)).isSameAs(UNKNOWN);
    }

    @Test
    void otherProviderFunctionsAreUnsupported() {
        assertThat(Functions.lookup("provider::aws::trim_iam_role_path")).isNull();
        assertThat(Functions.lookup("provider::google::region_from_zone")).isNull();
    }
}
