package dev.bulwark.cli;

import dev.bulwark.engine.ChangesOperation;
import dev.bulwark.engine.OptionException;
import dev.bulwark.engine.exports.ChangeEvidence;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.report.ChangesReport;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormats;
import dev.bulwark.rule.RuleException;
import dev.bulwark.source.git.ChangeInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark changes}: were the infrastructure changes on the default branch approved (3.5.1)? */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = {"Checks that every commit on the default branch that changed infrastructure files arrived through an approved "
                + "change: a pull request approved by someone other than its author (with --pull-requests), or an Approved-by / "
                + "Reviewed-by trailer naming someone other than the author, as changes.approval in .bulwark.yaml allows.",
                "A commit that shows it landed through a pull request whose reviews were not given is undecided (UNKNOWN), not failed.",
                "Exit code: 0 no change failed, 1 some were not approved, 2 usage or input error."})
final class ChangesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "The repository's work tree or a directory in it (default: the current directory).")
    Path path = Path.of(".");

    @Option(names = "--since", paramLabel = "DATE", description = "Start of the period: a date (2026-01-01, from the start of that day in UTC) or a "
            + "time (2026-01-01T09:00:00Z). Default: changes.lookback_days (90) before --until.")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "End of the period: a date (through 23:59:59 UTC that day) or a time. Default: now.")
    String until;

    @Option(names = "--pull-requests", paramLabel = "FILE", description = "The code host's pull requests with their reviews (see docs/change-approval.md).")
    Path pullRequests;

    @Option(names = "--branch", paramLabel = "NAME", description = "The branch to check (default: changes.branch, else the checked-out branch, else main, else master).")
    String branch;

    @Option(names = "--approval", paramLabel = "MODE", description = "What counts as approval: pull-request, trailer or either (default: changes.approval, else either).")
    String approval;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .bulwark.yaml in PATH, else at the repository's root).")
    Path configFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console", converter = FormatNames.Changes.class,
            description = "console or json (default: console).")
    String format;

    @Option(names = "--record", description = "Also record the approved changes in the evidence ledger as change-approval evidence for 3.5.1 "
            + "(each commit once, however often this runs).")
    boolean record;

    @Option(names = "--system", paramLabel = "NAME", description = "With --record: the system the changes are recorded for (default: the name of the "
            + "repository's directory).")
    String system;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() throws IOException {
        InputFiles.requireExisting(spec, "PATH", List.of(path));
        InputFiles.requireFile(spec, "--config", configFile);
        InputFiles.requireFile(spec, "--pull-requests", pullRequests);
        PrintWriter err = spec.commandLine().getErr();
        try {
            Instant end = until == null ? Instant.now() : parseTime(until, "--until", true);
            ChangesOperation changes = ChangesOperation.configure(path, configFile, approval, branch);
            Instant start = since == null ? changes.defaultStart(end) : parseTime(since, "--since", false);
            if (start.isAfter(end)) throw usage("--since (" + start + ") is after --until (" + end + ")");
            if (system != null && !record) throw usage("--system names the system to record for: it needs --record");
            ChangesReport report = changes.audit(start, end, pullRequests, note -> err.println("bulwark: " + note));
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            ReportFormats.CHANGES.get(format).renderer(RenderOptions.plain(EvidenceCommand.clock.instant())).render(report, out);
            out.flush();
            if (record && !recordApproved(changes, format.equals("console") ? out : err, err)) return ExitCode.USAGE_OR_INPUT_ERROR.code;
            return report.failures().isEmpty() ? ExitCode.OK.code : ExitCode.FINDINGS.code;
        } catch (OptionException e) {
            throw usage(e.getMessage());
        } catch (ChangeInputException | RuleException e) {
            err.println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
    }

    /**
     * Appends the approved changes to the evidence ledger and says what was stored: on stdout after
     * the console report, on stderr when stdout carries a format for tools. False when the ledger refused.
     */
    private boolean recordApproved(ChangesOperation changes, PrintWriter report, PrintWriter err) {
        try {
            ChangesOperation.Recorded recorded = changes.record(ledger::settings, system, EvidenceCommand.clock.instant(),
                    w -> err.println("bulwark: warning: " + w));
            ChangeEvidence.Recorded r = recorded.records();
            String ids = r.stored().isEmpty() ? "" : r.stored().size() == 1 ? " (" + r.stored().get(0).id() + ")"
                    : " (" + r.stored().get(0).id() + " to " + r.stored().get(r.stored().size() - 1).id() + ")";
            report.printf("Recorded %d approved %s as change-approval evidence for %s on %s%s; %d already recorded%n", r.stored().size(),
                    r.stored().size() == 1 ? "change" : "changes", ChangeEvidence.REQUIREMENT, recorded.system(), ids, r.alreadyRecorded().size());
            report.flush();
            return true;
        } catch (EvidenceException e) {
            for (String p : e.problems()) err.println("bulwark: changes --record: " + p);
            return false;
        }
    }

    private Instant parseTime(String text, String option, boolean endOfDay) {
        try {
            return DateOption.parse(text, option, endOfDay);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
