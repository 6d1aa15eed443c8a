package dev.bulwark.report;

import dev.bulwark.model.Value;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/** Values in HCL-like notation for people: {@code "a"}, {@code [1, 2]}, {@code { k = v }}, {@code (unknown: why)}, {@code (unknown: why; known text "arn:…/*")}. */
public final class ValueText {
    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private ValueText() {}

    public static String format(Value v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Value v) {
        if (v instanceof Value.Null) {
            sb.append("null");
        } else if (v instanceof Value.Bool b) {
            sb.append(b.value());
        } else if (v instanceof Value.Num n) {
            sb.append(plain(n.value()));
        } else if (v instanceof Value.Str s) {
            quote(sb, s.value());
        } else if (v instanceof Value.ListV l) {
            sb.append('[');
            for (int i = 0; i < l.items().size(); i++) {
                if (i > 0) sb.append(", ");
                append(sb, l.items().get(i));
            }
            sb.append(']');
        } else if (v instanceof Value.Obj o) {
            if (o.fields().isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{ ");
            boolean first = true;
            for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                if (BARE_KEY.matcher(e.getKey()).matches()) sb.append(e.getKey());
                else quote(sb, e.getKey());
                sb.append(" = ");
                append(sb, e.getValue());
            }
            sb.append(" }");
        } else {
            Value.Unknown u = (Value.Unknown) v;
            sb.append("(unknown: ").append(u.describe());
            if (u.parts() != null) {
                // a string known in part: show its known text, with … for each unknown piece
                StringBuilder known = new StringBuilder();
                for (Value piece : u.parts()) known.append(piece instanceof Value.Str str ? str.value() : "…");
                sb.append("; known text ");
                quote(sb, known.toString());
            }
            sb.append(')');
        }
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return Math.abs(s.scale()) < 20 ? s.toPlainString() : s.toString().replace("E", "e");
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
