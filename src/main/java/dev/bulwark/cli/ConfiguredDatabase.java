package dev.bulwark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.config.ConfigSections;
import dev.bulwark.evidence.LedgerStorageException;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.LocatedTreeException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * The ledger's database named in {@code .bulwark.yaml} ({@code database: { url: jdbc:postgresql://… }}),
 * for teams that keep one shared ledger: used when neither {@code --db} nor {@code BULWARK_DB} is given.
 */
final class ConfiguredDatabase {
    private static final String EXPECTED = "expected a mapping with url: jdbc:postgresql://HOST:PORT/DB";

    private ConfiguredDatabase() {}

    static Optional<String> url(Path configFile) throws LedgerStorageException {
        if (!Files.isRegularFile(configFile)) return Optional.empty();
        LocatedTree tree;
        try {
            tree = LocatedTree.parseYaml(configFile.toString(), Files.readAllBytes(configFile));
        } catch (LocatedTreeException e) {
            throw new LedgerStorageException(e.getMessage());
        } catch (IOException e) {
            throw new LedgerStorageException(configFile + ": cannot read: " + e.getMessage());
        }
        JsonNode root = tree.node();
        if (root.isNull()) return Optional.empty();
        if (!root.isObject()) throw error(tree, LocatedTree.ROOT, "the configuration must be a mapping of sections");
        String unknown = ConfigSections.firstUnknown(root).orElse(null);
        if (unknown != null) throw keyError(tree, LocatedTree.child(LocatedTree.ROOT, unknown), unknown + ": " + ConfigSections.unknownMessage());
        JsonNode database = root.path("database");
        if (database.isMissingNode() || database.isNull()) return Optional.empty();
        if (!database.isObject()) throw error(tree, "$.database", "database must be a mapping with url: jdbc:postgresql://HOST:PORT/DB");
        for (Iterator<String> it = database.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("url")) throw keyError(tree, "$.database." + key, "database." + key + ": unknown key (" + EXPECTED + ")");
        }
        JsonNode url = database.path("url");
        if (!url.isTextual() || url.asText().isBlank()) throw error(tree, "$.database.url", "database.url: " + EXPECTED);
        return Optional.of(url.asText().strip());
    }

    private static LedgerStorageException error(LocatedTree tree, String path, String message) {
        return new LedgerStorageException(tree.file() + ":" + tree.position(path) + ": " + message);
    }

    private static LedgerStorageException keyError(LocatedTree tree, String path, String message) {
        return new LedgerStorageException(tree.file() + ":" + tree.keyPosition(path) + ": " + message);
    }
}
