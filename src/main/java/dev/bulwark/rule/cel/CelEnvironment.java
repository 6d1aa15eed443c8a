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
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

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
    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("resource", ANY_MAP)
            .addVar("meta", MapType.create(SimpleType.STRING, SimpleType.STRING))
            .addVar("referrers", ANY_MAP)
            .addVar("referenced", ANY_MAP)
            .addVar("settings", ANY_MAP)
            .addFunctionDeclarations(RuleFunctions.declarations())
            .build();
    /** For inputs holding unknown values: tracks which attributes a result depended on. */
    private static final CelRuntime TRACKING = CelRuntimeFactory.standardCelRuntimeBuilder()
            .setOptions(CelOptions.current().enableUnknownTracking(true).build())
            .addFunctionBindings(RuleFunctions.bindings())
            .build();
    /** For inputs that are wholly known, the common case: no tracking, faster. */
    private static final CelRuntime PLAIN = CelRuntimeFactory.standardCelRuntimeBuilder()
            .addFunctionBindings(RuleFunctions.bindings())
            .build();

    /** One expression, ready for both runtimes. */
    record Compiled(CelRuntime.Program plain, CelRuntime.Program tracking) {}

    private CelEnvironment() {}

    /** Compiles an expression; the exception's message says where in the expression the problem is. */
    static Compiled compile(String expression, CelType expectedResult) throws CelValidationException, CelEvaluationException {
        CelAbstractSyntaxTree ast = COMPILER.compile(expression).getAst();
        if (!ast.getResultType().equals(expectedResult) && !ast.getResultType().equals(SimpleType.DYN)) {
            throw new IllegalArgumentException("the expression must give a " + expectedResult.name() + ", it gives a " + ast.getResultType().name());
        }
        return new Compiled(PLAIN.createProgram(ast), TRACKING.createProgram(ast));
    }
}
