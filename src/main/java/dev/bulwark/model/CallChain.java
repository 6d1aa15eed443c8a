package dev.bulwark.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a resource inside a module kept outside the scanned code (installed by {@code terraform init}
 * or downloaded by Bulwark) is reached from that code: what a user can change is there, not in the
 * module.
 *
 * @param calls  the module calls from the outermost one, written in the scanned code, to the one
 *               whose module declares the resource
 * @param inputs per top-level attribute, the arguments of the outermost call its value derives from
 */
public record CallChain(List<ModuleCall> calls, Map<String, List<ModuleCall.Argument>> inputs) {
    public CallChain {
        calls = List.copyOf(calls);
        Map<String, List<ModuleCall.Argument>> copied = new LinkedHashMap<>();
        inputs.forEach((attribute, arguments) -> copied.put(attribute, List.copyOf(arguments)));
        inputs = Collections.unmodifiableMap(copied);
        if (calls.isEmpty()) throw new IllegalArgumentException("a call chain has at least one call");
    }

    /** The call written in the scanned code. */
    public ModuleCall outermost() {
        return calls.get(0);
    }

    /** The call whose module declares the resource. */
    public ModuleCall innermost() {
        return calls.get(calls.size() - 1);
    }
}
