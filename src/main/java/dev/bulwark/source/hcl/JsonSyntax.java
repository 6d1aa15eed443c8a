package dev.bulwark.source.hcl;

import java.math.BigDecimal;
import java.util.List;

/**
 * A JSON document read with exact positions, before any Terraform meaning is given to it. Reading
 * the whole document first lets the decoder look at a value's shape (object, array, string)
 * before deciding whether it is a block, a list of blocks or an attribute.
 */
sealed interface JsonSyntax {
    Range range();

    /** A short name for messages: "an object", "a string", ... */
    String kind();

    record JsonObject(List<Member> members, Range range) implements JsonSyntax {
        public JsonObject {
            members = List.copyOf(members);
        }

        public String kind() {
            return "an object";
        }
    }

    /** One {@code "key": value} pair; the key's range covers its quotes. */
    record Member(JsonString key, JsonSyntax value) {
        String name() {
            return key.value();
        }

        Range range() {
            return Range.between(key.range(), value.range());
        }
    }

    record JsonArray(List<JsonSyntax> items, Range range) implements JsonSyntax {
        public JsonArray {
            items = List.copyOf(items);
        }

        public String kind() {
            return "an array";
        }
    }

    /**
     * A string with escapes decoded. {@code range} includes the quotes; {@code contentStart} is
     * the position just after the opening quote, where template parsing starts counting.
     */
    record JsonString(String value, Range range, Pos contentStart) implements JsonSyntax {
        public String kind() {
            return "a string";
        }
    }

    record JsonNumber(BigDecimal value, Range range) implements JsonSyntax {
        public String kind() {
            return "a number";
        }
    }

    record JsonBool(boolean value, Range range) implements JsonSyntax {
        public String kind() {
            return "a boolean";
        }
    }

    record JsonNull(Range range) implements JsonSyntax {
        public String kind() {
            return "null";
        }
    }
}
