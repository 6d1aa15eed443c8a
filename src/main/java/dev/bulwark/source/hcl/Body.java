package dev.bulwark.source.hcl;

import java.util.List;

/** The contents of a file or of a block: attributes and nested blocks, in source order. */
public record Body(List<Attribute> attributes, List<Block> blocks, Range range) {
    public Body {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    public Attribute attribute(String name) {
        // Indexed: looked up for every meta-argument of every block, and an iterator would be garbage each time.
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    public List<Block> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }
}
