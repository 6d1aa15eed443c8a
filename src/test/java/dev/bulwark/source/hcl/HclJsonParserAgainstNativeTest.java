package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * hcl2json's output for a Terraform file is itself Terraform JSON syntax. For every hand-written
 * corpus file, {@link HclJsonParser} reading that JSON must give the same tree as
 * {@link HclParser} reading the original file, up to what JSON cannot say: nested blocks that
 * only a provider schema would know arrive as tuples of objects, and positions differ.
 */
@Tag("slow")
class HclJsonParserAgainstNativeTest {

    @Test
    void jsonRenderingOfEachCorpusFileDecodesToTheNativeTree() throws Exception {
        Hcl2JsonOracle oracle = Hcl2JsonOracle.forProject();
        String unavailable = oracle.unavailableReason();
        if (unavailable != null) {
            fail("This test needs HashiCorp's parser: " + unavailable);
        }
        URL corpus = getClass().getResource("/hcl-corpus");
        assertThat(corpus).as("hcl-corpus test resources").isNotNull();
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(corpus.toURI()))) {
            files = listing.sorted().toList();
        }
        Map<Path, JsonNode> rendered = oracle.parseAll(files);
        ObjectMapper mapper = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Path file : files) {
            String nativeName = file.getFileName().toString();
            String jsonName = nativeName + ".json";
            JsonNode json = rendered.get(file);
            if (Hcl2JsonOracle.errorOf(json) != null) {
                problems.add(nativeName + ": hcl2json rejected it: " + Hcl2JsonOracle.errorOf(json));
                continue;
            }
            Body expected = HclParser.parse(nativeName, Files.readString(file, StandardCharsets.UTF_8)).body();
            Body actual;
            try {
                actual = HclJsonParser.parse(jsonName, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json)).body();
            } catch (HclParseException e) {
                problems.add(jsonName + ": HclJsonParser rejected hcl2json's rendering: " + e.getMessage());
                continue;
            }
            compared += compareBodies(expected, actual, jsonName + ": ", problems);
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " difference(s) between the native tree and the JSON tree:\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(80, problems.size()))));
        }
        assertThat(compared).as("attributes compared").isGreaterThan(800);
    }

    /** Returns the number of attributes compared. */
    private static int compareBodies(Body expected, Body actual, String path, List<String> problems) {
        int compared = 0;
        Set<String> expectedNames = new LinkedHashSet<>();
        for (Attribute attribute : expected.attributes()) {
            expectedNames.add(attribute.name());
            Attribute other = actual.attribute(attribute.name());
            if (other == null) {
                problems.add(path + attribute.name() + ": missing in the JSON tree");
                continue;
            }
            compared++;
            compareCanonical(ExprCanonicalForm.of(attribute.expr()), ExprCanonicalForm.of(other.expr()),
                    path + attribute.name(), problems);
        }
        Map<String, List<Block>> byType = groupByType(expected.blocks());
        for (Map.Entry<String, List<Block>> entry : byType.entrySet()) {
            String type = entry.getKey();
            expectedNames.add(type);
            List<Block> jsonBlocks = actual.blocks(type);
            if (!jsonBlocks.isEmpty()) {
                compared += compareBlockLists(entry.getValue(), jsonBlocks, path + type, problems);
                continue;
            }
            Attribute asAttribute = actual.attribute(type);
            if (asAttribute == null) {
                problems.add(path + type + ": blocks missing in the JSON tree");
                continue;
            }
            // JSON cannot tell a provider's nested block from an attribute: it arrives as a tuple of objects.
            compared++;
            compareCanonical(ExprCanonicalForm.blocksAsValue(entry.getValue(), 0), ExprCanonicalForm.of(asAttribute.expr()),
                    path + type, problems);
        }
        for (Attribute attribute : actual.attributes()) {
            if (!expectedNames.contains(attribute.name())) {
                problems.add(path + attribute.name() + ": attribute only in the JSON tree");
            }
        }
        for (String type : groupByType(actual.blocks()).keySet()) {
            if (!expectedNames.contains(type)) {
                problems.add(path + type + ": blocks only in the JSON tree");
            }
        }
        return compared;
    }

    private static int compareBlockLists(List<Block> expected, List<Block> actual, String path, List<String> problems) {
        Map<List<String>, List<Block>> expectedByLabels = groupByLabels(expected);
        Map<List<String>, List<Block>> actualByLabels = groupByLabels(actual);
        if (!expectedByLabels.keySet().equals(actualByLabels.keySet())) {
            problems.add(path + ": labels " + expectedByLabels.keySet() + " in the native tree, "
                    + actualByLabels.keySet() + " in the JSON tree");
            return 0;
        }
        int compared = 0;
        for (Map.Entry<List<String>, List<Block>> entry : expectedByLabels.entrySet()) {
            List<Block> theirs = actualByLabels.get(entry.getKey());
            String labelPath = path + entry.getKey();
            if (theirs.size() != entry.getValue().size()) {
                problems.add(labelPath + ": " + entry.getValue().size() + " block(s) natively, " + theirs.size() + " in JSON");
                continue;
            }
            for (int i = 0; i < theirs.size(); i++) {
                compared += compareBodies(entry.getValue().get(i).body(), theirs.get(i).body(),
                        labelPath + "[" + i + "].", problems);
            }
        }
        return compared;
    }

    private static void compareCanonical(String expected, String actual, String path, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add(path + ":\n      native: " + expected + "\n      json:   " + actual);
        }
    }

    private static Map<String, List<Block>> groupByType(List<Block> blocks) {
        Map<String, List<Block>> byType = new LinkedHashMap<>();
        for (Block block : blocks) {
            byType.computeIfAbsent(block.type(), t -> new ArrayList<>()).add(block);
        }
        return byType;
    }

    private static Map<List<String>, List<Block>> groupByLabels(List<Block> blocks) {
        Map<List<String>, List<Block>> byLabels = new LinkedHashMap<>();
        for (Block block : blocks) {
            byLabels.computeIfAbsent(block.labels(), l -> new ArrayList<>()).add(block);
        }
        return byLabels;
    }
}
