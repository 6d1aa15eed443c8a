package dev.bulwark.rule.cel.plan;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;

import java.util.List;

/**
 * A strict function call: the arguments are evaluated, the first error among them is the result,
 * otherwise the first candidate overload whose parameter types fit the arguments runs. The
 * candidates are the ones the type checker left, already looked up, so nothing is resolved by name
 * at run time.
 */
record Call(int at, String function, Node[] args, CelFunctionBinding[] candidates, Class<?>[][] parameterTypes) implements Node {
    static Call of(int at, String function, Node[] args, List<CelFunctionBinding> candidates) {
        Class<?>[][] types = new Class<?>[candidates.size()][];
        for (int i = 0; i < types.length; i++) types[i] = candidates.get(i).getArgTypes().toArray(new Class<?>[0]);
        return new Call(at, function, args, candidates.toArray(new CelFunctionBinding[0]), types);
    }

    @Override
    public Object eval(Frame f) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object v = args[i].eval(f);
            if (v instanceof Err) return v;
            values[i] = v;
        }
        for (int c = 0; c < candidates.length; c++) {
            if (fits(parameterTypes[c], values)) return apply(candidates[c], values);
        }
        StringBuilder ids = new StringBuilder();
        for (CelFunctionBinding b : candidates) ids.append(ids.length() == 0 ? "" : ",").append(b.getOverloadId());
        return Err.misfit(at, "No matching overload for function '" + function + "'. Overload candidates: " + ids, Needs.of(function), values);
    }

    private static boolean fits(Class<?>[] types, Object[] values) {
        if (types.length != values.length) return false;
        for (int i = 0; i < types.length; i++) {
            if (!types[i].isInstance(values[i])) return false;
        }
        return true;
    }

    private Object apply(CelFunctionBinding binding, Object[] values) {
        try {
            Object out = binding.getDefinition().apply(values);
            return out != null ? out : Err.at(at, "Function '" + function + "' gave no value");
        } catch (CelEvaluationException | RuntimeException e) {
            // The library wraps what a function throws; its message is the innermost one.
            Throwable reason = e;
            while (reason.getCause() != null) reason = reason.getCause();
            return Err.misfit(at, String.valueOf(reason.getMessage()), Needs.of(function), values);
        }
    }
}
