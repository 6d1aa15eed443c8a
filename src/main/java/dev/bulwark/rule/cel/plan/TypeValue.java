package dev.bulwark.rule.cel.plan;

import com.google.common.primitives.UnsignedLong;
import dev.cel.common.types.CelType;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A CEL type as a value, for {@code type(x) == map}: the result of type() and of a type's name. */
record TypeValue(String name) {
    static final Set<String> NAMES = Set.of("bool", "int", "uint", "double", "string", "bytes", "list", "map", "null_type", "type");

    /** Whether every value of this checked type has a type here (timestamps, durations and messages do not). */
    static boolean coversStaticType(CelType type) {
        if (type == null) return false;
        return switch (type.kind()) {
            case DYN, ANY, BOOL, INT, UINT, DOUBLE, STRING, BYTES, LIST, MAP, NULL_TYPE, TYPE -> true;
            default -> false;
        };
    }

    /** The type of a planned value; null for a value planned expressions never produce. */
    static TypeValue of(Object v) {
        String name;
        if (v instanceof Boolean) name = "bool";
        else if (v instanceof Long) name = "int";
        else if (v instanceof UnsignedLong) name = "uint";
        else if (v instanceof Double) name = "double";
        else if (v instanceof String) name = "string";
        else if (v instanceof com.google.protobuf.ByteString || v instanceof dev.cel.common.values.CelByteString) name = "bytes";
        else if (v instanceof com.google.protobuf.NullValue) name = "null_type";
        else if (v instanceof List<?>) name = "list";
        else if (v instanceof Map<?, ?>) name = "map";
        else if (v instanceof TypeValue) name = "type";
        else return null;
        return new TypeValue(name);
    }

    static Node typeOf(int at, Node operand) {
        return f -> {
            Object v = operand.eval(f);
            if (v instanceof Err) return v;
            TypeValue t = of(v);
            return t != null ? t : Err.at(at, "no CEL type for a " + v.getClass().getName());
        };
    }
}
