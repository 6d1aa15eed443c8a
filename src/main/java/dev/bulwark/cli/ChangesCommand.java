package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ChangeAudit;
import dev.bulwark.engine.exports.ChangeEvidence;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.rule.GitContext;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.source.git.ApprovalMode;
import dev.bulwark.source.git.ChangeHistory;
import dev.bulwark.source.git.ChangeInputException;
import dev.bulwark.source.git.ChangeSettings;
import dev.bulwark.source.git.GitHistoryReader;
import dev.bulwark.source.git.HistoryQuery;
import dev.bulwark.source.git.PullRequestBundle;
import dev.bulwark.source.git.PullRequestBundleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
    enum Format { console, json }

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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console", description = "console or json (default: console).")
    Format format;

    @Option(names = "--record", description = "Also record the approved changes in the evidence ledger as change-approval evidence for 3.5.1 "
            + "(each commit once, however often this runs).")
    boolean record;

    @Option(names = "--system", paramLabel = "NAME", description = "With --record: the system the changes are recorded for (default: the name of the "
            + "repository's directory).")
    String system;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        // JGit logs through SLF4J, and the command ships no SLF4J provider: without this, SLF4J's
        // "no providers found" warning would precede every report. Its errors still show.
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
        InputFiles.requireExisting(spec, "PATH", List.of(path));
        InputFiles.requireFile(spec, "--config", configFile);
        InputFiles.requireFile(spec, "--pull-requests", pullRequests);
        PrintWriter err = spec.commandLine().getErr();
        try {
            Instant end = until == null ? Instant.now() : parseTime(until, "--until", true);
            ChangeSettings settings = settings();
            Instant start = since == null ? end.minus(Duration.ofDays(settings.lookbackDays())) : parseTime(since, "--since", false);
            if (start.isAfter(end)) throw usage("--since (" + start + ") is after --until (" + end + ")");
            if (system != null && !record) throw usage("--system names the system to record for: it needs --record");
            PullRequestBundle prs = pullRequests(settings.approval(), err);
            HistoryQuery query = new HistoryQuery(settings.branch(), start, end, settings.infrastructureFiles());
            ChangeHistory history = GitHistoryReader.read(path, query);
            List<Rule> rules = gitRules();
            ChangeAudit.Result result = ChangeAudit.run(history, new GitContext(settings, prs), rules);
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            if (format == Format.json) ChangesOutput.json(result, rules, out);
            else ChangesOutput.console(result, rules, out);
            out.flush();
            if (record && !recordApproved(result, format == Format.json ? err : out, err)) return ExitCode.USAGE_OR_INPUT_ERROR.code;
            return result.failures().isEmpty() ? ExitCode.OK.code : ExitCode.FINDINGS.code;
        } catch (ChangeInputException e) {
            err.println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } catch (RuleException e) {
            err.println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
    }

    /**
     * Appends the approved changes to the evidence ledger and says what was stored: on stdout after
     * the console report, on stderr when stdout carries JSON. False when the ledger refused.
     */
    private boolean recordApproved(ChangeAudit.Result result, PrintWriter report, PrintWriter err) {
        Path dir = result.history().workTree().toAbsolutePath().normalize().getFileName();
        String target = system != null ? system.strip() : dir == null ? result.history().workTree().toString() : dir.toString();
        try (EvidenceLedger l = EvidenceLedger.open(ledger.settings())) {
            try {
                ChangeEvidence.Recorded r = ChangeEvidence.record(l, result.approvedChanges(), target, EvidenceCommand.clock.instant());
                String ids = r.stored().isEmpty() ? "" : r.stored().size() == 1 ? " (" + r.stored().get(0).id() + ")"
                        : " (" + r.stored().get(0).id() + " to " + r.stored().get(r.stored().size() - 1).id() + ")";
                report.printf("Recorded %d approved %s as change-approval evidence for %s on %s%s; %d already recorded%n", r.stored().size(),
                        r.stored().size() == 1 ? "change" : "changes", ChangeEvidence.REQUIREMENT, target, ids, r.alreadyRecorded().size());
                report.flush();
                return true;
            } finally {
                for (String w : l.warnings()) err.println("bulwark: warning: " + w);
            }
        } catch (EvidenceException e) {
            for (String p : e.problems()) err.println("bulwark: changes --record: " + p);
            return false;
        }
    }

    /** The {@code changes} settings with the command line's overrides. */
    private ChangeSettings settings() throws ChangeInputException {
        ChangeSettings s;
        if (configFile != null) {
            s = ChangeSettings.read(configFile);
        } else {
            List<Path> dirs = new ArrayList<>(List.of(path));
            GitHistoryReader.findWorkTree(path).ifPresent(dirs::add);
            s = ChangeSettings.discover(dirs);
        }
        if (approval != null) {
            s = s.withApproval(ApprovalMode.byId(approval).orElseThrow(() -> usage("--approval must be pull-request, trailer or either, got '" + approval + "'")));
        }
        if (branch != null) {
            if (branch.isBlank()) throw usage("--branch needs a branch name");
            s = s.withBranch(branch.strip());
        }
        return s;
    }

    private PullRequestBundle pullRequests(ApprovalMode mode, PrintWriter err) throws ChangeInputException {
        if (pullRequests == null) {
            if (mode == ApprovalMode.PULL_REQUEST) {
                throw usage("changes.approval is pull-request, which needs the pull requests: pass --pull-requests FILE"
                        + " (or allow trailers with --approval either)");
            }
            return PullRequestBundle.none();
        }
        if (!mode.acceptsPullRequests()) {
            err.println("bulwark: note: changes.approval is trailer, so " + pullRequests + " is not consulted");
            return PullRequestBundle.none();
        }
        return PullRequestBundleReader.read(pullRequests);
    }

    private static List<Rule> gitRules() throws RuleException {
        return Bulwark.rules(List.of()).all().stream().filter(r -> !r.git().isEmpty()).toList();
    }

    /**
     * A date ({@code 2026-03-01}: from the start of that day in UTC, or through its end for the end
     * of a period) or a time with an offset ({@code 2026-03-01T09:00:00Z}).
     */
    private Instant parseTime(String text, String option, boolean endOfDay) {
        String t = text.strip();
        try {
            LocalDate d = LocalDate.parse(t);
            return endOfDay ? d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1) : d.atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException notATime) {
                throw usage(option + " must be a date like 2026-03-01 or a time like 2026-03-01T09:00:00Z, got '" + text + "'");
            }
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
