package dev.bulwark.rule;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules judge the model, never a reader: the rule packages see exports and change history through the
 * data types in {@code dev.bulwark.model}, so a new export format or history source needs no rule change.
 */
class RulePackageImportsTest {
    private static final Pattern READER_IMPORT = Pattern.compile("^import (static )?dev\\.bulwark\\.source\\.(export|git)\\.", Pattern.MULTILINE);

    @Test
    void noRuleClassImportsTheExportOrGitReaders() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/bulwark/rule"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (READER_IMPORT.matcher(Files.readString(f)).find()) offending.add(f.toString());
            }
        }
        assertThat(offending).isEmpty();
    }
}
