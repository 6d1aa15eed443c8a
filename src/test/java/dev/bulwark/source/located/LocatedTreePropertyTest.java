package dev.bulwark.source.located;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a writer lays out, every value read back is found where its text starts, and every key where the key is written. */
class LocatedTreePropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    @Property(tries = 200)
    void jsonValuesAreFoundWhereTheirTextStarts(@ForAll("documents") JsonNode doc) throws Exception {
        for (String text : List.of(JSON.writeValueAsString(doc), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc))) {
            LocatedTree tree = LocatedTree.parseJson("f.json", text);
            assertThat(tree.node()).hasToString(doc.toString());
            checkJson(tree, text.split("\n", -1), doc, LocatedTree.ROOT);
        }
    }

    @Property(tries = 200)
    void yamlScalarsAndKeysAreFoundWhereTheyAreWritten(@ForAll("documents") JsonNode doc) throws Exception {
        String text = YAML.writeValueAsString(doc);
        LocatedTree tree = LocatedTree.parseYaml("f.yaml", text);
        assertThat(tree.node()).hasToString(doc.toString());
        checkYaml(tree, text.split("\n", -1), doc, LocatedTree.ROOT);
    }

    private static void checkJson(LocatedTree tree, String[] lines, JsonNode n, String path) {
        String at = textAt(lines, tree.position(path));
        if (n.isObject()) assertThat(at).as(path).startsWith("{");
        else if (n.isArray()) assertThat(at).as(path).startsWith("[");
        else if (n.isTextual()) assertThat(at).as(path).startsWith("\"" + n.asText() + "\"");
        else assertThat(at).as(path).startsWith(n.toString());
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String child = LocatedTree.child(path, e.getKey());
            assertThat(textAt(lines, tree.keyPosition(child))).as(child).startsWith("\"" + e.getKey() + "\"");
            checkJson(tree, lines, e.getValue(), child);
        }
        for (int i = 0; i < n.size() && n.isArray(); i++) checkJson(tree, lines, n.get(i), LocatedTree.item(path, i));
    }

    /** YAML's block style has no opening bracket, so only scalars and keys have text of their own to find. */
    private static void checkYaml(LocatedTree tree, String[] lines, JsonNode n, String path) {
        if (n.isValueNode()) {
            String at = textAt(lines, tree.position(path));
            String written = n.isTextual() ? n.asText() : n.toString();
            assertThat(at).as(path).matches("[\"']?" + Pattern.quote(written) + "[\"']?([\\s,\\]}].*)?");
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String child = LocatedTree.child(path, e.getKey());
            assertThat(textAt(lines, tree.keyPosition(child))).as(child).matches("[\"']?" + e.getKey() + "[\"']?:.*");
            checkYaml(tree, lines, e.getValue(), child);
        }
        for (int i = 0; i < n.size() && n.isArray(); i++) checkYaml(tree, lines, n.get(i), LocatedTree.item(path, i));
    }

    private static String textAt(String[] lines, Position p) {
        return lines[p.line() - 1].substring(p.column() - 1);
    }

    @Provide
    Arbitrary<JsonNode> documents() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> (JsonNode) nodes.textNode(s)),
                Arbitraries.longs().map(l -> (JsonNode) nodes.numberNode(l)),
                Arbitraries.of(true, false).map(b -> (JsonNode) nodes.booleanNode(b)));
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        Arbitrary<JsonNode> containers = Arbitraries.recursive(() -> scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> {
                    ArrayNode a = nodes.arrayNode();
                    items.forEach(a::add);
                    return (JsonNode) a;
                }),
                Arbitraries.maps(keys, inner).ofMinSize(1).ofMaxSize(4).map(entries -> {
                    ObjectNode o = nodes.objectNode();
                    entries.forEach(o::set);
                    return (JsonNode) o;
                })), 0, 4);
        // the root is a mapping, as in the files the project reads
        return Arbitraries.maps(keys, containers).ofMinSize(1).ofMaxSize(4).map(entries -> {
            ObjectNode o = nodes.objectNode();
            entries.forEach(o::set);
            return (JsonNode) o;
        });
    }
}
