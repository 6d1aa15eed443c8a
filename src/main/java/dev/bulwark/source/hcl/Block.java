package dev.bulwark.source.hcl;

import java.util.List;

/** {@code type "label" label { body }}: labels may be quoted strings or bare identifiers. */
public record Block(String type, List<String> labels, Body body, Range range, Range typeRange) {
    public Block {
        labels = List.copyOf(labels);
    }
}
