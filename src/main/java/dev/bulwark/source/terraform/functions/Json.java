package dev.bulwark.source.terraform.functions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.bulwark.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jsonencode}/{@code jsondecode} as Terraform does them: compact output, object keys sorted,
 * {@code <>&} and the JavaScript line separators escaped, numbers in plain decimal; decoding keeps
 * numbers exact and rejects duplicate keys and trailing content.
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    public static String encode(Value v) throws FunctionException {
        StringBuilder out = new StringBuilder();
        write(v, out);
        return out.toString();
    }

    public static Value decode(String json) throws FunctionException {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new FunctionException("invalid JSON: no value found");
            }
            Value v = read(p);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new FunctionException(at(p.currentTokenLocation()) + "unexpected extra content after the JSON value");
            }
            return v;
        } catch (JsonProcessingException e) {
            throw new FunctionException(at(e.getLocation()) + cleanMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new FunctionException("invalid JSON: " + e.getMessage());
        }
    }

    /** A JSON string literal with Go's escaping, which is what Terraform emits. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        appendQuoted(s, out);
        return out.toString();
    }

    private static void write(Value v, StringBuilder out) throws FunctionException {
        if (v instanceof Value.Null) {
            out.append("null");
        } else if (v instanceof Value.Bool b) {
            out.append(b.value());
        } else if (v instanceof Value.Num n) {
            out.append(Convert.formatNumber(n.value()));
        } else if (v instanceof Value.Str s) {
            appendQuoted(s.value(), out);
        } else if (v instanceof Value.ListV l) {
            out.append('[');
            for (int i = 0; i < l.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(l.items().get(i), out);
            }
            out.append(']');
        } else if (v instanceof Value.Obj o) {
            out.append('{');
            boolean first = true;
            for (String key : Order.sortedKeys(o.fields())) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendQuoted(key, out);
                out.append(':');
                write(o.get(key), out);
            }
            out.append('}');
        } else if (v instanceof Value.Unknown) {
            throw new FunctionException("value is not known yet, so it cannot be encoded");
        }
    }

    private static void appendQuoted(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c, out);
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c, out);
                    } else if (Character.isSurrogate(c)) {
                        boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1));
                        if (paired) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            out.append('\ufffd'); // Go replaces invalid UTF-8 the same way
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u").append(String.format("%04x", (int) c));
    }

    private static Value read(JsonParser p) throws IOException, FunctionException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Value> fields = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation where = p.currentTokenLocation();
                    p.nextToken();
                    if (fields.put(key, read(p)) != null) {
                        throw new FunctionException(at(where) + "duplicate key " + quote(key) + " in JSON object");
                    }
                }
                return Order.sortedObject(fields);
            }
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return new Value.ListV(items);
            }
            case VALUE_STRING -> {
                return Value.of(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                var n = p.getDecimalValue();
                if (Convert.tooLarge(n)) {
                    throw new FunctionException(at(p.currentTokenLocation()) + "number is too large: " + p.getText());
                }
                return Value.of(n);
            }
            case VALUE_TRUE -> {
                return Value.TRUE;
            }
            case VALUE_FALSE -> {
                return Value.FALSE;
            }
            case VALUE_NULL -> {
                return Value.NULL;
            }
            default -> throw new FunctionException(at(p.currentTokenLocation()) + "unexpected " + t);
        }
    }

    private static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "invalid JSON: ";
        }
        return "invalid JSON at line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
    }

    /** Jackson's messages mention its own source descriptions; keep the part about the JSON. */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "syntax error";
        }
        String m = message;
        for (String cut : new String[] {"\n", " (start marker at", " at [Source"}) {
            int i = m.indexOf(cut);
            if (i >= 0) {
                m = m.substring(0, i);
            }
        }
        return m;
    }
}
