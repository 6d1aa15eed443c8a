package dev.bulwark.rule.cel.plan;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelStandardFunctions;
import dev.cel.runtime.RuntimeEquality;
import dev.cel.runtime.RuntimeHelpers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A checked CEL expression planned once into a tree of nodes, for inputs made of plain values
 * (maps, lists, strings, numbers, bools, null). CEL's own interpreter looks up every function
 * overload, type and reference at each call; a rule pack runs each expression hundreds of thousands
 * of times, so here all of that is resolved when planning. The functions themselves are CEL's own
 * standard bindings, so results, errors and equality are the library's. Unknown-value tracking is
 * not done here: callers use CEL's runtime for that.
 */
public final class PlannedExpression {
    private final Node root;
    private final int slots;

    private PlannedExpression(Node root, int slots) {
        this.root = root;
        this.slots = slots;
    }

    /** The functions planned expressions may call, by overload id: CEL's standard library and some more. */
    public static Map<String, CelFunctionBinding> functions(CelOptions options, Iterable<CelFunctionBinding> extra) {
        RuntimeEquality equality = RuntimeEquality.create(RuntimeHelpers.create(), options);
        Map<String, CelFunctionBinding> out = new HashMap<>();
        for (CelFunctionBinding b : CelStandardFunctions.newBuilder().build().newFunctionBindings(equality, options)) {
            out.put(b.getOverloadId(), b);
        }
        for (CelFunctionBinding b : extra) out.put(b.getOverloadId(), b);
        return Map.copyOf(out);
    }

    /**
     * @param variables the declared input variables
     * @param functions from {@link #functions}, with the same options
     * @return empty when the expression uses something outside the planned subset
     */
    public static Optional<PlannedExpression> plan(CelAbstractSyntaxTree ast, Set<String> variables, Map<String, CelFunctionBinding> functions,
                                                   CelOptions options) {
        Planner planner = new Planner(ast, variables, functions, options);
        try {
            Node root = planner.plan(ast.getExpr());
            return Optional.of(new PlannedExpression(root, planner.slots()));
        } catch (Planner.Unsupported e) {
            return Optional.empty();
        }
    }

    /** @param variables the value of each input variable, null for one not given */
    public Object eval(Function<String, Object> variables) throws CelEvaluationException {
        Object result = root.eval(new Frame(variables, slots));
        if (result instanceof Err e) throw new CelEvaluationException(e.message, e.misfit);
        return result;
    }
}
