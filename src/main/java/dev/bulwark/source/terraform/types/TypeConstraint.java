package dev.bulwark.source.terraform.types;

import dev.bulwark.model.Value;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** A variable's declared type, as written in its {@code type} argument. */
public sealed interface TypeConstraint {
    TypeConstraint STRING = new Primitive("string");
    TypeConstraint NUMBER = new Primitive("number");
    TypeConstraint BOOL = new Primitive("bool");
    TypeConstraint ANY = new Any();

    /** string, number or bool. */
    record Primitive(String name) implements TypeConstraint {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Any type: the value is kept as given. */
    record Any() implements TypeConstraint {
        @Override
        public String toString() {
            return "any";
        }
    }

    record ListOf(TypeConstraint element) implements TypeConstraint {
        @Override
        public String toString() {
            return "list(" + element + ")";
        }
    }

    record SetOf(TypeConstraint element) implements TypeConstraint {
        @Override
        public String toString() {
            return "set(" + element + ")";
        }
    }

    record MapOf(TypeConstraint element) implements TypeConstraint {
        @Override
        public String toString() {
            return "map(" + element + ")";
        }
    }

    record TupleOf(List<TypeConstraint> elements) implements TypeConstraint {
        public TupleOf {
            elements = List.copyOf(elements);
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(", ", "tuple([", "])");
            elements.forEach(e -> j.add(e.toString()));
            return j.toString();
        }
    }

    /** An object type; attributes keep their declared order. */
    record ObjectOf(Map<String, Attribute> attributes) implements TypeConstraint {
        public ObjectOf {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(", ", "object({", "})");
            attributes.forEach((k, a) -> j.add(k + " = " + a));
            return j.toString();
        }
    }

    /**
     * One attribute of an object type. An optional attribute absent from (or null in) the given
     * value takes {@code dflt}, which is null when {@code optional(T)} names no default.
     */
    record Attribute(TypeConstraint type, boolean optional, Value dflt) {
        public static Attribute required(TypeConstraint type) {
            return new Attribute(type, false, Value.NULL);
        }

        @Override
        public String toString() {
            if (!optional) return type.toString();
            return dflt instanceof Value.Null ? "optional(" + type + ")" : "optional(" + type + ", …)";
        }
    }
}
