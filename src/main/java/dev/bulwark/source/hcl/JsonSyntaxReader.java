package dev.bulwark.source.hcl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads strict JSON into {@link JsonSyntax} with the position of every key and value, rejecting
 * duplicate keys. Syntax errors become {@link HclParseException}s with Jackson's position and a
 * message free of Jackson's vocabulary.
 */
final class JsonSyntaxReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final String fileName;
    private final String source;
    private final JsonSourcePositions positions;
    /** Start positions of the objects and arrays being read, innermost first, for "not closed" errors. */
    private final Deque<OpenContainer> open = new ArrayDeque<>();
    private JsonParser parser;

    private record OpenContainer(String kind, Pos start) {}

    JsonSyntaxReader(String fileName, JsonSourcePositions positions) {
        this.fileName = fileName;
        this.source = positions.source();
        this.positions = positions;
    }

    /** Reads the single top-level value of the document. */
    JsonSyntax readDocument() throws HclParseException {
        try (JsonParser p = FACTORY.createParser(withoutByteOrderMark(source))) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new HclParseException(fileName, positions.at(source.length()),
                        "the file is empty; a JSON configuration file must contain an object");
            }
            JsonSyntax root = readValue(first);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw error(p.currentTokenLocation(), "unexpected content after the end of the top-level value");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw error(e.getLocation(), JsonErrorMessages.clean(e.getOriginalMessage(), innermostOpen()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    /**
     * Editors on Windows may start a file with a byte order mark, which JSON does not allow. It is
     * blanked rather than removed so character offsets still match the original text.
     */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    }

    private JsonSyntax readValue(JsonToken token) throws IOException, HclParseException {
        int start = startOffset();
        switch (token) {
            case START_OBJECT:
                return readObject(start);
            case START_ARRAY:
                return readArray(start);
            case VALUE_STRING:
                return readString(start);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonSyntax.JsonNumber(parser.getDecimalValue(),
                        positions.range(start, start + parser.getText().length()));
            case VALUE_TRUE:
                return new JsonSyntax.JsonBool(true, positions.range(start, start + 4));
            case VALUE_FALSE:
                return new JsonSyntax.JsonBool(false, positions.range(start, start + 5));
            case VALUE_NULL:
                return new JsonSyntax.JsonNull(positions.range(start, start + 4));
            default:
                throw error(parser.currentTokenLocation(), "unexpected " + token.asString());
        }
    }

    private JsonSyntax.JsonObject readObject(int start) throws IOException, HclParseException {
        open.push(new OpenContainer("object", positions.at(start)));
        List<JsonSyntax.Member> members = new ArrayList<>();
        Map<String, JsonSyntax.JsonString> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonSyntax.JsonString key = readString(startOffset());
            JsonSyntax.JsonString earlier = seen.putIfAbsent(key.value(), key);
            if (earlier != null) {
                throw new HclParseException(fileName, key.range().start(), "duplicate key \"" + key.value()
                        + "\"; it is already defined at " + earlier.range().start());
            }
            members.add(new JsonSyntax.Member(key, readValue(parser.nextToken())));
        }
        open.pop();
        return new JsonSyntax.JsonObject(members, positions.range(start, startOffset() + 1));
    }

    private JsonSyntax.JsonArray readArray(int start) throws IOException, HclParseException {
        open.push(new OpenContainer("array", positions.at(start)));
        List<JsonSyntax> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(readValue(token));
        }
        open.pop();
        return new JsonSyntax.JsonArray(items, positions.range(start, startOffset() + 1));
    }

    /** Reads the current string token (a key or a value); Jackson has already checked its syntax. */
    private JsonSyntax.JsonString readString(int start) throws IOException {
        String text = parser.getText();
        int end = closingQuoteEnd(start);
        return new JsonSyntax.JsonString(text, positions.range(start, end), positions.at(start + 1));
    }

    /** The offset just after the closing quote of the string starting at {@code start}. */
    private int closingQuoteEnd(int start) {
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return source.length();
    }

    private int startOffset() {
        return (int) parser.currentTokenLocation().getCharOffset();
    }

    private String innermostOpen() {
        OpenContainer container = open.peek();
        return container == null ? null : "the " + container.kind() + " opened at " + container.start();
    }

    private HclParseException error(JsonLocation location, String message) {
        Pos pos = location == null ? positions.at(source.length())
                : location.getCharOffset() >= 0 ? positions.at((int) location.getCharOffset())
                : positions.at(location.getLineNr(), location.getColumnNr());
        return new HclParseException(fileName, pos, message);
    }
}
