package dev.bulwark.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A configuration value as Terraform would see it before apply: known values of the HCL type
 * system, or {@link Unknown} with the reason it cannot be known. Lists stand for tuples, lists and
 * sets; objects for objects and maps. Values are immutable.
 */
public sealed interface Value {
    Null NULL = new Null();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    /** True when this value and everything inside it is known. */
    boolean whollyKnown();

    /** A short type name used in messages: string, number, bool, list, object, null, unknown. */
    String typeName();

    static Str of(String s) {
        return new Str(s);
    }

    static Num of(long n) {
        return new Num(BigDecimal.valueOf(n));
    }

    static Num of(BigDecimal n) {
        return new Num(n);
    }

    static Bool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Unknown unknown(UnknownReason reason, String detail) {
        return new Unknown(reason, detail);
    }

    record Null() implements Value {
        public boolean whollyKnown() {
            return true;
        }

        public String typeName() {
            return "null";
        }
    }

    record Bool(boolean value) implements Value {
        public boolean whollyKnown() {
            return true;
        }

        public String typeName() {
            return "bool";
        }
    }

    record Num(BigDecimal value) implements Value {
        public boolean whollyKnown() {
            return true;
        }

        public String typeName() {
            return "number";
        }

        /** Equality by numeric value, so 1 and 1.0 are the same number as in HCL. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Num n && n.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }

    record Str(String value) implements Value {
        public boolean whollyKnown() {
            return true;
        }

        public String typeName() {
            return "string";
        }
    }

    record ListV(List<Value> items) implements Value {
        public static final ListV EMPTY = new ListV(List.of());

        public ListV {
            items = List.copyOf(items);
        }

        public boolean whollyKnown() {
            for (Value v : items) {
                if (!v.whollyKnown()) {
                    return false;
                }
            }
            return true;
        }

        public String typeName() {
            return "list";
        }
    }

    /** An object or map; keys keep insertion order, which is sorted order where Terraform sorts. */
    record Obj(Map<String, Value> fields) implements Value {
        public static final Obj EMPTY = new Obj(OrderedFields.EMPTY);

        public Obj {
            fields = OrderedFields.copyOf(fields);
        }

        public Value get(String key) {
            return fields.get(key);
        }

        /** How many fields; with {@link #key(int)} and {@link #value(int)}, a loop over them that allocates nothing. */
        public int size() {
            return fields.size();
        }

        /** The name of the field at position {@code i}, in order. */
        public String key(int i) {
            return ((OrderedFields) fields).keyAt(i);
        }

        /** The value of the field at position {@code i}, in order. */
        public Value value(int i) {
            return ((OrderedFields) fields).valueAt(i);
        }

        public boolean whollyKnown() {
            for (int i = 0; i < size(); i++) {
                if (!value(i).whollyKnown()) {
                    return false;
                }
            }
            return true;
        }

        public String typeName() {
            return "object";
        }
    }

    /**
     * A value that cannot be known before apply, and why.
     *
     * @param kind  what every value it may turn out to be has in common (an ARN the provider assigns, the
     *              CIDR of a VPC), or null; a rule may decide on the kind alone
     * @param parts for a string known only in part (a template that interpolates an unknown value): its
     *              known text ({@link Str}) and unknown pieces ({@link Unknown}) in order; otherwise null.
     *              The reason and detail are those of the first unknown piece.
     */
    record Unknown(UnknownReason reason, String detail, UnknownKind kind, List<Value> parts) implements Value {
        public Unknown {
            parts = parts == null ? null : List.copyOf(parts);
        }

        public Unknown(UnknownReason reason, String detail) {
            this(reason, detail, null, null);
        }

        /** A string made of known text and unknown pieces; null when no piece is unknown. */
        public static Unknown partString(List<Value> parts) {
            for (Value p : parts) {
                if (p instanceof Unknown u) return new Unknown(u.reason(), u.detail(), null, parts);
            }
            return null;
        }

        /** The same unknown value, known to be of {@code kind}. */
        public Unknown ofKind(UnknownKind kind) {
            return kind == this.kind ? this : new Unknown(reason, detail, kind, parts);
        }

        public boolean whollyKnown() {
            return false;
        }

        public String typeName() {
            return "unknown";
        }

        public String describe() {
            return detail == null || detail.isEmpty() ? reason.description : reason.description + ": " + detail;
        }
    }
}
