package dev.bulwark.source.git;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document read into a tree that remembers where each value starts, by JSON path
 * ({@code $[3].reviews[0].state}), so that validation can point at the line and column of the
 * value that is wrong, or of the object that lacks a field.
 */
final class LocatedJson {
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonFactory YAML = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** A line and column, both from 1. */
    record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    private final String file;
    private final JsonNode root;
    private final Map<String, Position> positions;
    private final boolean yaml;

    private LocatedJson(String file, JsonNode root, Map<String, Position> positions, boolean yaml) {
        this.file = file;
        this.root = root;
        this.positions = positions;
        this.yaml = yaml;
    }

    /** @param expected what the file should be, ending syntax error messages ("expected …") */
    static LocatedJson parse(String file, byte[] content, String expected) throws ChangeInputException {
        return parse(file, content, expected, false);
    }

    /** A YAML document (the same tree; paths in messages are shown without the leading {@code $.}). */
    static LocatedJson parseYaml(String file, byte[] content, String expected) throws ChangeInputException {
        return parse(file, content, expected, true);
    }

    private static LocatedJson parse(String file, byte[] content, String expected, boolean yaml) throws ChangeInputException {
        String text = decode(file, content, expected);
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser p = (yaml ? YAML : JSON).createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                if (yaml) return new LocatedJson(file, JsonNodeFactory.instance.nullNode(), positions, true);
                throw new ChangeInputException(file + ":1:1: the file is empty (" + expected + ")");
            }
            JsonNode root = value(p, "$", positions);
            if (p.nextToken() != null) {
                throw new ChangeInputException(file + ":" + at(p.currentTokenLocation()) + ": unexpected content after the end of the "
                        + (yaml ? "YAML" : "JSON") + " document");
            }
            return new LocatedJson(file, root, positions, yaml);
        } catch (JsonEOFException e) {
            throw new ChangeInputException(file + ":" + at(e.getLocation()) + ": truncated JSON: the file ends in the middle of the document ("
                    + expected + ")");
        } catch (JsonProcessingException e) {
            if (atEnd(e.getLocation(), text)) {
                throw new ChangeInputException(file + ":" + at(e.getLocation()) + ": truncated " + (yaml ? "YAML" : "JSON")
                        + ": the file ends in the middle of the document (" + expected + ")");
            }
            String detail = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ChangeInputException(file + ":" + at(e.getLocation()) + ": not valid " + (yaml ? "YAML" : "JSON") + ": " + detail
                    + " (" + expected + ")");
        } catch (IOException e) {
            throw new ChangeInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    JsonNode root() {
        return root;
    }

    /** Where the value at {@code path} starts; for a path that is absent, where its nearest present ancestor starts. */
    Position position(String path) {
        String p = path;
        while (true) {
            Position found = positions.get(p);
            if (found != null) return found;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) return new Position(1, 1);
            p = p.substring(0, cut);
        }
    }

    /** {@code file:line:column: path: detail}, pointing at {@code path} or its nearest present ancestor. */
    ChangeInputException error(String path, String detail) {
        String shown = yaml && path.startsWith("$.") ? path.substring(2) : path;
        return new ChangeInputException(file + ":" + position(path) + ": " + shown + ": " + detail);
    }

    private static JsonNode value(JsonParser p, String path, Map<String, Position> positions) throws IOException {
        positions.put(path, position(p.currentTokenLocation()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, value(p, path + "." + name, positions));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(value(p, path + "[" + i++ + "]", positions));
                return a;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(p.getBooleanValue());
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                return nodes.textNode(p.getText());  // YAML's rarer scalars (binary, tagged values) as written
            }
        }
    }

    /** Whether a syntax error was met at the end of the text: the document was cut short. */
    private static boolean atEnd(JsonLocation l, String text) {
        return l != null && l.getCharOffset() >= 0 && l.getCharOffset() >= text.stripTrailing().length();
    }

    private static Position position(JsonLocation l) {
        return l == null ? new Position(1, 1) : new Position(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private static String at(JsonLocation l) {
        return position(l).toString();
    }

    private static String decode(String file, byte[] content, String expected) throws ChangeInputException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString()
                    .replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new ChangeInputException(file + ":1:1: not UTF-8 text (" + expected + ")");
        }
    }
}
