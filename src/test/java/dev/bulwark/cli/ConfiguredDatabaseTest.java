package dev.bulwark.cli;

import dev.bulwark.evidence.LedgerStorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger database URL from .bulwark.yaml. */
class ConfiguredDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void readsTheUrlWhenSet() throws Exception {
        Path f = Files.writeString(dir.resolve(".bulwark.yaml"), "fail_on: HIGH\ndatabase:\n  url: jdbc:postgresql://db:5432/bulwark\n");
        assertThat(ConfiguredDatabase.url(f)).contains("jdbc:postgresql://db:5432/bulwark");
    }

    @Test
    void nothingWhenTheFileOrTheKeyIsAbsent() throws Exception {
        assertThat(ConfiguredDatabase.url(dir.resolve(".bulwark.yaml"))).isEmpty();
        Path f = Files.writeString(dir.resolve(".bulwark.yaml"), "fail_on: HIGH\n");
        assertThat(ConfiguredDatabase.url(f)).isEmpty();
    }

    @Test
    void malformedConfigurationIsAClearError() throws Exception {
        Path f = Files.writeString(dir.resolve(".bulwark.yaml"), "database: [\n");
        assertThatThrownBy(() -> ConfiguredDatabase.url(f)).isInstanceOf(LedgerStorageException.class).hasMessageContaining(".bulwark.yaml:")
                .hasMessageContaining("not valid YAML");
        Files.writeString(f, "database: jdbc:postgresql://db/x\n");
        assertThatThrownBy(() -> ConfiguredDatabase.url(f)).hasMessageContaining("database must be a mapping with url:");
    }

    @Test
    void anUnknownKeyOrSectionIsAnErrorAtItsLine() throws Exception {
        Path f = Files.writeString(dir.resolve(".bulwark.yaml"), "database:\n  url: jdbc:postgresql://db/x\n  user: bulwark\n");
        assertThatThrownBy(() -> ConfiguredDatabase.url(f))
                .hasMessage(f + ":3:3: database.user: unknown key (expected a mapping with url: jdbc:postgresql://HOST:PORT/DB)");
        Files.writeString(f, "databse:\n  url: jdbc:postgresql://db/x\n");
        assertThatThrownBy(() -> ConfiguredDatabase.url(f)).hasMessageStartingWith(f + ":1:1: databse: unknown section (the sections are ");
    }
}
