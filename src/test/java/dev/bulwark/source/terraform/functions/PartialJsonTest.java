package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PartialJsonTest {
    private static final Value.Unknown ARN = Value.unknown(UnknownReason.COMPUTED, "aws_sqs_queue.q.arn");
    private static final Value.Unknown PORT = Value.unknown(UnknownReason.UNSET_VARIABLE, "var.port");

    /** Text and unknown pieces in order, as a template renders them. */
    private static Value.Unknown text(Object... pieces) {
        List<Value> parts = new ArrayList<>();
        for (Object p : pieces) parts.add(p instanceof String s ? Value.of(s) : (Value) p);
        return Value.Unknown.partString(parts);
    }

    @Test
    void aPieceThatIsAWholeStringIsThatUnknownValue() {
        Value v = PartialJson.decode(text("{\"Resource\": \"", ARN, "\", \"Effect\": \"Allow\"}"));
        assertThat(v).isEqualTo(new Value.Obj(Map.of("Resource", ARN, "Effect", Value.of("Allow"))));
        assertThat(((Value.Obj) v).get("Resource")).isSameAs(ARN);
    }

    @Test
    void aPieceInsideAStringMakesItPartlyKnown() {
        Value.Obj v = (Value.Obj) PartialJson.decode(text("{\"Resource\": \"", ARN, "/*\"}"));
        Value.Unknown r = (Value.Unknown) v.get("Resource");
        assertThat(r.parts()).containsExactly(ARN, Value.of("/*"));
        assertThat(r.reason()).isEqualTo(UnknownReason.COMPUTED);
    }

    @Test
    void aPieceOutsideAStringIsOneJsonValue() {
        Value.Obj v = (Value.Obj) PartialJson.decode(text("{\"port\": ", PORT, ", \"list\": [", PORT, ", 2]}"));
        assertThat(v.get("port")).isSameAs(PORT);
        assertThat(v.get("list")).isEqualTo(new Value.ListV(List.of(PORT, Value.of(2))));
    }

    @Test
    void escapedQuotesInKnownTextDoNotEndTheString() {
        Value.Obj v = (Value.Obj) PartialJson.decode(text("{\"a\": \"say \\\"", PORT, "\\\"\"}"));
        assertThat(((Value.Unknown) v.get("a")).parts()).containsExactly(Value.of("say \""), PORT, Value.of("\""));
    }

    @Test
    void unknownKeysInvalidTextAndEscapedPiecesDoNotDecode() {
        assertThat(PartialJson.decode(text("{\"", PORT, "\": 1}"))).isNull();
        assertThat(PartialJson.decode(text("{\"a\": [", PORT))).isNull();
        assertThat(PartialJson.decode(text("{\"a\": \"\\", PORT, "\"}"))).isNull();
        assertThat(PartialJson.decode(text("{\"a\": \"\uE000\", \"b\": ", PORT, "}"))).isNull();
        assertThat(PartialJson.decode(PORT)).isNull();
    }
}
