package dev.bulwark.rule.builtin.git;

import dev.bulwark.source.git.InfrastructureFiles;
import dev.bulwark.engine.ChangeAudit;
import dev.bulwark.finding.Finding;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.ApprovedChange;
import dev.bulwark.rule.ChangeVerdict;
import dev.bulwark.rule.GitContext;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.rule.Status;
import dev.bulwark.model.change.ApprovalMode;
import dev.bulwark.source.git.ApprovalScenario;
import dev.bulwark.model.change.ChangeHistory;
import dev.bulwark.model.change.ChangeSettings;
import dev.bulwark.source.git.GitHistoryReader;
import dev.bulwark.source.git.HistoryQuery;
import dev.bulwark.model.change.PullRequestBundle;
import dev.bulwark.source.git.PullRequestBundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.bulwark.source.git.ApprovalScenario.NOW;
import static dev.bulwark.source.git.ApprovalScenario.SINCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BW-GIT-001 on a repository built in the test, with the pull-request fixture: exactly these
 * changes pass and fail, for a fixed period ending at a fixed "now".
 */
class ChangeApprovalCheckTest {
    @TempDir
    static Path tmp;
    static ApprovalScenario scenario;
    static PullRequestBundle prs;
    static Rule rule;

    @BeforeAll
    static void build() throws Exception {
        scenario = ApprovalScenario.build(tmp.resolve("repo"));
        prs = PullRequestBundleReader.read(scenario.writeBundle(tmp.resolve("pull-requests.json")));
        rule = RuleSet.builtin(PolicyCatalogue.bundled()::exists).find("BW-GIT-001").orElseThrow();
    }

    private static ChangeAudit.Result audit(ApprovalMode mode, PullRequestBundle bundle, Instant since) throws Exception {
        ChangeSettings settings = ChangeSettings.defaults().withApproval(mode);
        ChangeHistory history = GitHistoryReader.read(scenario.dir, new HistoryQuery(null, since, NOW, InfrastructureFiles.of(settings.infrastructure())));
        return ChangeAudit.run(history, new GitContext(settings, bundle), List.of(rule));
    }

    /** "FAIL direct-push direct" style lines: status, reason, the scenario's name for the commit, PR, landed with. */
    private static List<String> summary(ChangeAudit.Result result) {
        return result.judged().stream().map(j -> {
            ChangeVerdict v = j.verdict();
            String name = scenario.sha.entrySet().stream().filter(e -> e.getValue().equals(v.commit().sha())).findFirst().orElseThrow().getKey();
            String with = v.landedWith() == null ? "" : " with " + scenario.sha.entrySet().stream()
                    .filter(e -> e.getValue().startsWith(v.landedWith())).findFirst().orElseThrow().getKey();
            return v.status() + " " + v.reason().id() + " " + name + (v.pullRequest() == null ? "" : " #" + v.pullRequest()) + with
                    + " " + v.files() + " " + v.approvers();
        }).toList();
    }

    @Test
    void eitherModeWithPullRequestsGivesExactlyTheseVerdicts() throws Exception {
        ChangeAudit.Result result = audit(ApprovalMode.EITHER, prs, SINCE);
        assertThat(summary(result)).containsExactly(
                "FAIL direct-push direct [main.tf] []",
                "PASS approved-trailer trailer [logging.tf] [Bob Reviewer <bob@example.com>]",
                "FAIL self-approved self [network.tf] []",
                "PASS approved-pull-request merge-12 #12 [storage.tf] [bob-reviews]",
                "FAIL self-approved merge-13 #13 [network.tf] []",
                "PASS approved-pull-request squash-15 #15 [storage.tf] [bob-reviews]",
                "PASS approved-trailer k8s [k8s/deployment.yaml] [Bob Reviewer]",
                "FAIL approved-after-merge squash-16 #16 [nat.tf] []",
                "FAIL pull-request-not-approved squash-18 #18 [kms.tf] []",
                "PASS approved-trailer hotfix-1 with merge-local [main.tf] [Erin Engineer <erin@example.com>]",
                "FAIL direct-push hotfix-2 with merge-local [variables.tf] []");
        assertThat(result.history().landings()).hasSize(12);
        assertThat(result.history().infrastructureLandings()).hasSize(10);
    }

    @Test
    void failureMessagesNameTheCommitAuthorDateFilesAndWhatWasMissing() throws Exception {
        List<String> messages = audit(ApprovalMode.EITHER, prs, SINCE).failures().stream().map(j -> j.verdict().message()).toList();
        String bundle = prs.file();
        assertThat(messages).containsExactly(
                "commit " + scenario.shortSha("direct") + " by Dana Dev <dana@example.com> on 2026-03-05T09:00:00Z changed main.tf without approval:"
                        + " no merged pull request in " + bundle + " landed as this commit, and it has no Approved-by or Reviewed-by trailer"
                        + " naming someone other than its author",
                "commit " + scenario.shortSha("self") + " by Carol Ops <carol@example.com> on 2026-03-15T09:00:00Z changed network.tf approved"
                        + " only by its own author: Approved-by: Carol Ops <carol@example.com>",
                "merge commit " + scenario.shortSha("merge-13") + " by Frank Field <frank@example.com> on 2026-04-05T10:00:00Z changed network.tf"
                        + " through pull request #13 \"Open the app port\" by frank-f, merged at 2026-04-05T10:00:00Z, approved only by its author frank-f",
                "commit " + scenario.shortSha("squash-16") + " by Dana Dev <dana@example.com> on 2026-04-20T17:00:00Z changed nat.tf through pull"
                        + " request #16 \"Widen the NAT egress\" by dana-dev, merged at 2026-04-20T17:00:00Z, before any approval: approved afterwards"
                        + " by bob-reviews at 2026-04-21T09:00:00Z",
                "commit " + scenario.shortSha("squash-18") + " by Erin Engineer <erin@example.com> on 2026-04-26T10:00:00Z changed kms.tf through"
                        + " pull request #18 \"Rotate the KMS key alias\" by erin-eng, merged at 2026-04-26T10:00:00Z, without an approving review by"
                        + " someone other than its author (reviews: bob-reviews DISMISSED, carol-ops COMMENTED)",
                "commit " + scenario.shortSha("hotfix-2") + " by Frank Field <frank@example.com> on 2026-05-03T09:00:00Z (brought in by merge "
                        + scenario.shortSha("merge-local") + ") changed variables.tf without approval: no merged pull request in " + bundle
                        + " landed as this commit, and it has no Approved-by or Reviewed-by trailer naming someone other than its author");
    }

    @Test
    void approvedChangesAreRecordsForTheLedger() throws Exception {
        List<ApprovedChange> approved = audit(ApprovalMode.EITHER, prs, SINCE).approvedChanges();
        assertThat(approved).hasSize(5);
        ApprovedChange pr12 = approved.get(1);
        assertThat(pr12.sha()).isEqualTo(scenario.sha.get("merge-12"));
        assertThat(pr12.author()).isEqualTo(ApprovalScenario.ERIN);
        assertThat(pr12.approvers()).containsExactly("bob-reviews");
        assertThat(pr12.when()).isEqualTo(Instant.parse("2026-03-25T10:00:00Z"));
        assertThat(pr12.pullRequest()).isEqualTo(12);
        assertThat(pr12.via()).isEqualTo("pull-request");
        assertThat(pr12.commits()).containsExactly(scenario.sha.get("bucket-1"), scenario.sha.get("bucket-2"));
        assertThat(pr12.files()).containsExactly("storage.tf");
        ApprovedChange trailer = approved.get(0);
        assertThat(trailer.via()).isEqualTo("trailer");
        assertThat(trailer.pullRequest()).isNull();
        assertThat(trailer.approvers()).containsExactly("Bob Reviewer <bob@example.com>");
    }

    @Test
    void findingsPointAtTheCommitAndItsFirstFile() throws Exception {
        List<Finding> findings = audit(ApprovalMode.EITHER, prs, SINCE).findings();
        Finding first = findings.get(0);
        assertThat(first.rule().id()).isEqualTo("BW-GIT-001");
        assertThat(first.rule().metadata().requirements()).containsExactly("3.5.1");
        assertThat(first.status()).isEqualTo(Status.FAIL);
        assertThat(first.resourceAddress()).isEqualTo("commit " + scenario.shortSha("direct"));
        assertThat(first.resourceType()).isEqualTo(ChangeAudit.RESOURCE_TYPE);
        assertThat(first.location().file()).isEqualTo("main.tf");
        assertThat(findings).extracting(Finding::status).containsOnly(Status.PASS, Status.FAIL).hasSize(11);
    }

    @Test
    void pullRequestModeIgnoresTrailers() throws Exception {
        assertThat(summary(audit(ApprovalMode.PULL_REQUEST, prs, SINCE))).containsExactly(
                "FAIL direct-push direct [main.tf] []",
                "FAIL direct-push trailer [logging.tf] []",
                "FAIL direct-push self [network.tf] []",
                "PASS approved-pull-request merge-12 #12 [storage.tf] [bob-reviews]",
                "FAIL self-approved merge-13 #13 [network.tf] []",
                "PASS approved-pull-request squash-15 #15 [storage.tf] [bob-reviews]",
                "FAIL direct-push k8s [k8s/deployment.yaml] []",
                "FAIL approved-after-merge squash-16 #16 [nat.tf] []",
                "FAIL pull-request-not-approved squash-18 #18 [kms.tf] []",
                "FAIL direct-push hotfix-1 with merge-local [main.tf] []",
                "FAIL direct-push hotfix-2 with merge-local [variables.tf] []");
    }

    @Test
    void trailerModeIgnoresPullRequestsAndLooksInsideUnapprovedMerges() throws Exception {
        assertThat(summary(audit(ApprovalMode.TRAILER, prs, SINCE))).containsExactly(
                "FAIL direct-push direct [main.tf] []",
                "PASS approved-trailer trailer [logging.tf] [Bob Reviewer <bob@example.com>]",
                "FAIL self-approved self [network.tf] []",
                "FAIL direct-push bucket-1 with merge-12 [storage.tf] []",
                "FAIL direct-push bucket-2 with merge-12 [storage.tf] []",
                "FAIL direct-push port-1 with merge-13 [network.tf] []",
                "FAIL direct-push squash-15 [storage.tf] []",
                "PASS approved-trailer k8s [k8s/deployment.yaml] [Bob Reviewer]",
                "FAIL direct-push squash-16 [nat.tf] []",
                "FAIL direct-push squash-18 [kms.tf] []",
                "PASS approved-trailer hotfix-1 with merge-local [main.tf] [Erin Engineer <erin@example.com>]",
                "FAIL direct-push hotfix-2 with merge-local [variables.tf] []");
    }

    @Test
    void withoutPullRequestsTheMergesAndSquashesOfPullRequestsAreUndecidedNotDirectPushes() throws Exception {
        ChangeAudit.Result result = audit(ApprovalMode.EITHER, PullRequestBundle.none(), SINCE);
        assertThat(summary(result)).containsExactly(
                "FAIL direct-push direct [main.tf] []",
                "PASS approved-trailer trailer [logging.tf] [Bob Reviewer <bob@example.com>]",
                "FAIL self-approved self [network.tf] []",
                "UNKNOWN pull-request-unverified merge-12 #12 [storage.tf] []",
                "UNKNOWN pull-request-unverified merge-13 #13 [network.tf] []",
                "UNKNOWN pull-request-unverified squash-15 #15 [storage.tf] []",
                "PASS approved-trailer k8s [k8s/deployment.yaml] [Bob Reviewer]",
                "UNKNOWN pull-request-unverified squash-16 #16 [nat.tf] []",
                "UNKNOWN pull-request-unverified squash-18 #18 [kms.tf] []",
                "PASS approved-trailer hotfix-1 with merge-local [main.tf] [Erin Engineer <erin@example.com>]",
                "FAIL direct-push hotfix-2 with merge-local [variables.tf] []");
        assertThat(result.failures().get(0).verdict().message())
                .endsWith("without approval: no pull-request export was given (--pull-requests), so no pull request can approve it, and it has"
                        + " no Approved-by or Reviewed-by trailer naming someone other than its author");
        assertThat(result.undecided().get(2).verdict().message()).isEqualTo("commit " + scenario.shortSha("squash-15")
                + " by Carol Ops <carol@example.com> on 2026-04-10T10:00:00Z changed storage.tf through pull request #15 (its subject ends in"
                + " (#15), as GitHub's squash merges write it); whether it was approved is unknown without the pull requests' reviews"
                + " (--pull-requests FILE would decide it)");
        assertThat(result.status(rule)).isEqualTo(Status.FAIL);
        assertThat(result.approvedChanges()).extracting(ApprovedChange::sha).doesNotContain(scenario.sha.get("squash-15"));
    }

    @Test
    void thePeriodBoundsWhichCommitsAreJudged() throws Exception {
        List<String> s = summary(audit(ApprovalMode.EITHER, prs, Instant.parse("2026-03-12T00:00:00Z")));
        assertThat(s).hasSize(9).first().isEqualTo("FAIL self-approved self [network.tf] []");
    }
}
