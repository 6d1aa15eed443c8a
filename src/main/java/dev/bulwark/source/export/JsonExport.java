package dev.bulwark.source.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Streams a JSON export so that each item keeps the line it starts on: the caller walks the
 * document's outline field by field, and reads each item (a vulnerability, a match) as a small tree.
 * Malformed or truncated JSON becomes an {@link ExportFormatException} at the line where it breaks.
 */
final class JsonExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Handles one field of an object; the parser is on the field's value and must be left on its last token. */
    interface FieldHandler {
        void field(String name, JsonParser p) throws IOException, ExportFormatException;
    }

    /** Handles one element of an array; the parser is on the element's first token and must be left on its last. */
    interface ElementHandler {
        void element(int index, JsonParser p) throws IOException, ExportFormatException;
    }

    private final String file;
    private final String expected;

    /** @param expected what the file should be, ending messages: "expected a Trivy JSON report (trivy … -f json)" */
    JsonExport(String file, String expected) {
        this.file = file;
        this.expected = expected;
    }

    /** Reads a document whose top level is an object, handing each top-level field to {@code top}. */
    void read(byte[] content, FieldHandler top) throws ExportFormatException {
        String text = ExportText.decode(file, content, expected);
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw error(p.currentTokenLocation().getLineNr(), "the document is not a JSON object");
            }
            object(p, top);
            JsonToken after = p.nextToken();
            if (after != null) throw error(p.currentTokenLocation().getLineNr(), "unexpected content after the end of the JSON document");
        } catch (JsonEOFException e) {
            throw error(lineOf(e), "truncated JSON: the file ends in the middle of the document");
        } catch (StreamReadException e) {
            throw error(lineOf(e), "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException e) {
            throw error(lineOf(e), "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ExportFormatException(file, 1, "cannot read: " + e.getMessage());
        }
    }

    /** Walks the object the parser is on (START_OBJECT), leaving it on the matching END_OBJECT. */
    void object(JsonParser p, FieldHandler handler) throws IOException, ExportFormatException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            handler.field(name, p);
        }
    }

    /** Walks the array the parser is on; {@code null} counts as an empty array, anything else is an error. */
    void array(JsonParser p, String path, ElementHandler handler) throws IOException, ExportFormatException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return;
        if (p.currentToken() != JsonToken.START_ARRAY) throw error(p.currentTokenLocation().getLineNr(), path + " is not an array");
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) handler.element(i++, p);
    }

    /** Reads the value the parser is on as a tree (for one small item). */
    static JsonNode tree(JsonParser p) throws IOException {
        return p.readValueAsTree();
    }

    /** An item read as a tree, with the line of each of its fields (by path within the item: "fix.state"). */
    record Item(JsonNode node, int line, Map<String, Integer> fieldLines) {
        /** The line of {@code field}, or of the item when the field is absent. */
        int lineOf(String field) {
            return fieldLines.getOrDefault(field, line);
        }
    }

    /** Reads the value the parser is on as an {@link Item}, so that messages can point at the field that is wrong. */
    static Item item(JsonParser p) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        Map<String, Integer> lines = new HashMap<>();
        return new Item(located(p, "", lines), line, lines);
    }

    private static JsonNode located(JsonParser p, String prefix, Map<String, Integer> lines) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) return p.readValueAsTree();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            lines.put(path, p.currentTokenLocation().getLineNr());
            p.nextToken();
            o.set(name, located(p, path, lines));
        }
        return o;
    }

    /** As {@link #text(JsonNode, String, String, int, boolean)} for a field of an item, at the field's own line. */
    String text(Item item, String field, String path, boolean required) throws ExportFormatException {
        return text(item.node(), field, path, item.lineOf(field), required);
    }

    /** Skips the value the parser is on, whatever its size. */
    static void skip(JsonParser p) throws IOException {
        p.skipChildren();
    }

    /**
     * The text of {@code field} in {@code node}: "" when absent or null and not required; an error
     * naming {@code path.field} when required and missing, or when it is not a string.
     */
    String text(JsonNode node, String field, String path, int line, boolean required) throws ExportFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw error(line, "missing field " + path + field);
            return "";
        }
        if (!v.isTextual()) throw badField(line, path + field, "is " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", expected a string");
        if (required && v.asText().isBlank()) throw badField(line, path + field, "is empty");
        return v.asText();
    }

    ExportFormatException error(long line, String detail) {
        return new ExportFormatException(file, (int) Math.max(1, line), detail + " (" + expected + ")");
    }

    /** A value that is present but wrong, at the line of the item that holds it. */
    ExportFormatException badField(int line, String path, String what) {
        return error(line, path + " " + what);
    }

    private static long lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    }
}
