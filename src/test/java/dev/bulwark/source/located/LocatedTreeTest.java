package dev.bulwark.source.located;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.source.located.LocatedTreeException.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LocatedTreeTest {
    private static LocatedTree json(String text) throws LocatedTreeException {
        return LocatedTree.parseJson("f.json", text);
    }

    private static LocatedTree yaml(String text) throws LocatedTreeException {
        return LocatedTree.parseYaml("f.yaml", text);
    }

    private static LocatedTreeException jsonFailure(String text) {
        return catchThrowableOfType(LocatedTreeException.class, () -> json(text));
    }

    private static LocatedTreeException yamlFailure(String text) {
        return catchThrowableOfType(LocatedTreeException.class, () -> yaml(text));
    }

    @Test
    void pathsAreBuiltFromTheRoot() {
        assertThat(LocatedTree.item(LocatedTree.child(LocatedTree.ROOT, "systems"), 1)).isEqualTo("$.systems[1]");
        assertThat(LocatedTree.child(LocatedTree.item(LocatedTree.ROOT, 3), "reviews")).isEqualTo("$[3].reviews");
        assertThat(LocatedTree.child("$.cadences", "3.3.3")).isEqualTo("$.cadences.3.3.3");
    }

    @Nested
    class Json {
        private static final String BUNDLE = """
                [
                  {"number": 7,
                   "reviews": [{"state": "APPROVED"}, {"state": null}]},
                  {"number": 12345678901234567890123, "ratio": 0.10}
                ]
                """;

        @Test
        void everyValueAndKeyIsLocated() throws Exception {
            LocatedTree t = json(BUNDLE);
            assertThat(t.file()).isEqualTo("f.json");
            assertThat(t.position("$")).isEqualTo(new Position(1, 1));
            assertThat(t.position("$[0]")).isEqualTo(new Position(2, 3));
            assertThat(t.position("$[0].number")).isEqualTo(new Position(2, 14));
            assertThat(t.keyPosition("$[0].number")).isEqualTo(new Position(2, 4));
            assertThat(t.position("$[0].reviews[1]")).isEqualTo(new Position(3, 39));
            assertThat(t.position("$[0].reviews[1].state")).isEqualTo(new Position(3, 49));
            assertThat(t.position("$[1].ratio")).isEqualTo(new Position(4, 48));
        }

        @Test
        void anAbsentPathIsLocatedAtItsNearestPresentAncestor() throws Exception {
            LocatedTree t = json(BUNDLE);
            assertThat(t.position("$[0].reviews[1].user.login")).isEqualTo(t.position("$[0].reviews[1]"));
            assertThat(t.position("$[0].title")).isEqualTo(new Position(2, 3));
            assertThat(t.position("$[9].number")).isEqualTo(Position.START);
            // only mapping entries have keys; anything else falls back to where the value is
            assertThat(t.keyPosition("$[0].reviews[1]")).isEqualTo(new Position(3, 39));
            assertThat(t.keyPosition("$[0].title")).isEqualTo(t.position("$[0]"));
        }

        @Test
        void numbersKeepTheirExactValue() throws Exception {
            JsonNode n = json(BUNDLE).node();
            assertThat(n.get(1).get("number").bigIntegerValue()).isEqualTo(new BigInteger("12345678901234567890123"));
            assertThat(n.get(1).get("ratio").decimalValue()).isEqualTo(new BigDecimal("0.10"));
            assertThat(n.get(0).get("number").isIntegralNumber()).isTrue();
            assertThat(n.get(0).get("reviews").get(1).get("state").isNull()).isTrue();
        }

        @Test
        void emptyTruncatedMalformedAndTrailingTextAreToldApart() {
            LocatedTreeException empty = jsonFailure(" \n ");
            assertThat(empty.problem()).isEqualTo(Problem.EMPTY);
            assertThat(empty).hasMessage("f.json:1:1: the file is empty");

            LocatedTreeException truncated = jsonFailure("[\n  {\"number\": 7,\n");
            assertThat(truncated.problem()).isEqualTo(Problem.TRUNCATED);
            assertThat(truncated).hasMessageStartingWith("f.json:3:").hasMessageEndingWith(": truncated JSON: the file ends in the middle of the document");

            LocatedTreeException malformed = jsonFailure("{\"a\" 1}");
            assertThat(malformed.problem()).isEqualTo(Problem.SYNTAX);
            assertThat(malformed).hasMessageStartingWith("f.json:1:6: not valid JSON: Unexpected character ('1' (code 49))");

            LocatedTreeException trailing = jsonFailure("[] []");
            assertThat(trailing.problem()).isEqualTo(Problem.TRAILING_CONTENT);
            assertThat(trailing).hasMessage("f.json:1:4: unexpected content after the end of the JSON document");
        }

        @Test
        void aRepeatedKeyIsAnErrorAtTheRepeat() {
            LocatedTreeException e = jsonFailure("{\"a\": 1,\n \"a\": 2}");
            assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.detail()).startsWith("not valid JSON: Duplicate field 'a'");
        }

        @Test
        void bytesMustBeUtf8AndAByteOrderMarkIsSkipped() throws Exception {
            byte[] latin1 = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
            LocatedTreeException e = catchThrowableOfType(LocatedTreeException.class, () -> LocatedTree.parseJson("f.json", latin1));
            assertThat(e.problem()).isEqualTo(Problem.NOT_UTF8);
            assertThat(e).hasMessage("f.json:1:1: not UTF-8 text: byte 0xE9 at byte offset 13 (line 1) is not valid UTF-8");
            assertThat(e.file()).isEqualTo("f.json");
            assertThat(e.position()).isEqualTo(Position.START);

            LocatedTree t = LocatedTree.parseJson("f.json", "\uFEFF{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(t.node().get("name").asText()).isEqualTo("caf\u00e9");
            assertThat(t.position("$.name")).isEqualTo(new Position(1, 10));
        }
    }

    @Nested
    class Yaml {
        private static final String CONFIG = """
                systems:
                  - name: payments
                    criticality: critical
                cadences:
                  "3.3.3": 30
                  documents: 180
                """;

        @Test
        void valuesAndKeysAreLocatedWithDottedKeysKeptAsWritten() throws Exception {
            LocatedTree t = yaml(CONFIG);
            assertThat(t.position("$.systems[0]")).isEqualTo(new Position(2, 5));
            assertThat(t.position("$.systems[0].criticality")).isEqualTo(new Position(3, 18));
            assertThat(t.keyPosition("$.systems[0].criticality")).isEqualTo(new Position(3, 5));
            assertThat(t.position("$.cadences.3.3.3")).isEqualTo(new Position(5, 12));
            assertThat(t.keyPosition("$.cadences.3.3.3")).isEqualTo(new Position(5, 3));
            assertThat(t.node().get("cadences").get("3.3.3").asInt()).isEqualTo(30);
            assertThat(t.position("$.cadences.3.5.1")).isEqualTo(t.position("$.cadences"));
        }

        @Test
        void anEmptyDocumentIsANullNode() throws Exception {
            for (String text : new String[] {"", "# nothing here yet\n"}) {
                LocatedTree t = yaml(text);
                assertThat(t.node().isNull()).isTrue();
                assertThat(t.position(LocatedTree.ROOT)).isEqualTo(Position.START);
            }
        }

        @Test
        void aSecondDocumentIsAnError() {
            LocatedTreeException e = yamlFailure("a: 1\n---\nb: 2\n");
            assertThat(e.problem()).isEqualTo(Problem.TRAILING_CONTENT);
            assertThat(e).hasMessage("f.yaml:3:1: unexpected content after the end of the YAML document");
        }

        @Test
        void syntaxErrorsKeepTheParsersWords() {
            LocatedTreeException e = yamlFailure("systems:\n  - name: [unclosed\n");
            assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
            assertThat(e).hasMessage("f.yaml:2:20: not valid YAML: while parsing a flow sequence");

            LocatedTreeException repeated = yamlFailure("cadences:\n  documents: 30\n  documents: 60\n");
            assertThat(repeated.line()).isEqualTo(3);
            assertThat(repeated.detail()).startsWith("not valid YAML: Duplicate field 'documents'");
        }

        @Test
        void aByteOrderMarkIsSkipped() throws Exception {
            LocatedTree t = LocatedTree.parseYaml("f.yaml", "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8));
            assertThat(t.node().get("a").asInt()).isEqualTo(1);
            assertThat(t.position("$.a")).isEqualTo(new Position(1, 4));
        }
    }

    @Test
    void positionsCountFromOne() {
        assertThat(new Position(3, 7)).hasToString("3:7");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new Position(0, 1))).isNotNull();
    }
}
