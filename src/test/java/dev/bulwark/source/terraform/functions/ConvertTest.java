package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.NULL;
import static dev.bulwark.source.terraform.functions.V.OTHER_UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.b;
import static dev.bulwark.source.terraform.functions.V.l;
import static dev.bulwark.source.terraform.functions.V.n;
import static dev.bulwark.source.terraform.functions.V.o;
import static dev.bulwark.source.terraform.functions.V.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.model.Value;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvertTest {
    @ParameterizedTest(name = "formatNumber({0}) = {1}")
    @CsvSource({
        "1, 1",
        "1.50, 1.5",
        "1e30, 1000000000000000000000000000000",
        "1E-7, 0.0000001",
        "-0.0, 0",
        "0.000, 0",
        "100, 100",
        "-12.340, -12.34",
    })
    void formatsNumbersLikeTerraform(String number, String expected) {
        assertThat(Convert.formatNumber(new BigDecimal(number))).isEqualTo(expected);
    }

    @Test
    void convertsPrimitives() throws Exception {
        assertThat(Convert.toStr(n("1.50"))).isEqualTo("1.5");
        assertThat(Convert.toStr(b(false))).isEqualTo("false");
        assertThat(Convert.toNumber(s("12"))).isEqualByComparingTo("12");
        assertThat(Convert.toNumber(s(".5"))).isEqualByComparingTo("0.5");
        assertThat(Convert.toNumber(s("-1.5e3"))).isEqualByComparingTo("-1500");
        assertThat(Convert.toBool(s("true"))).isTrue();
        assertThat(Convert.toBool(s("0"))).isFalse();
    }

    @Test
    void refusesImpossibleConversions() {
        assertThatThrownBy(() -> Convert.toStr(l())).hasMessage("cannot convert list to string");
        assertThatThrownBy(() -> Convert.toStr(NULL)).hasMessage("cannot convert null to string");
        assertThatThrownBy(() -> Convert.toStr(UNKNOWN)).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> Convert.toNumber(s("12abc"))).hasMessage("cannot convert string \"12abc\" to number");
        assertThatThrownBy(() -> Convert.toNumber(s(" 12"))).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> Convert.toNumber(s("١٢"))).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> Convert.toNumber(s("Infinity"))).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> Convert.toNumber(s("1e999999"))).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> Convert.toNumber(b(true))).hasMessage("cannot convert bool to number");
        assertThatThrownBy(() -> Convert.toBool(s("yes"))).hasMessage("cannot convert string \"yes\" to bool");
        assertThatThrownBy(() -> Convert.toBool(n(1))).hasMessage("cannot convert number to bool");
    }

    @Test
    void equalityHasNoConversions() {
        assertThat(Convert.equal(n(1), n("1.0"))).isTrue();
        assertThat(Convert.equal(n(1), s("1"))).isFalse();
        assertThat(Convert.equal(l(n(1), s("a")), l(n("1.00"), s("a")))).isTrue();
        assertThat(Convert.equal(o("a", n(1), "b", NULL), o("b", NULL, "a", n(1)))).isTrue();
        assertThat(Convert.equal(NULL, NULL)).isTrue();
        assertThat(Convert.equal(NULL, s(""))).isFalse();
        assertThat(Convert.equal(l(), o())).isFalse();
        assertThat(Convert.equal(UNKNOWN, UNKNOWN)).isFalse();
    }

    @Test
    void equalValueIsUnknownOnlyWhenTheAnswerDependsOnAnUnknown() {
        assertThat(Convert.equalValue(UNKNOWN, s("a"))).isSameAs(UNKNOWN);
        V.assertDerivedUnknown(Convert.equalValue(l(UNKNOWN), l(s("a"))));
        assertThat(Convert.equalValue(l(UNKNOWN), l(s("a"), s("b")))).isEqualTo(Value.FALSE);
        assertThat(Convert.equalValue(l(UNKNOWN, s("x")), l(s("a"), s("y")))).isEqualTo(Value.FALSE);
        assertThat(Convert.equalValue(o("a", UNKNOWN), o("b", s("x")))).isEqualTo(Value.FALSE);
        assertThat(Convert.equalValue(o("a", OTHER_UNKNOWN), o("a", s("x")))).isEqualTo(OTHER_UNKNOWN).isNotSameAs(OTHER_UNKNOWN);
        assertThat(Convert.equalValue(s("a"), s("a"))).isEqualTo(Value.TRUE);
    }

    @Test
    void arithmeticHelpers() throws Exception {
        assertThat(Convert.divide(new BigDecimal(5), new BigDecimal(2))).isEqualByComparingTo("2.5");
        assertThat(Convert.formatNumber(Convert.divide(BigDecimal.ONE, new BigDecimal(3)))).startsWith("0.3333333333").hasSize(157);
        assertThat(Convert.modulo(new BigDecimal(-5), new BigDecimal(3))).isEqualByComparingTo("-2");
        assertThat(Convert.modulo(new BigDecimal("5.5"), new BigDecimal(2))).isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> Convert.divide(BigDecimal.ONE, BigDecimal.ZERO)).hasMessage("division by zero");
        assertThat(Convert.firstUnknown(l(s("a"), o("k", l(UNKNOWN))))).isSameAs(UNKNOWN);
        assertThat(Convert.firstUnknown(l(s("a")))).isNull();
    }
}
