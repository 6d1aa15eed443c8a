package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.Item;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.ApprovedChange;
import dev.bulwark.rule.ChangeVerdict;
import dev.bulwark.rule.GitContext;
import dev.bulwark.rule.GitLogic;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;
import dev.bulwark.model.change.ChangeHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules that judge a repository's change history ({@code git:} logic) and collects their
 * verdicts: findings for reports and the policy, and the approved changes for the evidence ledger.
 */
public final class ChangeAudit {
    private ChangeAudit() {}

    /** One rule's verdict on one change. */
    public record JudgedChange(Rule rule, ChangeVerdict verdict) {
        /**
         * As a finding: the "resource" is the commit, located at the first infrastructure file it
         * changed (a commit has no single line to point at).
         */
        public Finding finding() {
            String file = verdict.files().isEmpty() ? "" : verdict.files().get(0);
            return new Finding(rule, verdict.status(), "commit " + verdict.commit().shortSha(), RESOURCE_TYPE, SourceLocation.ofFile(file),
                    null, verdict.message(), null, Item.commit(verdict.commit().shortSha(), verdict.commit().author().toString(),
                    verdict.commit().subject()));
        }
    }

    /** The resource type findings on commits carry. */
    public static final String RESOURCE_TYPE = "git_commit";

    /** Everything one audit produced, in history order per rule. */
    public record Result(ChangeHistory history, GitContext context, List<JudgedChange> judged) {
        public Result {
            judged = List.copyOf(judged);
        }

        public List<JudgedChange> failures() {
            return judged.stream().filter(j -> j.verdict().status() == Status.FAIL).toList();
        }

        /** Changes whose approval could not be decided from what was given (a pull request without its reviews). */
        public List<JudgedChange> undecided() {
            return judged.stream().filter(j -> j.verdict().status() == Status.UNKNOWN).toList();
        }

        /**
         * FAIL when a change of {@code rule} failed, else UNKNOWN when one was undecided, else PASS; with no
         * infrastructure change to judge, the rule did not apply (NOT_APPLICABLE).
         */
        public Status status(Rule rule) {
            return Status.overall(judged.stream().filter(j -> j.rule() == rule).map(j -> j.verdict().status()).toList());
        }

        public List<JudgedChange> approved() {
            return judged.stream().filter(j -> j.verdict().status() == Status.PASS).toList();
        }

        /** The approved changes, for the evidence ledger to record. */
        public List<ApprovedChange> approvedChanges() {
            return judged.stream().map(j -> j.verdict().approvedChange()).flatMap(Optional::stream).toList();
        }

        public List<Finding> findings() {
            return judged.stream().map(JudgedChange::finding).toList();
        }
    }

    /** Runs every {@code git:} logic of {@code rules} (rules without one are skipped). */
    public static Result run(ChangeHistory history, GitContext context, List<Rule> rules) {
        List<JudgedChange> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (GitLogic logic : rule.git()) {
                for (ChangeVerdict v : logic.evaluate(history, context)) out.add(new JudgedChange(rule, v));
            }
        }
        return new Result(history, context, out);
    }
}
