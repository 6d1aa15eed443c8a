package dev.bulwark.rule.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.bulwark.rule.cel.plan.PlannedExpression;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

import java.util.Map;
import java.util.Set;

/**
 * The CEL compiler and runtime rules are written for. Variables:
 * <ul>
 *   <li>{@code resource}: the resource's attributes (nested blocks are lists of maps);</li>
 *   <li>{@code meta}: {@code address}, {@code type}, {@code name}, {@code module};</li>
 *   <li>{@code referrers}: by type, the related resources that refer to this one;</li>
 *   <li>{@code referenced}: by type, the related resources this one refers to;</li>
 *   <li>{@code settings}: configured thresholds such as {@code log_retention_days}.</li>
 * </ul>
 */
final class CelEnvironment {
    static final CelType ANY_MAP = MapType.create(SimpleType.STRING, SimpleType.DYN);
    /** Options of the runtime without tracking; planned expressions use the same. */
    private static final CelOptions PLAIN_OPTIONS = CelOptions.current().build();
    private static final Set<String> VARIABLES = Set.of("resource", "meta", "referrers", "referenced", "settings");

    // Built on first use: a scan of built-in rules loads type-checked ASTs (never compiles) and runs
    // them planned, so it needs CEL's interpreters only for inputs with unknown values.
    private static final class Compiler {
        static final CelCompiler INSTANCE = CelCompilerFactory.standardCelCompilerBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addVar("resource", ANY_MAP)
                .addVar("meta", MapType.create(SimpleType.STRING, SimpleType.STRING))
                .addVar("referrers", ANY_MAP)
                .addVar("referenced", ANY_MAP)
                .addVar("settings", ANY_MAP)
                .addFunctionDeclarations(RuleFunctions.declarations())
                .build();
    }

    private static final class Interpreters {
        /** For inputs holding unknown values: tracks which attributes a result depended on. */
        static final CelRuntime TRACKING = CelRuntimeFactory.standardCelRuntimeBuilder()
                .setOptions(CelOptions.current().enableUnknownTracking(true).build())
                .addFunctionBindings(RuleFunctions.bindings())
                .build();
        /** For inputs that are wholly known, when an expression cannot be planned. */
        static final CelRuntime PLAIN = CelRuntimeFactory.standardCelRuntimeBuilder()
                .setOptions(PLAIN_OPTIONS)
                .addFunctionBindings(RuleFunctions.bindings())
                .build();
    }

    private static final class Planning {
        static final Map<String, CelFunctionBinding> FUNCTIONS = PlannedExpression.functions(PLAIN_OPTIONS, RuleFunctions.bindings());
    }

    /**
     * One expression, ready to run: planned (or, for what the planner does not cover, on the plain
     * interpreter) when no unknown value is read, on the tracking interpreter when one is. The
     * interpreters' programs are made when first needed.
     */
    static final class Compiled {
        private final CelAbstractSyntaxTree ast;
        private final PlannedExpression planned;
        private volatile CelRuntime.Program plain;
        private volatile CelRuntime.Program tracking;

        private Compiled(CelAbstractSyntaxTree ast, PlannedExpression planned) {
            this.ast = ast;
            this.planned = planned;
        }

        /** Null when the expression uses something the planner does not cover. */
        PlannedExpression planned() {
            return planned;
        }

        CelRuntime.Program plain() throws CelEvaluationException {
            CelRuntime.Program p = plain;
            if (p == null) plain = p = Interpreters.PLAIN.createProgram(ast);
            return p;
        }

        CelRuntime.Program tracking() throws CelEvaluationException {
            CelRuntime.Program p = tracking;
            if (p == null) tracking = p = Interpreters.TRACKING.createProgram(ast);
            return p;
        }

        /** Evaluates without unknown tracking. */
        Object evaluate(Map<String, Object> variables) throws CelEvaluationException {
            return planned != null && planning ? planned.eval(variables::get) : plain().eval(variables);
        }
    }

    /** Off only in the test that compares planned expressions with CEL's own interpreter. */
    static volatile boolean planning = true;

    private CelEnvironment() {}

    /**
     * Compiles an expression, or takes the build's type-checked AST of it; the exception's message
     * says where in the expression the problem is.
     */
    static Compiled compile(String expression, CelType expectedResult) throws CelValidationException {
        CelAbstractSyntaxTree ast = PrecompiledExpressions.bundled().find(expression, expectedResult).orElse(null);
        if (ast == null) ast = typeChecked(expression, expectedResult);
        return new Compiled(ast, PlannedExpression.plan(ast, VARIABLES, Planning.FUNCTIONS, PLAIN_OPTIONS).orElse(null));
    }

    /** Parses and type-checks an expression that must give {@code expectedResult} (or dyn). */
    static CelAbstractSyntaxTree typeChecked(String expression, CelType expectedResult) throws CelValidationException {
        CelAbstractSyntaxTree ast = Compiler.INSTANCE.compile(expression).getAst();
        if (!ast.getResultType().equals(expectedResult) && !ast.getResultType().equals(SimpleType.DYN)) {
            throw new IllegalArgumentException("the expression must give a " + expectedResult.name() + ", it gives a " + ast.getResultType().name());
        }
        return ast;
    }
}
