package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes JSON text that is known only in part: a template such as
 * {@code {"Resource": "${aws_sqs_queue.q.arn}"}} whose interpolations are not known before apply.
 * Each unknown piece is replaced by a unique placeholder, the text is parsed as JSON, and the
 * placeholders are mapped back:
 * <ul>
 * <li>a piece that stands alone where a JSON value goes ({@code "Port": ${var.port}}) is one whole
 *     value, and comes back as that unknown value;</li>
 * <li>a piece inside a JSON string fills part of that string: a string that is only the piece is the
 *     unknown value itself; a string with known text around the piece is a partly known string
 *     (an unknown whose {@link Value.Unknown#parts()} keep the known text).</li>
 * </ul>
 * The known text decides the structure: a piece is assumed to fill only its own string or value, as
 * the template's author meant. Text that is not JSON even so, or a piece inside an object key,
 * decodes to nothing, and the value stays wholly unknown.
 */
public final class PartialJson {
    /** Private-use characters that open and close a placeholder; text that holds them is left alone. */
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private PartialJson() {}

    /** The decoded value of a partly known string, or null when it does not decode. */
    public static Value decode(Value.Unknown partString) {
        List<Value> parts = partString.parts();
        if (parts == null) return null;
        List<Value.Unknown> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean inString = false;
        boolean escaped = false;
        for (Value part : parts) {
            if (part instanceof Value.Str s) {
                String known = s.value();
                if (known.indexOf(OPEN) >= 0 || known.indexOf(CLOSE) >= 0) return null;
                for (int i = 0; i < known.length(); i++) {
                    char c = known.charAt(i);
                    if (escaped) {
                        escaped = false;
                    } else if (inString && c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = !inString;
                    }
                }
                text.append(known);
            } else if (part instanceof Value.Unknown u) {
                if (escaped) return null; // "\${...}" would make the piece part of an escape
                String placeholder = OPEN + Integer.toString(pieces.size()) + CLOSE;
                pieces.add(u);
                text.append(inString ? placeholder : "\"" + placeholder + "\"");
            } else {
                return null;
            }
        }
        Value decoded;
        try {
            decoded = Json.decode(text.toString());
        } catch (FunctionException e) {
            return null;
        }
        try {
            return restore(decoded, pieces);
        } catch (RuntimeException e) { // a placeholder the known text broke or escaped
            return null;
        }
    }

    private static Value restore(Value v, List<Value.Unknown> pieces) {
        if (v instanceof Value.Str s) return restoreString(s.value(), pieces);
        if (v instanceof Value.ListV l) {
            List<Value> out = new ArrayList<>(l.items().size());
            for (Value item : l.items()) out.add(restore(item, pieces));
            return new Value.ListV(out);
        }
        if (v instanceof Value.Obj o) {
            Map<String, Value> out = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                if (e.getKey().indexOf(OPEN) >= 0) throw new IllegalArgumentException("unknown object key");
                out.put(e.getKey(), restore(e.getValue(), pieces));
            }
            return new Value.Obj(out);
        }
        return v;
    }

    private static Value restoreString(String s, List<Value.Unknown> pieces) {
        if (s.indexOf(OPEN) < 0) return Value.of(s);
        List<Value> parts = new ArrayList<>();
        int at = 0;
        while (at < s.length()) {
            int open = s.indexOf(OPEN, at);
            if (open < 0) {
                parts.add(Value.of(s.substring(at)));
                break;
            }
            int close = s.indexOf(CLOSE, open);
            if (close < 0) throw new IllegalArgumentException("broken placeholder");
            if (open > at) parts.add(Value.of(s.substring(at, open)));
            parts.add(pieces.get(Integer.parseInt(s.substring(open + 1, close))));
            at = close + 1;
        }
        if (parts.size() == 1) return parts.get(0);
        return Value.Unknown.partString(parts);
    }
}
