package dev.bulwark.source.terraform;

import dev.bulwark.model.Value;

import java.util.HashMap;
import java.util.Map;

/**
 * Where an expression is evaluated: the module instance that owns it, the file it is written in,
 * and the local symbols in force ({@code each}, {@code count}, {@code self}, for-expression and
 * dynamic-block iterators).
 */
final class Scope {
    final ModuleInstance module;
    final String file;
    private final Map<String, Value> symbols;

    Scope(ModuleInstance module, String file) {
        this(module, file, Map.of());
    }

    private Scope(ModuleInstance module, String file, Map<String, Value> symbols) {
        this.module = module;
        this.file = file;
        this.symbols = symbols;
    }

    Scope with(String name, Value value) {
        Map<String, Value> next = new HashMap<>(symbols);
        next.put(name, value);
        return new Scope(module, file, next);
    }

    Value symbol(String name) {
        return symbols.get(name);
    }

    boolean hasSymbol(String name) {
        return symbols.containsKey(name);
    }
}
