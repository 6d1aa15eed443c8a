package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Block;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Follows values declared {@code sensitive = true} (variables and outputs) into the resource
 * attributes derived from them, so reports can hide them. A sensitive value carries a marker among
 * its references, which travel with it through expressions, locals and module calls.
 */
final class SensitiveValues {
    /** Not a valid address, so it can never be mistaken for a resource reference. */
    static final String MARK = "(sensitive)";

    private SensitiveValues() {}

    /** True when the block says {@code sensitive = true}. */
    static boolean declared(Located<Block> decl, Scope scope) {
        Attribute a = decl.node().body().attribute("sensitive");
        return a != null && Evaluation.of(a.expr(), scope).value() instanceof Value.Bool b && b.value();
    }

    static Cell.Evaluated marked(Cell.Evaluated ev) {
        Set<String> refs = new LinkedHashSet<>(ev.references());
        refs.add(MARK);
        return new Cell.Evaluated(ev.value(), refs);
    }

    /** Removes the marker from per-attribute references and returns the attributes that carried it. */
    static Set<String> takeFrom(Map<String, Set<String>> references) {
        if (references.isEmpty()) return Set.of();
        Set<String> sensitive = Set.of();
        for (Iterator<Map.Entry<String, Set<String>>> it = references.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Set<String>> e = it.next();
            if (!e.getValue().contains(MARK)) continue;
            if (sensitive.isEmpty()) sensitive = new LinkedHashSet<>();
            sensitive.add(e.getKey());
            Set<String> rest = new LinkedHashSet<>(e.getValue());
            rest.remove(MARK);
            if (rest.isEmpty()) it.remove();
            else e.setValue(rest);
        }
        return sensitive;
    }
}
