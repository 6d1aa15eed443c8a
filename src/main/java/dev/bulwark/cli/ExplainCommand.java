package dev.bulwark.cli;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.report.RuleCatalogueReport;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code bulwark explain ID}: what a rule checks, why, and how to fix it. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explains one rule (by id or old id).")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID")
    String id;

    @Mixin
    RulePackOptions rulePacks;

    @Override
    public Integer call() {
        RuleSet rules = rulePacks.load().orElse(null);
        if (rules == null) return ExitCode.USAGE_OR_INPUT_ERROR.code;
        Rule rule = rules.find(id).orElse(null);
        if (rule == null) {
            System.err.println("bulwark: no rule has the id " + id + " (bulwark rules lists them)");
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        RuleCatalogueReport.explain(rule, PolicyCatalogue.bundled(), new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        return ExitCode.OK.code;
    }
}
