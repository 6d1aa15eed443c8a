package dev.bulwark.process;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.model.SourceLocation;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document as a tree that remembers the line and column where each value (and each
 * mapping key) was written, by path ({@code systems[1].criticality}), so that validation messages
 * can point at the exact spot.
 */
final class YamlTree {
    private static final YAMLFactory YAML = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> values;
    private final Map<String, int[]> keys;

    private YamlTree(String file, JsonNode root, Map<String, int[]> values, Map<String, int[]> keys) {
        this.file = file;
        this.root = root;
        this.values = values;
        this.keys = keys;
    }

    /** @param file how the file is named in messages */
    static YamlTree parse(String file, String text) throws ProcessConfigException {
        Map<String, int[]> values = new HashMap<>();
        Map<String, int[]> keys = new HashMap<>();
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() == null) return new YamlTree(file, JsonNodeFactory.instance.nullNode(), values, keys);
            return new YamlTree(file, read(p, "", values, keys), values, keys);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ProcessConfigException(file + at(e.getLocation()) + ": not valid YAML: " + detail);
        } catch (IOException e) {
            throw new ProcessConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    JsonNode root() {
        return root;
    }

    String file() {
        return file;
    }

    /** Where the value at {@code path} was written (or its nearest written ancestor). */
    SourceLocation location(String path) {
        int[] at = nearest(values, path);
        return at == null ? SourceLocation.ofFile(file) : SourceLocation.at(file, at[0], at[1]);
    }

    /** Where the key of the mapping entry at {@code path} was written, else where its value was. */
    SourceLocation keyLocation(String path) {
        int[] at = keys.get(path);
        return at == null ? location(path) : SourceLocation.at(file, at[0], at[1]);
    }

    /** {@code file:line:column: path: detail}, at the value of {@code path}. */
    ProcessConfigException error(String path, String detail) {
        return new ProcessConfigException(location(path) + ": " + path + ": " + detail);
    }

    /** As {@link #error}, at the key of {@code path} (for unknown or misplaced keys). */
    ProcessConfigException keyError(String path, String detail) {
        return new ProcessConfigException(keyLocation(path) + ": " + path + ": " + detail);
    }

    private static int[] nearest(Map<String, int[]> map, String path) {
        String p = path;
        while (true) {
            int[] found = map.get(p);
            if (found != null || p.isEmpty()) return found;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    private static JsonNode read(JsonParser p, String path, Map<String, int[]> values, Map<String, int[]> keys) throws IOException {
        values.put(path, position(p.currentTokenLocation()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String childPath = child(path, name);
                    keys.put(childPath, position(p.currentTokenLocation()));
                    p.nextToken();
                    o.set(name, read(p, childPath, values, keys));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(read(p, item(path, i++), values, keys));
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
                return nodes.textNode(p.getText());
            }
        }
    }

    private static int[] position(JsonLocation l) {
        return l == null ? new int[] {1, 1} : new int[] {(int) Math.max(1, l.getLineNr()), (int) Math.max(1, l.getColumnNr())};
    }

    private static String at(JsonLocation l) {
        if (l == null) return "";
        int[] p = position(l);
        return ":" + p[0] + ":" + p[1];
    }
}
