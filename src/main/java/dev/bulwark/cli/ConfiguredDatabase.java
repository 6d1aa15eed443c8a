package dev.bulwark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.evidence.LedgerStorageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The ledger's database named in {@code .bulwark.yaml} ({@code database: { url: jdbc:postgresql://… }}),
 * for teams that keep one shared ledger: used when neither {@code --db} nor {@code BULWARK_DB} is given.
 */
final class ConfiguredDatabase {
    private ConfiguredDatabase() {}

    static Optional<String> url(Path configFile) throws LedgerStorageException {
        if (!Files.isRegularFile(configFile)) return Optional.empty();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(configFile));
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new LedgerStorageException(configFile + at + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LedgerStorageException(configFile + ": cannot read: " + e.getMessage());
        }
        if (root == null) return Optional.empty();
        JsonNode database = root.path("database");
        if (database.isMissingNode() || database.isNull()) return Optional.empty();
        JsonNode url = database.path("url");
        if (!database.isObject() || !url.isTextual() || url.asText().isBlank()) {
            throw new LedgerStorageException(configFile + ": database must be a mapping with url: jdbc:postgresql://HOST:PORT/DB");
        }
        return Optional.of(url.asText().strip());
    }
}
