package dev.bulwark.rule.cel;

import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.rule.ResourceLogic;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.SimpleType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The build's type-checked ASTs are found by expression and type, and give what compiling gives. */
class PrecompiledExpressionsTest {
    private static final String CHECK = "has(resource.acl) && resource.acl.matches('^public') ? false : true";

    @Test
    void anAstWrittenIsFoundByItsExpressionAndTypeOnly() throws Exception {
        CelAbstractSyntaxTree compiled = CelEnvironment.typeChecked(CHECK, SimpleType.BOOL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrecompiledExpressions.write(Map.of(PrecompiledExpressions.key(CHECK, SimpleType.BOOL), PrecompiledExpressions.serialize(compiled)), out);
        PrecompiledExpressions read = PrecompiledExpressions.read(new ByteArrayInputStream(out.toByteArray()));

        CelAbstractSyntaxTree found = read.find(CHECK, SimpleType.BOOL).orElseThrow();
        assertThat(found.getExpr()).isEqualTo(compiled.getExpr());
        assertThat(found.getReferenceMap()).isEqualTo(compiled.getReferenceMap());
        assertThat(found.getSource().getPositionsMap()).isEqualTo(compiled.getSource().getPositionsMap());
        assertThat(read.find(CHECK + " ", SimpleType.BOOL)).as("an edited expression is compiled afresh").isEmpty();
        assertThat(read.find(CHECK, SimpleType.STRING)).isEmpty();
    }

    /** Meaningful after a full build, where Maven's process-classes phase wrote the bundled set (as in CI). */
    @Test
    void theBuildPrecompiledEveryBuiltInExpression() throws Exception {
        PrecompiledExpressions bundled = PrecompiledExpressions.bundled();
        assumeTrue(bundled.size() > 0, "built without the precompile step (-Dexec.skip)");
        int found = 0;
        for (Rule rule : RuleSet.builtin(id -> true).all()) {
            for (ResourceLogic logic : rule.resources()) {
                if (!(logic instanceof CelTerraformLogic cel)) continue;
                for (var e : cel.expressions().entrySet()) {
                    assertThat(bundled.find(e.getKey(), e.getValue())).as(rule.id()).isPresent();
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(200);
    }
}
