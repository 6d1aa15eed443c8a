package dev.bulwark.cli;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.report.PolicyCoverageReport;
import dev.bulwark.rule.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code bulwark policy}: the policy's requirements, the rules covering each, and coverage. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Lists the policy's requirements with the rules that cover each, and the coverage.")
final class PolicyCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = "text or json")
    RuleFormat format;

    @Mixin
    RulePackOptions rulePacks;

    @Override
    public Integer call() throws IOException {
        RuleSet rules = rulePacks.load().orElse(null);
        if (rules == null) return ExitCode.USAGE_OR_INPUT_ERROR.code;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if (format == RuleFormat.json) PolicyCoverageReport.writeJson(PolicyCatalogue.bundled(), rules.all(), out);
        else PolicyCoverageReport.writeText(PolicyCatalogue.bundled(), rules.all(), out);
        out.flush();
        return ExitCode.OK.code;
    }
}
