package dev.bulwark.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.LocatedTreeException;
import dev.bulwark.source.located.Position;

/**
 * {@code .bulwark.yaml} read as a {@link LocatedTree}, with paths as this package shows them in
 * messages: without the leading {@code $.} ({@code systems[1].criticality}; the whole document is
 * the empty path), and with errors as {@link ProcessConfigException}s.
 */
final class YamlTree {
    private final LocatedTree tree;

    private YamlTree(LocatedTree tree) {
        this.tree = tree;
    }

    /** @param file how the file is named in messages */
    static YamlTree parse(String file, String text) throws ProcessConfigException {
        try {
            return new YamlTree(LocatedTree.parseYaml(file, text));
        } catch (LocatedTreeException e) {
            throw new ProcessConfigException(e.getMessage());
        }
    }

    /** As {@link #parse(String, String)}, from bytes that must be UTF-8. */
    static YamlTree parse(String file, byte[] content) throws ProcessConfigException {
        try {
            return new YamlTree(LocatedTree.parseYaml(file, content));
        } catch (LocatedTreeException e) {
            throw new ProcessConfigException(e.getMessage());
        }
    }

    JsonNode root() {
        return tree.node();
    }

    String file() {
        return tree.file();
    }

    /** Where the value at {@code path} was written (or its nearest written ancestor). */
    SourceLocation location(String path) {
        return at(tree.position(treePath(path)));
    }

    /** Where the key of the mapping entry at {@code path} was written, else where its value was. */
    SourceLocation keyLocation(String path) {
        return at(tree.keyPosition(treePath(path)));
    }

    /** {@code file:line:column: path: detail}, at the value of {@code path}. */
    ProcessConfigException error(String path, String detail) {
        return new ProcessConfigException(location(path) + ": " + path + ": " + detail);
    }

    /** As {@link #error}, at the key of {@code path} (for unknown or misplaced keys). */
    ProcessConfigException keyError(String path, String detail) {
        return new ProcessConfigException(keyLocation(path) + ": " + path + ": " + detail);
    }

    static String child(String path, String key) {
        return shown(LocatedTree.child(treePath(path), key));
    }

    static String item(String path, int index) {
        return shown(LocatedTree.item(treePath(path), index));
    }

    private SourceLocation at(Position p) {
        return SourceLocation.at(tree.file(), p.line(), p.column());
    }

    private static String treePath(String shown) {
        if (shown.isEmpty()) return LocatedTree.ROOT;
        return shown.startsWith("[") ? LocatedTree.ROOT + shown : LocatedTree.ROOT + "." + shown;
    }

    private static String shown(String treePath) {
        if (treePath.startsWith(LocatedTree.ROOT + ".")) return treePath.substring(LocatedTree.ROOT.length() + 1);
        return treePath.substring(LocatedTree.ROOT.length());
    }
}
