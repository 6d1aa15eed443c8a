package dev.bulwark.source.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs HashiCorp's HCL parser, as packaged in the npm module {@code @cdktf/hcl2json}, over many
 * files in one node process ({@code src/test/node/hcl2json.js}) and returns its JSON per file.
 */
final class Hcl2JsonOracle {
    static final String INSTALL_HINT = "Install it with `npm install` in src/test/node "
            + "(`mvn test` does this in the generate-test-resources phase; node and npm must be on the PATH).";
    private static final long TIMEOUT_SECONDS = 300;

    private final Path nodeDir;

    Hcl2JsonOracle(Path nodeDir) {
        this.nodeDir = nodeDir;
    }

    /** The node project of this repository, found from the Maven base directory. */
    static Hcl2JsonOracle forProject() {
        String baseDir = System.getProperty("basedir", System.getProperty("user.dir"));
        return new Hcl2JsonOracle(Path.of(baseDir, "src", "test", "node"));
    }

    /** Null when the oracle can run, else why it cannot. */
    String unavailableReason() {
        Path module = nodeDir.resolve("node_modules/@cdktf/hcl2json/package.json");
        if (!Files.isRegularFile(module)) {
            return "The npm package @cdktf/hcl2json is missing (" + module + " not found). " + INSTALL_HINT;
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "`node --version` failed. " + INSTALL_HINT;
            }
        } catch (IOException e) {
            return "node is not on the PATH (" + e.getMessage() + "). " + INSTALL_HINT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while checking for node";
        }
        return null;
    }

    /**
     * Parses every file and returns, per path as given, either hcl2json's JSON or an object with
     * a single {@code error} member.
     */
    Map<Path, JsonNode> parseAll(List<Path> files) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("hcl2json", ".stderr");
        try {
            Process process = new ProcessBuilder("node", nodeDir.resolve("hcl2json.js").toString())
                    .redirectError(stderr.toFile())
                    .start();
            StringBuilder input = new StringBuilder();
            for (Path file : files) {
                input.append(file.toAbsolutePath()).append('\n');
            }
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("hcl2json.js did not finish within " + TIMEOUT_SECONDS + "s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("hcl2json.js exited with " + process.exitValue() + ": "
                        + Files.readString(stderr, StandardCharsets.UTF_8).strip());
            }
            JsonNode all = new ObjectMapper().readTree(output);
            Map<Path, JsonNode> results = new LinkedHashMap<>();
            for (Path file : files) {
                JsonNode result = all.get(file.toAbsolutePath().toString());
                if (result == null) {
                    throw new IOException("hcl2json.js gave no result for " + file);
                }
                results.put(file, result);
            }
            return results;
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    /** hcl2json reports a failure as an object whose only member is "error". */
    static String errorOf(JsonNode result) {
        if (result.isObject() && result.size() == 1 && result.has("error") && result.get("error").isTextual()) {
            return result.get("error").asText();
        }
        return null;
    }
}
