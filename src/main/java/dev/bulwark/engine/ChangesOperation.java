package dev.bulwark.engine;

import dev.bulwark.source.git.InfrastructureFiles;
import dev.bulwark.source.git.ChangeSettingsReader;
import dev.bulwark.engine.exports.ChangeEvidence;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.report.ChangesReport;
import dev.bulwark.rule.GitContext;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.model.change.ApprovalMode;
import dev.bulwark.model.change.ChangeHistory;
import dev.bulwark.source.git.ChangeInputException;
import dev.bulwark.model.change.ChangeSettings;
import dev.bulwark.source.git.GitHistoryReader;
import dev.bulwark.source.git.HistoryQuery;
import dev.bulwark.model.change.PullRequestBundle;
import dev.bulwark.source.git.PullRequestBundleReader;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code changes}: judges whether the infrastructure changes on a branch were approved (3.5.1), and
 * records the approved ones in the evidence ledger when asked. Made in two steps because the
 * default period depends on the settings: {@link #configure}, then {@link #audit}.
 */
public final class ChangesOperation {
    private final Path path;
    private final ChangeSettings settings;
    private ChangeAudit.Result result;

    private ChangesOperation(Path path, ChangeSettings settings) {
        this.path = path;
        this.settings = settings;
    }

    /**
     * Reads the {@code changes} settings (from {@code configFile}, else {@code .bulwark.yaml} in
     * {@code path} or at the repository's root) and applies the overrides; null overrides keep the settings.
     */
    public static ChangesOperation configure(Path path, Path configFile, String approval, String branch)
            throws ChangeInputException, OptionException {
        quietGitLogging();
        ChangeSettings s;
        if (configFile != null) {
            s = ChangeSettingsReader.read(configFile);
        } else {
            List<Path> dirs = new ArrayList<>(List.of(path));
            GitHistoryReader.findWorkTree(path).ifPresent(dirs::add);
            s = ChangeSettingsReader.discover(dirs);
        }
        if (approval != null) {
            s = s.withApproval(ApprovalMode.byId(approval)
                    .orElseThrow(() -> new OptionException("--approval must be pull-request, trailer or either, got '" + approval + "'")));
        }
        if (branch != null) {
            if (branch.isBlank()) throw new OptionException("--branch needs a branch name");
            s = s.withBranch(branch.strip());
        }
        return new ChangesOperation(path, s);
    }

    /** The start of the default period: the configured look-back before {@code end}. */
    public Instant defaultStart(Instant end) {
        return end.minus(Duration.ofDays(settings.lookbackDays()));
    }

    /** Judges the changes that landed between {@code start} and {@code end}; notes for the user go to {@code notes}. */
    public ChangesReport audit(Instant start, Instant end, Path pullRequests, Consumer<String> notes)
            throws ChangeInputException, OptionException, RuleException {
        PullRequestBundle prs = pullRequests(settings.approval(), pullRequests, notes);
        HistoryQuery query = new HistoryQuery(settings.branch(), start, end, InfrastructureFiles.of(settings.infrastructure()));
        ChangeHistory history = GitHistoryReader.read(path, query);
        List<Rule> rules = Bulwark.rules(List.of()).all().stream().filter(r -> !r.git().isEmpty()).toList();
        result = ChangeAudit.run(history, new GitContext(settings, prs), rules);
        return report(result, rules);
    }

    /**
     * Appends the approved changes of the last {@link #audit} to the ledger as change-approval
     * evidence for {@code system} (default: the repository directory's name); each commit once.
     */
    public Recorded record(LedgerLocation ledger, String system, Instant now, Consumer<String> warnings) throws EvidenceException {
        if (result == null) throw new IllegalStateException("audit before record");
        Path dir = result.history().workTree().toAbsolutePath().normalize().getFileName();
        String target = system != null ? system.strip() : dir == null ? result.history().workTree().toString() : dir.toString();
        try (EvidenceLedger l = EvidenceLedger.open(ledger.settings())) {
            try {
                return new Recorded(target, ChangeEvidence.record(l, result.approvedChanges(), target, now));
            } finally {
                l.warnings().forEach(warnings);
            }
        }
    }

    /** What {@link #record} stored, and for which system. */
    public record Recorded(String system, ChangeEvidence.Recorded records) {}

    private static PullRequestBundle pullRequests(ApprovalMode mode, Path file, Consumer<String> notes)
            throws ChangeInputException, OptionException {
        if (file == null) {
            if (mode == ApprovalMode.PULL_REQUEST) {
                throw new OptionException("changes.approval is pull-request, which needs the pull requests: pass --pull-requests FILE"
                        + " (or allow trailers with --approval either)");
            }
            return PullRequestBundle.none();
        }
        if (!mode.acceptsPullRequests()) {
            notes.accept("note: changes.approval is trailer, so " + file + " is not consulted");
            return PullRequestBundle.none();
        }
        return PullRequestBundleReader.read(file);
    }

    static ChangesReport report(ChangeAudit.Result result, List<Rule> rules) {
        ChangeHistory h = result.history();
        ChangeSettings s = result.context().settings();
        PullRequestBundle prs = result.context().pullRequests();
        List<ChangesReport.Judged> judged = result.judged().stream().map(j -> new ChangesReport.Judged(j.rule(), j.verdict())).toList();
        return new ChangesReport(h.workTree(), h.branch(), h.head(), h.since(), h.until(), h.landings().size(), h.infrastructureLandings().size(),
                s.approval().id(), s.trailers(), s.infrastructure(), s.file(), prs.file(), prs.mergedCount(), rules, judged);
    }

    /**
     * JGit logs through SLF4J, and Bulwark ships no SLF4J provider: without this, SLF4J's "no
     * providers found" warning would precede every report. Its errors still show.
     */
    static void quietGitLogging() {
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
}
