package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.NULL;
import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.b;
import static dev.bulwark.source.terraform.functions.V.l;
import static dev.bulwark.source.terraform.functions.V.n;
import static dev.bulwark.source.terraform.functions.V.o;
import static dev.bulwark.source.terraform.functions.V.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.model.Value;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void encodesIamPolicyShapedValues() throws Exception {
        Value policy = o("Version", s("2012-10-17"), "Statement", l(o("Effect", s("Allow"), "Action", s("s3:GetObject"),
                "Resource", s("arn:aws:s3:::b/*"), "Condition", o("Bool", o("aws:SecureTransport", s("true"))))));
        assertThat(Json.encode(policy)).isEqualTo("{\"Statement\":[{\"Action\":\"s3:GetObject\",\"Condition\":"
                + "{\"Bool\":{\"aws:SecureTransport\":\"true\"}},\"Effect\":\"Allow\",\"Resource\":\"arn:aws:s3:::b/*\"}],"
                + "\"Version\":\"2012-10-17\"}");
    }

    @Test
    void escapesLikeGo() throws Exception {
        assertThat(Json.quote("a\"b\\c\n\r\t\b\f\u0001<>&\u2028\u2029é😀")).isEqualTo(
                "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u003c\\u003e\\u0026\\u2028\\u2029é😀\"");
        assertThat(Json.quote("\ud800x")).isEqualTo("\"\ufffdx\"");
    }

    @Test
    void sortsKeysByCodePoint() throws Exception {
        assertThat(Json.encode(o("b", n(1), "B", n(2), "\uffff", n(3), "😀", n(4))))
                .isEqualTo("{\"B\":2,\"b\":1,\"\uffff\":3,\"😀\":4}");
    }

    @Test
    void refusesUnknowns() {
        assertThatThrownBy(() -> Json.encode(l(UNKNOWN))).isInstanceOf(FunctionException.class)
                .hasMessage("value is not known yet, so it cannot be encoded");
    }

    @Property(tries = 200)
    void decodeInvertsEncode(@ForAll("values") Value v) throws Exception {
        assertThat(Json.decode(Json.encode(v))).isEqualTo(v);
    }

    @Provide
    Arbitrary<Value> values() {
        Arbitrary<Value> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8).map(Value::of),
                Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e12"), new java.math.BigDecimal("1e12"))
                        .ofScale(3).map(Value::of),
                Arbitraries.of(b(true), b(false), NULL));
        return Arbitraries.recursive(() -> scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(Value.ListV::new),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(4), inner).ofMaxSize(3).map(Value.Obj::new)), 3);
    }
}
