package dev.bulwark.cli;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.report.RuleCatalogueReport;
import dev.bulwark.rule.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code bulwark rules}: lists the rules with their metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rules: id, severity, requirements, title (JSON adds everything else).")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = "text or json")
    RuleFormat format;

    @Mixin
    RulePackOptions rulePacks;

    @Override
    public Integer call() throws IOException {
        RuleSet rules = rulePacks.load().orElse(null);
        if (rules == null) return ExitCode.USAGE_OR_INPUT_ERROR.code;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if (format == RuleFormat.json) RuleCatalogueReport.writeJson(rules.all(), PolicyCatalogue.bundled(), out);
        else RuleCatalogueReport.writeText(rules.all(), PolicyCatalogue.bundled(), out);
        out.flush();
        return ExitCode.OK.code;
    }
}
