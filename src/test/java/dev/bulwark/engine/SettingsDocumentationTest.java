package dev.bulwark.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings table in docs/configuration.md lists exactly the declared settings, as declared. */
class SettingsDocumentationTest {
    @Test
    void theDocsTableListsEveryDeclaredSettingWithItsDefaultAndRange() throws IOException {
        List<String> documented = Files.readAllLines(Path.of("docs/configuration.md")).stream()
                .filter(l -> l.matches("\\| `[a-z_]+` \\| \\d+ \\|.*")).toList();
        List<String> declared = Settings.ALL.stream()
                .map(s -> "| `" + s.name() + "` | " + s.defaultValue() + " | " + s.min() + " to " + s.max() + " " + s.unit() + " | "
                        + s.requirement() + " | " + s.description() + " |")
                .toList();
        assertThat(documented).containsExactlyElementsOf(declared);
    }
}
