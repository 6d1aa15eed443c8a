package dev.bulwark.source.located;

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
import dev.bulwark.source.located.LocatedTreeException.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON or YAML document read into a Jackson tree that remembers where each value, and each
 * mapping key, was written, so that a reader validating the tree can point at the line and column
 * of the value that is wrong, or of the mapping that lacks an entry.
 *
 * <p>Places are named by path: {@value #ROOT} is the whole document, {@code $.name} an entry of a
 * mapping and {@code $[0]} an item of a list, as in {@code $.systems[1].criticality}; build them
 * with {@link #child} and {@link #item}. Keys are written as they are, dots included
 * ({@code $.cadences.3.3.3}), so that paths read the way people wrote the keys; the price is that
 * a key {@code "a.b"} and a key {@code b} nested under {@code a} share a path, and the one written
 * later is the one located.
 *
 * <p>Duplicate keys in one mapping are errors, so that a repeated setting cannot silently replace
 * the first. Numbers keep their exact value (big integers and decimals).
 */
public final class LocatedTree {
    /** The path of the whole document. */
    public static final String ROOT = "$";

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonFactory YAML = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private enum Format {
        JSON("JSON"), YAML("YAML");

        final String label;

        Format(String label) {
            this.label = label;
        }
    }

    private final String file;
    private final JsonNode node;
    private final Map<String, Position> values;
    private final Map<String, Position> keys;

    private LocatedTree(String file, JsonNode node, Map<String, Position> values, Map<String, Position> keys) {
        this.file = file;
        this.node = node;
        this.values = values;
        this.keys = keys;
    }

    /**
     * @param file how the file is named in messages
     * @throws LocatedTreeException when the text is empty, not JSON, or holds more than one value
     */
    public static LocatedTree parseJson(String file, String text) throws LocatedTreeException {
        return parse(file, text, Format.JSON);
    }

    /** As {@link #parseJson(String, String)}, from bytes that must be UTF-8 (a byte order mark is skipped). */
    public static LocatedTree parseJson(String file, byte[] content) throws LocatedTreeException {
        return parse(file, utf8(file, content), Format.JSON);
    }

    /**
     * An empty YAML document (nothing, or only comments) is a tree whose {@link #node()} is null.
     *
     * @param file how the file is named in messages
     * @throws LocatedTreeException when the text is not YAML, or holds more than one document
     */
    public static LocatedTree parseYaml(String file, String text) throws LocatedTreeException {
        return parse(file, text, Format.YAML);
    }

    /** As {@link #parseYaml(String, String)}, from bytes that must be UTF-8 (a byte order mark is skipped). */
    public static LocatedTree parseYaml(String file, byte[] content) throws LocatedTreeException {
        return parse(file, utf8(file, content), Format.YAML);
    }

    /**
     * One document of a multi-document YAML stream (see {@link YamlStream}), whose text starts on line
     * {@code firstLine} of the file: positions, in the tree and in errors, are lines of the whole file.
     */
    public static LocatedTree parseYamlDocument(String file, String text, int firstLine) throws LocatedTreeException {
        return parse(file, text, Format.YAML, firstLine - 1);
    }

    /** The path of the entry {@code key} of the mapping at {@code path}. */
    public static String child(String path, String key) {
        return path + "." + key;
    }

    /** The path of item {@code index} of the list at {@code path}. */
    public static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    /** How the file is named in messages. */
    public String file() {
        return file;
    }

    /** The document; a null node for an empty YAML document. */
    public JsonNode node() {
        return node;
    }

    /**
     * Where the value at {@code path} starts. For a path that is not in the document (a missing
     * entry, say) this is where its nearest present ancestor starts, which is where the reader
     * should look to add it.
     */
    public Position position(String path) {
        String p = path;
        while (true) {
            Position found = values.get(p);
            if (found != null) return found;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) return values.getOrDefault(ROOT, Position.START);
            p = p.substring(0, cut);
        }
    }

    /** Where the key of the mapping entry at {@code path} is written; for anything else, {@link #position}. */
    public Position keyPosition(String path) {
        Position key = keys.get(path);
        return key != null ? key : position(path);
    }

    private static LocatedTree parse(String file, String text, Format format) throws LocatedTreeException {
        return parse(file, text, format, 0);
    }

    private static LocatedTree parse(String file, String text, Format format, int lineOffset) throws LocatedTreeException {
        Objects.requireNonNull(file, "file");
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Map<String, Position> values = new HashMap<>();
        Map<String, Position> keys = new HashMap<>();
        try (JsonParser p = (format == Format.JSON ? JSON : YAML).createParser(body)) {
            if (p.nextToken() == null) {
                if (format == Format.JSON) throw new LocatedTreeException(file, Position.START, Problem.EMPTY, "the file is empty");
                return new LocatedTree(file, JsonNodeFactory.instance.nullNode(), values, keys);
            }
            JsonNode root = read(p, ROOT, values, keys, lineOffset);
            if (p.nextToken() != null) {
                throw new LocatedTreeException(file, position(p.currentTokenLocation(), lineOffset), Problem.TRAILING_CONTENT,
                        "unexpected content after the end of the " + format.label + " document");
            }
            return new LocatedTree(file, root, values, keys);
        } catch (JsonEOFException e) {
            throw truncated(file, e, format, lineOffset);
        } catch (JsonProcessingException e) {
            // A YAML block document that is cut short usually still parses, so a YAML error at the very end is
            // more often an unclosed bracket or quote than a cut file; the parser's own words are kept for it.
            if (format == Format.JSON && atEnd(e.getLocation(), body)) throw truncated(file, e, format, lineOffset);
            String detail = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new LocatedTreeException(file, position(e.getLocation(), lineOffset), Problem.SYNTAX, "not valid " + format.label + ": " + detail);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string in memory failed", e);  // a StringReader does not fail
        }
    }

    private static JsonNode read(JsonParser p, String path, Map<String, Position> values, Map<String, Position> keys, int lineOffset)
            throws IOException {
        values.put(path, position(p.currentTokenLocation(), lineOffset));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String childPath = child(path, name);
                    keys.put(childPath, position(p.currentTokenLocation(), lineOffset));
                    p.nextToken();
                    o.set(name, read(p, childPath, values, keys, lineOffset));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(read(p, item(path, i++), values, keys, lineOffset));
                return a;
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
                return nodes.textNode(p.getText());  // strings, and YAML's rarer scalars (binary, tagged values) as written
            }
        }
    }

    private static LocatedTreeException truncated(String file, JsonProcessingException e, Format format, int lineOffset) {
        return new LocatedTreeException(file, position(e.getLocation(), lineOffset), Problem.TRUNCATED,
                "truncated " + format.label + ": the file ends in the middle of the document");
    }

    /** Whether a syntax error was met at the end of the text: the document was cut short. */
    private static boolean atEnd(JsonLocation l, String text) {
        return l != null && l.getCharOffset() >= 0 && l.getCharOffset() >= text.stripTrailing().length();
    }

    private static Position position(JsonLocation l, int lineOffset) {
        return l == null ? new Position(1 + lineOffset, 1) : new Position(Math.max(1, l.getLineNr()) + lineOffset, Math.max(1, l.getColumnNr()));
    }

    private static String utf8(String file, byte[] content) throws LocatedTreeException {
        try {
            return Utf8Text.decode(content);
        } catch (Utf8Text.NotTextException e) {
            throw new LocatedTreeException(file, new Position(e.line(), 1), Problem.NOT_UTF8, e.detail());
        }
    }
}
