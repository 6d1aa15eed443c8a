package dev.bulwark.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading an object's fields by position gives the same fields, in the same order, as its map does. */
class ObjectFieldsByPositionTest {
    @Test
    void positionsFollowInsertionOrder() {
        for (int size : new int[] {0, 1, 8, 9, 40}) {
            Map<String, Value> given = new LinkedHashMap<>();
            for (int i = size - 1; i >= 0; i--) given.put("k" + i, Value.of("v" + i));
            Value.Obj o = new Value.Obj(given);

            List<String> keys = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                keys.add(o.key(i));
                values.add(o.value(i));
            }
            assertThat(keys).containsExactlyElementsOf(o.fields().keySet());
            assertThat(values).containsExactlyElementsOf(o.fields().values());
            assertThat(o.size()).isEqualTo(size);
        }
    }

    @Test
    void whollyKnownLooksAtEveryField() {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("a", Value.of("x"));
        fields.put("b", new Value.Obj(Map.of("c", Value.unknown(UnknownReason.COMPUTED, "aws_vpc.v.id"))));
        assertThat(new Value.Obj(fields).whollyKnown()).isFalse();
        fields.remove("b");
        assertThat(new Value.Obj(fields).whollyKnown()).isTrue();
    }
}
