package dev.bulwark.source.workflow;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.Position;

import java.util.HashMap;
import java.util.Map;

/** Collects where each normalised attribute path was written, from the tree's own paths. */
final class Locations {
    private final LocatedTree tree;
    private final String file;
    private final Map<String, SourceLocation> byAttribute = new HashMap<>();

    Locations(LocatedTree tree, String file) {
        this.tree = tree;
        this.file = file;
    }

    /** Points {@code attribute} at the key of the mapping entry at {@code treePath}. */
    void key(String attribute, String treePath) {
        put(attribute, tree.keyPosition(treePath));
    }

    /** Points {@code attribute} at the value at {@code treePath} (a list item). */
    void value(String attribute, String treePath) {
        put(attribute, tree.position(treePath));
    }

    private void put(String attribute, Position at) {
        byAttribute.put(attribute, SourceLocation.at(file, at.line(), at.column()));
    }

    Map<String, SourceLocation> all() {
        return byAttribute;
    }
}
