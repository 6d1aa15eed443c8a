package dev.bulwark.source.terraform;

import dev.bulwark.model.ModuleCall;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows the arguments of a call into a module kept outside the scanned code down to the resource
 * attributes derived from them, so a finding there can point at the argument the user sets. As with
 * {@link SensitiveValues}, an argument's value carries a marker among its references, which travel
 * with it through expressions, locals and nested module calls; markers never reach the model.
 */
final class CallInputs {
    /** Not a valid address, so a marker can never be mistaken for a resource reference. */
    private static final String PREFIX = "(input ";

    private record Marked(ModuleCall call, ModuleCall.Argument argument) {}

    /** Marker {@code "(input n)"} stands for the n-th entry. */
    private final List<Marked> marked = new ArrayList<>();

    /** A new marker for one argument of one call instance. */
    String marker(ModuleCall call, ModuleCall.Argument argument) {
        marked.add(new Marked(call, argument));
        return PREFIX + (marked.size() - 1) + ")";
    }

    static Cell.Evaluated marked(Cell.Evaluated ev, String marker) {
        Set<String> refs = new LinkedHashSet<>(ev.references());
        refs.add(marker);
        return new Cell.Evaluated(ev.value(), refs);
    }

    /**
     * The entry a marker stands for. A {@code for_each} over a reference appends the instance key to
     * what it read ({@code (input 3)["a"]}), so the number ends at the first closing parenthesis.
     */
    private static int index(String marker) {
        return Integer.parseInt(marker.substring(PREFIX.length(), marker.indexOf(')', PREFIX.length())));
    }

    /**
     * Removes every marker from per-attribute references and returns, per attribute, the arguments
     * of {@code call} it derives from (markers of other calls, which reach a resource through module
     * outputs, are dropped).
     */
    Map<String, List<ModuleCall.Argument>> takeFrom(Map<String, Set<String>> references, ModuleCall call) {
        Map<String, List<ModuleCall.Argument>> out = new LinkedHashMap<>();
        if (marked.isEmpty()) return out;
        for (Iterator<Map.Entry<String, Set<String>>> it = references.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Set<String>> e = it.next();
            Set<String> rest = null;
            for (String ref : e.getValue()) {
                if (!ref.startsWith(PREFIX)) continue;
                if (rest == null) rest = new LinkedHashSet<>(e.getValue());
                rest.remove(ref);
                Marked m = marked.get(index(ref));
                if (m.call().equals(call)) {
                    List<ModuleCall.Argument> args = out.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                    if (!args.contains(m.argument())) args.add(m.argument());
                }
            }
            if (rest == null) continue;
            if (rest.isEmpty()) it.remove();
            else e.setValue(rest);
        }
        return out;
    }
}
