package dev.bulwark.source.terraform.functions;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry of Terraform functions Bulwark can evaluate. {@code try} and {@code can} are not
 * here: they need lazy evaluation, which only the evaluator has.
 */
public final class Functions {
    private static final String CORE_PREFIX = "core::";
    private static final Map<String, TfFunction> PURE = new HashMap<>();
    private static final Set<String> NAMES;

    static {
        for (List<Builtin> family : List.of(StringFunctions.all(), CollectionFunctions.all(), TypeFunctions.all(),
                EncodingFunctions.all(), NumericFunctions.all(), HashFunctions.all(), NetworkFunctions.all(),
                DateFunctions.all(), PathFunctions.all(), ProviderFunctions.all())) {
            for (Builtin f : family) {
                if (PURE.put(f.name(), f) != null) {
                    throw new IllegalStateException("function registered twice: " + f.name());
                }
            }
        }
        Set<String> names = new TreeSet<>(PURE.keySet());
        names.addAll(FileFunctions.FACTORIES.keySet());
        NAMES = Collections.unmodifiableSet(names);
    }

    private Functions() {}

    /**
     * The function named {@code name} (e.g. "lookup", "provider::aws::arn_parse"), or null if
     * unsupported. Functions that read files are not available this way; see {@link #lookup(String, FunctionContext)}.
     */
    public static TfFunction lookup(String name) {
        return PURE.get(stripCore(name));
    }

    /** Like {@link #lookup(String)}, plus {@code file}, {@code fileset}, {@code templatefile} etc. reading through {@code ctx}. */
    public static TfFunction lookup(String name, FunctionContext ctx) {
        String plain = stripCore(name);
        TfFunction pure = PURE.get(plain);
        if (pure != null || ctx == null) {
            return pure;
        }
        var factory = FileFunctions.FACTORIES.get(plain);
        return factory == null ? null : factory.apply(ctx);
    }

    /** Every supported name, including the file functions that need a {@link FunctionContext}. */
    public static Set<String> names() {
        return NAMES;
    }

    /** Names of the functions that only {@link #lookup(String, FunctionContext)} provides. */
    public static Set<String> fileFunctionNames() {
        return FileFunctions.FACTORIES.keySet();
    }

    // Terraform 1.8+ lets built-ins be called as core::name.
    private static String stripCore(String name) {
        return name != null && name.startsWith(CORE_PREFIX) ? name.substring(CORE_PREFIX.length()) : name;
    }
}
