package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where an expression is evaluated: the module instance that owns it, the file it is written in,
 * and the local symbols in force ({@code each}, {@code count}, {@code self}, for-expression and
 * dynamic-block iterators).
 */
final class Scope {
    final ModuleInstance module;
    final String file;
    private final Map<String, Value> symbols;
    /** The resources a symbol's value came from ({@code each.value} of a for_each over a resource). */
    private final Map<String, Set<String>> symbolReferences;

    Scope(ModuleInstance module, String file) {
        this(module, file, Map.of(), Map.of());
    }

    private Scope(ModuleInstance module, String file, Map<String, Value> symbols, Map<String, Set<String>> symbolReferences) {
        this.module = module;
        this.file = file;
        this.symbols = symbols;
        this.symbolReferences = symbolReferences;
    }

    Scope with(String name, Value value) {
        return with(name, value, Set.of());
    }

    Scope with(String name, Value value, Set<String> references) {
        Map<String, Value> next = new HashMap<>(symbols);
        next.put(name, value);
        Map<String, Set<String>> nextRefs = symbolReferences;
        if (!references.isEmpty() || symbolReferences.containsKey(name)) {
            nextRefs = new HashMap<>(symbolReferences);
            if (references.isEmpty()) nextRefs.remove(name);
            else nextRefs.put(name, references);
        }
        return new Scope(module, file, next, nextRefs);
    }

    Value symbol(String name) {
        return symbols.get(name);
    }

    Set<String> symbolReferences(String name) {
        return symbolReferences.getOrDefault(name, Set.of());
    }

    boolean hasSymbol(String name) {
        return symbols.containsKey(name);
    }
}
