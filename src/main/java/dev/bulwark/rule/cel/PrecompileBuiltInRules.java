package dev.bulwark.rule.cel;

import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.rule.ResourceLogic;
import dev.cel.common.types.CelType;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Build step (Maven's process-classes phase): type-checks every built-in rule expression and writes
 * the ASTs where {@link PrecompiledExpressions} finds them at run time.
 * Usage: {@code PrecompileBuiltInRules OUTPUT-FILE}.
 */
public final class PrecompileBuiltInRules {
    private PrecompileBuiltInRules() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Map<String, byte[]> byKey = new HashMap<>();
        // Requirement ids are checked by the tests; here only the expressions matter.
        for (Rule rule : RuleSet.builtin(id -> true).all()) {
            for (ResourceLogic logic : rule.resources()) {
                if (!(logic instanceof CelTerraformLogic cel)) continue;
                for (Map.Entry<String, CelType> e : cel.expressions().entrySet()) {
                    byKey.put(PrecompiledExpressions.key(e.getKey(), e.getValue()),
                            PrecompiledExpressions.serialize(CelEnvironment.typeChecked(e.getKey(), e.getValue())));
                }
            }
        }
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            PrecompiledExpressions.write(byKey, o);
        }
    }
}
