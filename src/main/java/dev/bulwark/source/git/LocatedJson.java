package dev.bulwark.source.git;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.LocatedTreeException;
import dev.bulwark.source.located.Position;

/**
 * A JSON (or YAML) input of the change check read as a {@link LocatedTree}: paths are the tree's
 * ({@code $[3].reviews[0].state}), errors are {@link ChangeInputException}s, and errors that mean
 * the file is not what it should be at all end with what was expected.
 */
final class LocatedJson {
    private final LocatedTree tree;
    private final boolean yaml;

    private LocatedJson(LocatedTree tree, boolean yaml) {
        this.tree = tree;
        this.yaml = yaml;
    }

    /** @param expected what the file should be, ending syntax error messages ("expected …") */
    static LocatedJson parse(String file, byte[] content, String expected) throws ChangeInputException {
        try {
            return new LocatedJson(LocatedTree.parseJson(file, content), false);
        } catch (LocatedTreeException e) {
            throw failure(e, expected);
        }
    }

    /** A YAML document (the same tree; paths in messages are shown without the leading {@code $.}). */
    static LocatedJson parseYaml(String file, byte[] content, String expected) throws ChangeInputException {
        try {
            return new LocatedJson(LocatedTree.parseYaml(file, content), true);
        } catch (LocatedTreeException e) {
            throw failure(e, expected);
        }
    }

    JsonNode root() {
        return tree.node();
    }

    /** Where the value at {@code path} starts; for a path that is absent, where its nearest present ancestor starts. */
    Position position(String path) {
        return tree.position(path);
    }

    /** {@code file:line:column: path: detail}, pointing at {@code path} or its nearest present ancestor. */
    ChangeInputException error(String path, String detail) {
        return new ChangeInputException(tree.file() + ":" + position(path) + ": " + shown(path) + ": " + detail);
    }

    /** As {@link #error}, pointing at the key of the mapping entry at {@code path} (for unknown keys). */
    ChangeInputException keyError(String path, String detail) {
        return new ChangeInputException(tree.file() + ":" + tree.keyPosition(path) + ": " + shown(path) + ": " + detail);
    }

    private String shown(String path) {
        return yaml && path.startsWith(LocatedTree.ROOT + ".") ? path.substring(LocatedTree.ROOT.length() + 1) : path;
    }

    /** Content after a complete document is a mistake in a file of the right kind, so it gets no hint on what the file should be. */
    private static ChangeInputException failure(LocatedTreeException e, String expected) {
        String hint = e.problem() == LocatedTreeException.Problem.TRAILING_CONTENT ? "" : " (" + expected + ")";
        return new ChangeInputException(e.getMessage() + hint, e);
    }
}
