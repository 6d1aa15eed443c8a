package dev.bulwark.rule.cel.plan;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.TypeType;
import dev.cel.runtime.CelFunctionBinding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a type-checked CEL expression into a tree of {@link Node}s. Anything outside the supported
 * subset (messages, optionals, bytes, type values, two-variable comprehensions, functions without a
 * binding) makes planning give up with {@link Unsupported}; the caller then keeps CEL's own interpreter.
 */
final class Planner {
    /** The expression uses something this planner does not evaluate. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private final CelAbstractSyntaxTree ast;
    private final Set<String> variables;
    private final Map<String, CelFunctionBinding> bindings;
    private final CelOptions options;
    private final Deque<Map<String, Integer>> scopes = new ArrayDeque<>();
    private int slots;

    Planner(CelAbstractSyntaxTree ast, Set<String> variables, Map<String, CelFunctionBinding> bindings, CelOptions options) {
        this.ast = ast;
        this.variables = variables;
        this.bindings = bindings;
        this.options = options;
    }

    int slots() {
        return slots;
    }

    Node plan(CelExpr e) throws Unsupported {
        return switch (e.getKind()) {
            case CONSTANT -> constant(e.constant());
            case IDENT -> ident(e);
            case SELECT -> e.select().testOnly()
                    ? Access.has(at(e), plan(e.select().operand()), e.select().field())
                    : Access.field(at(e), plan(e.select().operand()), e.select().field());
            case CALL -> call(e);
            case LIST -> list(e);
            case MAP -> map(e);
            case COMPREHENSION -> comprehension(e);
            default -> throw new Unsupported(e.getKind().toString());
        };
    }

    private int at(CelExpr e) {
        Integer offset = ast.getSource().getPositionsMap().get(e.id());
        return offset == null ? 0 : offset;
    }

    private static Node constant(CelConstant c) throws Unsupported {
        Object value = switch (c.getKind()) {
            case NULL_VALUE -> com.google.protobuf.NullValue.NULL_VALUE;
            case BOOLEAN_VALUE -> c.booleanValue();
            case INT64_VALUE -> c.int64Value();
            case UINT64_VALUE -> c.uint64Value();
            case DOUBLE_VALUE -> c.doubleValue();
            case STRING_VALUE -> c.stringValue();
            default -> throw new Unsupported("constant " + c.getKind());
        };
        return f -> value;
    }

    private Node ident(CelExpr e) throws Unsupported {
        String name = e.ident().name();
        for (Map<String, Integer> scope : scopes) {
            Integer slot = scope.get(name);
            if (slot != null) return Access.local(slot);
        }
        if (variables.contains(name) && ast.getReference(e.id()).flatMap(CelReference::value).isEmpty()) {
            return Access.variable(at(e), name);
        }
        if (TypeValue.NAMES.contains(name) && ast.getType(e.id()).orElse(null) instanceof TypeType) {
            TypeValue type = new TypeValue(name);
            return f -> type;
        }
        throw new Unsupported("identifier " + name);
    }

    private Node call(CelExpr e) throws Unsupported {
        CelExpr.CelCall call = e.call();
        List<CelExpr> operands = new ArrayList<>();
        call.target().ifPresent(operands::add);
        operands.addAll(call.args());
        Node[] args = new Node[operands.size()];
        for (int i = 0; i < args.length; i++) args[i] = plan(operands.get(i));
        List<String> overloads = ast.getReference(e.id()).map(CelReference::overloadIds).orElse(null);
        if (overloads == null || overloads.isEmpty()) throw new Unsupported("call without overloads: " + call.function());
        int at = at(e);
        switch (overloads.get(0)) {
            case "logical_and": return Logic.and(at(operands.get(0)), at(operands.get(1)), args[0], args[1]);
            case "logical_or": return Logic.or(at(operands.get(0)), at(operands.get(1)), args[0], args[1]);
            case "conditional": return Logic.conditional(at(operands.get(0)), args[0], args[1], args[2]);
            case "not_strictly_false": return Logic.notStrictlyFalse(args[0]);
            case "type":
                if (!TypeValue.coversStaticType(ast.getType(operands.get(0).id()).orElse(null))) throw new Unsupported("type() of a timestamp, duration or message");
                return TypeValue.typeOf(at, args[0]);
            default: break;
        }
        List<CelFunctionBinding> candidates = new ArrayList<>();
        for (String id : overloads) {
            CelFunctionBinding b = bindings.get(id);
            if (b == null) throw new Unsupported("overload " + id);
            candidates.add(b);
        }
        Call general = Call.of(at, call.function(), args, candidates);
        if (overloads.equals(List.of("matches_string")) && operands.get(1).getKind() == CelExpr.ExprKind.Kind.CONSTANT
                && operands.get(1).constant().getKind() == CelConstant.Kind.STRING_VALUE) {
            Node literal = Matches.of(args[0], operands.get(1).constant().stringValue(), options, general);
            if (literal != null) return literal;
        }
        return general;
    }

    private Node list(CelExpr e) throws Unsupported {
        if (!e.list().optionalIndices().isEmpty()) throw new Unsupported("optional list elements");
        List<CelExpr> elements = e.list().elements();
        Node[] nodes = new Node[elements.size()];
        for (int i = 0; i < nodes.length; i++) nodes[i] = plan(elements.get(i));
        return Access.list(nodes);
    }

    private Node map(CelExpr e) throws Unsupported {
        List<CelExpr.CelMap.Entry> entries = e.map().entries();
        Node[] keys = new Node[entries.size()];
        Node[] values = new Node[entries.size()];
        for (int i = 0; i < keys.length; i++) {
            CelExpr.CelMap.Entry entry = entries.get(i);
            if (entry.optionalEntry()) throw new Unsupported("optional map entry");
            keys[i] = plan(entry.key());
            values[i] = plan(entry.value());
        }
        return Access.map(at(e), keys, values);
    }

    private Node comprehension(CelExpr e) throws Unsupported {
        CelExpr.CelComprehension c = e.comprehension();
        if (!c.iterVar2().isEmpty()) throw new Unsupported("two-variable comprehension");
        Node range = plan(c.iterRange());
        Node init = plan(c.accuInit());
        int accumulator = slots++;
        Map<String, Integer> accuScope = new HashMap<>();
        accuScope.put(c.accuVar(), accumulator);
        scopes.push(accuScope);
        int item = slots++;
        Map<String, Integer> loopScope = new HashMap<>();
        loopScope.put(c.iterVar(), item);
        scopes.push(loopScope);
        Node condition = plan(c.loopCondition());
        Node step = plan(c.loopStep());
        scopes.pop();
        Node result = plan(c.result());
        scopes.pop();
        return new Fold(at(e), item, accumulator, range, init, condition, step, result);
    }
}
