package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parses a corpus with Bulwark's native parser and with HashiCorp's own HCL parser (through the
 * npm package {@code @cdktf/hcl2json}) and requires that both see the same blocks, labels,
 * attributes and literal values, and that both reject the same broken files.
 *
 * <p>The corpus is the hand-written files in {@code src/test/resources/hcl-corpus}, plus files
 * {@link HclCorpusGenerator} writes to {@code <build dir>/hcl-corpus-generated}, plus the broken
 * files in {@code src/test/resources/hcl-corpus-invalid}. Node runs once for all of them.
 */
@Tag("slow")
class Hcl2JsonDifferentialTest {
    private static final int GENERATED_FILES = 300;
    private static final int MAX_REPORTED = 80;

    private static List<Path> validFiles;
    private static List<Path> chainFiles;
    private static List<Path> invalidFiles;
    private static Map<Path, JsonNode> oracleResults;

    @BeforeAll
    static void runHcl2json() throws Exception {
        Hcl2JsonOracle oracle = Hcl2JsonOracle.forProject();
        String unavailable = oracle.unavailableReason();
        if (unavailable != null) {
            fail("The differential test needs HashiCorp's parser: " + unavailable);
        }
        validFiles = new ArrayList<>(listFiles(resourceDir("hcl-corpus")));
        validFiles.addAll(HclCorpusGenerator.writeCorpus(buildDir().resolve("hcl-corpus-generated"), GENERATED_FILES));
        chainFiles = HclCorpusGenerator.writeLongChains(buildDir().resolve("hcl-corpus-chains"));
        validFiles.addAll(chainFiles);
        invalidFiles = listFiles(resourceDir("hcl-corpus-invalid"));
        List<Path> all = new ArrayList<>(validFiles);
        all.addAll(invalidFiles);
        oracleResults = oracle.parseAll(all);
    }

    @Test
    void bulwarkAndHcl2jsonAgreeOnStructureAndLiterals() throws IOException {
        List<String> problems = new ArrayList<>();
        int literals = 0;
        int attributes = 0;
        int blocks = 0;
        for (Path file : validFiles) {
            String name = displayName(file);
            JsonNode theirs = oracleResults.get(file);
            String theirError = Hcl2JsonOracle.errorOf(theirs);
            if (theirError != null) {
                problems.add(name + ": hcl2json rejected a file of the valid corpus: " + theirError);
                continue;
            }
            Body ours;
            try {
                ours = HclParser.parse(name, Files.readString(file, StandardCharsets.UTF_8)).body();
            } catch (HclParseException e) {
                problems.add(name + ": Bulwark rejected it, hcl2json accepted it: " + e.getMessage());
                continue;
            } catch (RuntimeException e) {
                problems.add(name + ": Bulwark's parser crashed: " + e);
                continue;
            }
            Hcl2JsonComparison comparison = new Hcl2JsonComparison();
            comparison.compareBody(ours, theirs, "");
            for (String mismatch : comparison.mismatches()) {
                problems.add(name + ": " + mismatch);
            }
            literals += comparison.literalsCompared();
            attributes += comparison.attributesCompared();
            blocks += comparison.blocksCompared();
        }
        assertNoProblems(problems, validFiles.size());
        // Guards against a corpus or comparison that silently checks nothing.
        assertThat(validFiles).hasSizeGreaterThanOrEqualTo(GENERATED_FILES + 30);
        assertThat(attributes).as("attributes compared").isGreaterThan(5000);
        assertThat(blocks).as("blocks compared").isGreaterThan(1000);
        assertThat(literals).as("literal values compared").isGreaterThan(2000);
    }

    /**
     * hcl2json writes a non-literal expression as {@code "${source}"}; for each long flat chain
     * that source must be exactly the text Bulwark's expression spans, so both parsers read the
     * whole chain as one expression (and the literals after it, compared above, are still read).
     */
    @Test
    void longFlatChainsAreOneExpressionInBoth() throws IOException {
        assertThat(chainFiles).hasSize(HclCorpusGenerator.CHAIN_LENGTHS.length);
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Path file : chainFiles) {
            String name = displayName(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode theirs = oracleResults.get(file);
            if (Hcl2JsonOracle.errorOf(theirs) != null) {
                problems.add(name + ": hcl2json rejected it: " + Hcl2JsonOracle.errorOf(theirs));
                continue;
            }
            Body ours;
            try {
                ours = HclParser.parse(name, text).body();
            } catch (HclParseException e) {
                problems.add(name + ": Bulwark rejected it: " + e.getMessage());
                continue;
            }
            List<Attribute> attributes = new ArrayList<>(ours.attributes());
            attributes.addAll(ours.blocks().get(0).body().attributes());
            JsonNode block = theirs.at("/resource/aws_s3_bucket/chain/0");
            for (Attribute attribute : attributes) {
                if (!HclCorpusGenerator.CHAIN_ATTRIBUTES.contains(attribute.name())) {
                    continue;
                }
                JsonNode value = theirs.has(attribute.name()) ? theirs.get(attribute.name()) : block.get(attribute.name());
                Range r = attribute.expr().range();
                String expected = "${" + text.substring(r.startOffset(), r.endOffset()) + "}";
                if (value == null || !value.isTextual() || !value.textValue().equals(expected)) {
                    problems.add(name + ": " + attribute.name() + ": hcl2json read a different expression");
                }
                compared++;
            }
        }
        assertNoProblems(problems, chainFiles.size());
        assertThat(compared).isEqualTo(HclCorpusGenerator.CHAIN_LENGTHS.length * HclCorpusGenerator.CHAIN_ATTRIBUTES.size());
    }

    @Test
    void bothParsersRejectEveryBrokenFile() throws IOException {
        assertThat(invalidFiles).hasSizeGreaterThanOrEqualTo(10);
        List<String> problems = new ArrayList<>();
        for (Path file : invalidFiles) {
            String name = displayName(file);
            if (Hcl2JsonOracle.errorOf(oracleResults.get(file)) == null) {
                problems.add(name + ": hcl2json accepted a file of the invalid corpus");
            }
            try {
                HclParser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
                problems.add(name + ": Bulwark accepted it, hcl2json rejected it: "
                        + Hcl2JsonOracle.errorOf(oracleResults.get(file)));
            } catch (HclParseException e) {
                if (!e.getMessage().startsWith(name + ":" + e.pos().line() + ":" + e.pos().column() + ": ")) {
                    problems.add(name + ": error message lacks the file:line:column prefix: " + e.getMessage());
                }
            } catch (RuntimeException e) {
                problems.add(name + ": Bulwark's parser crashed instead of reporting an error: " + e);
            }
        }
        assertNoProblems(problems, invalidFiles.size());
    }

    private static void assertNoProblems(List<String> problems, int fileCount) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder();
        report.append(problems.size()).append(" disagreement(s) between Bulwark and hcl2json over ")
                .append(fileCount).append(" files:\n");
        problems.stream().limit(MAX_REPORTED).forEach(p -> report.append("  ").append(p).append('\n'));
        if (problems.size() > MAX_REPORTED) {
            report.append("  ... and ").append(problems.size() - MAX_REPORTED).append(" more\n");
        }
        fail(report.toString());
    }

    /** A short, stable name for messages: the corpus folder and the file. */
    private static String displayName(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    private static Path resourceDir(String name) throws URISyntaxException {
        URL url = Hcl2JsonDifferentialTest.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource folder " + name + " is missing");
        }
        return Path.of(url.toURI());
    }

    /** The build directory: the parent of the folder the test classes were loaded from. */
    private static Path buildDir() throws URISyntaxException {
        Path testClasses = Path.of(Hcl2JsonDifferentialTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.getParent();
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
