package dev.bulwark.cli;

import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.report.PolicyReport;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormats;
import dev.bulwark.rule.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code bulwark policy}: the policy's requirements, the rules covering each, and coverage. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Lists the policy's requirements with the rules that cover each, and the coverage.")
final class PolicyCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", converter = FormatNames.Policy.class,
            description = "text, json or oscal-catalog (the policy as an OSCAL 1.1.3 catalog)")
    String format;

    @Mixin
    RulePackOptions rulePacks;

    @Override
    public Integer call() throws IOException {
        RuleSet rules = rulePacks.load().orElse(null);
        if (rules == null) return ExitCode.USAGE_OR_INPUT_ERROR.code;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PolicyReport report = new PolicyReport(PolicyCatalogue.bundled(), rules.all(), Version.current());
        ReportFormats.POLICY.get(format).renderer(RenderOptions.plain(Instant.now())).render(report, out);
        out.flush();
        return ExitCode.OK.code;
    }
}
