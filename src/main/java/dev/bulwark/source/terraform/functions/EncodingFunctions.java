package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JSON, YAML, base64, URL and CSV encodings. */
final class EncodingFunctions {
    private EncodingFunctions() {}

    /** JSON text decoded; text known only in part keeps its known parts (see {@link PartialJson}). */
    private static Value jsondecode(Args a) throws FunctionException {
        if (a.get(0) instanceof Value.Unknown u) {
            Value partly = PartialJson.decode(u);
            return partly != null ? partly : u;
        }
        return Json.decode(a.string(0));
    }

    static List<Builtin> all() {
        return List.of(
                Builtin.of("jsonencode", 1, a -> Value.of(Json.encode(a.get(0)))).nullable(0),
                Builtin.of("jsondecode", 1, EncodingFunctions::jsondecode).unknowns(Builtin.Unknowns.SELF),
                Builtin.of("yamlencode", 1, a -> Value.of(YamlEmitter.emit(a.get(0)))).nullable(0),
                Builtin.of("yamldecode", 1, a -> YamlReader.read(a.string(0))),
                Builtin.of("base64encode", 1, a -> Value.of(Base64.getEncoder().encodeToString(utf8(a.string(0))))),
                Builtin.of("base64decode", 1, a -> Value.of(decodeUtf8(a, base64(a, a.string(0)), "the decoded data is not valid UTF-8"))),
                Builtin.of("urlencode", 1, a -> Value.of(urlencode(a.string(0)))),
                Builtin.of("csvdecode", 1, a -> csvdecode(a.string(0))),
                Builtin.of("textencodebase64", 2, a -> {
                    Charset cs = charset(a, 1);
                    try {
                        ByteBuffer bytes = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(a.string(0)));
                        byte[] out = new byte[bytes.remaining()];
                        bytes.get(out);
                        return Value.of(Base64.getEncoder().encodeToString(out));
                    } catch (CharacterCodingException e) {
                        throw a.error("the given string contains characters that cannot be represented in " + a.string(1));
                    }
                }),
                Builtin.of("textdecodebase64", 2, a -> {
                    Charset cs = charset(a, 1);
                    byte[] bytes = base64(a, a.string(0));
                    try {
                        return Value.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
                    } catch (CharacterCodingException e) {
                        throw a.error("the given value is not valid " + a.string(1) + " text");
                    }
                }));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Go's standard base64: padding required, line breaks ignored. */
    static byte[] base64(Args a, String s) throws FunctionException {
        String compact = s.replace("\r", "").replace("\n", "");
        try {
            if (compact.length() % 4 != 0) {
                throw new IllegalArgumentException("length is not a multiple of 4");
            }
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw a.error("failed to decode base64 data " + Json.quote(s.length() > 60 ? s.substring(0, 60) + "..." : s));
        }
    }

    static String decodeUtf8(Args a, byte[] bytes, String errorMessage) throws FunctionException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw a.error(errorMessage);
        }
    }

    /** Go's {@code url.QueryEscape}: unreserved characters stay, space becomes '+', the rest %XX per UTF-8 byte. */
    static String urlencode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : utf8(s)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static Value csvdecode(String text) throws FunctionException {
        List<List<String>> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw new FunctionException("missing header line");
        }
        List<String> header = records.get(0);
        List<Value> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, Value> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), Value.of(record.get(i)));
            }
            rows.add(Order.sortedObject(row));
        }
        return new Value.ListV(rows);
    }

    private static Charset charset(Args a, int i) throws FunctionException {
        String name = a.string(i);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw a.argError(i, "must be a supported IANA encoding name, got " + Json.quote(name));
        }
    }
}
