package dev.bulwark.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data flows one way: sources → model → checks → findings → policy → reports → front ends. A
 * package may not import from a package further down the flow (and nothing but the CLI imports picocli).
 */
class PackageDependenciesTest {
    private static final Path MAIN = Path.of("src/main/java/dev/bulwark");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.bulwark\\.[a-z.]+|picocli)\\.", Pattern.MULTILINE);

    /** For each package, the packages it must not import. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "config", List.of("dev.bulwark"),
            "secret", List.of("dev.bulwark"),
            "model", List.of("dev.bulwark.source", "dev.bulwark.engine", "dev.bulwark.report", "dev.bulwark.cli", "picocli"),
            "source", List.of("dev.bulwark.engine", "dev.bulwark.report", "dev.bulwark.cli", "picocli"),
            "report", List.of("dev.bulwark.source", "dev.bulwark.engine", "dev.bulwark.cli", "picocli"),
            "engine", List.of("dev.bulwark.cli", "picocli"),
            "evidence", List.of("dev.bulwark.engine", "dev.bulwark.report", "dev.bulwark.cli", "picocli"),
            "rule", List.of("dev.bulwark.engine", "dev.bulwark.report", "dev.bulwark.cli", "picocli"),
            "policy", List.of("dev.bulwark.engine", "dev.bulwark.report", "dev.bulwark.cli", "picocli"));

    @Test
    void noPackageImportsAgainstTheFlow() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            Path dir = MAIN.resolve(rule.getKey());
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = IMPORT.matcher(Files.readString(f));
                    while (m.find()) {
                        String imported = m.group(1);
                        for (String banned : rule.getValue()) {
                            if (imported.equals(banned) || imported.startsWith(banned + ".")) {
                                violations.add(f + " imports " + imported);
                            }
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
