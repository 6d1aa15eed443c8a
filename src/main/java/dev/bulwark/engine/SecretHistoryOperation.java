package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.secret.SecretFamily;
import dev.bulwark.secret.SecretScanner;
import dev.bulwark.source.git.ChangeInputException;
import dev.bulwark.source.git.CommittedBlobs;
import dev.bulwark.source.git.GitRepositories;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code secrets --history}: every secret ever committed to a repository's branches, with the commit
 * that first brought it in and whether it is still in the work tree. Read-only: the repository, its
 * index and its work tree are only read. Only secrets with a recognisable shape are looked for (rules
 * BW-SECRET-001 to 018): a generic {@code password = "…"} needs its file's structure, which
 * {@code bulwark scan} reads in the current files.
 */
public final class SecretHistoryOperation {
    private SecretHistoryOperation() {}

    /**
     * What a run found and covered.
     *
     * @param workTree the repository's work tree (its git directory when bare)
     */
    public record Result(ScanResult scan, Path workTree, CommittedBlobs.Coverage coverage) {}

    /**
     * @param since      commits older than this (by commit time) are left out; null for the whole history
     * @param workingDir file paths in findings are shown relative to it when inside it
     * @throws ChangeInputException when {@code path} is not in a git repository or the repository cannot be read
     */
    public static Result run(Path path, Instant since, Path workingDir) throws ChangeInputException, RuleException {
        return run(path, since, workingDir, ScanConfig.empty(), LocalDate.now());
    }

    /**
     * As {@link #run(Path, Instant, Path)}, with the configuration file's suppressions applied: a
     * secret that was rotated is accepted by naming its rule and fingerprint there (history has no
     * place for an inline comment). Unusable suppressions (no reason, expired) come back as diagnostics.
     */
    public static Result run(Path path, Instant since, Path workingDir, ScanConfig config, LocalDate today)
            throws ChangeInputException, RuleException {
        ChangesOperation.quietGitLogging();
        List<Rule> rules = historyRules();
        SecretScanner scanner = SecretScanner.standard();
        try (Repository repo = GitRepositories.open(path)) {
            Path workTree = repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath();
            long t0 = System.nanoTime();
            CommittedSecrets history = new CommittedSecrets(scanner);
            CommittedBlobs.Coverage coverage = CommittedBlobs.walk(repo, since, history);
            long t1 = System.nanoTime();
            CurrentSecrets now = CurrentSecrets.find(repo, history, scanner);
            HistoryFindings findings = new HistoryFindings(rules, workTree, workingDir.toAbsolutePath().normalize());
            Suppressions suppressions = new Suppressions(config, workingDir, today);
            List<Finding> judged = findings.of(history.secrets(), now).stream().map(suppressions::applyConfigured).toList();
            ScanResult result = new ScanResult(judged, rules,
                    new InfrastructureModel(List.of(), List.of(), coverage.read(), 0), suppressions.problems(),
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            return new Result(result, workTree, coverage);
        } catch (MissingObjectException e) {
            throw new ChangeInputException(path + ": the repository is missing object " + e.getObjectId().name()
                    + " (a partial or damaged clone?)", e);
        } catch (IOException e) {
            throw new ChangeInputException(path + ": cannot read the git repository: " + e.getMessage(), e);
        }
    }

    /** The rules of the secret families a history walk detects: every shaped family, not the generic assignment. */
    static List<Rule> historyRules() throws RuleException {
        return Bulwark.rules(List.of()).all().stream()
                .filter(r -> r.secrets().stream().anyMatch(s -> s.family() != SecretFamily.GENERIC_ASSIGNMENT))
                .toList();
    }
}
