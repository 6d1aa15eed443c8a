package dev.bulwark.rule.builtin.git;

import dev.bulwark.source.git.InfrastructureFiles;
import dev.bulwark.engine.ChangeAudit;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.ChangeVerdict;
import dev.bulwark.rule.GitContext;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.rule.Status;
import dev.bulwark.model.change.ChangeSettings;
import dev.bulwark.source.git.GitHistoryReader;
import dev.bulwark.source.git.HistoryQuery;
import dev.bulwark.model.change.Person;
import dev.bulwark.model.change.PullRequestBundle;
import dev.bulwark.source.git.PullRequestBundleReader;
import dev.bulwark.source.git.TestRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commits that show they landed through a pull request (GitHub's squash subject and merge message,
 * GitLab's merge request line, GitHub's own committer) are undecided without the pull requests'
 * reviews, not direct pushes; with an export they are judged by it.
 */
class PullRequestMarkApprovalTest {
    static final Person ALICE = new Person("Alice Admin", "alice@example.com");
    static final Person BOB = new Person("Bob Reviewer", "bob@example.com");
    static final Person GITHUB = new Person("GitHub", "noreply@github.com");
    /** Where the export says pull request #1290 landed: not the commit on the branch that names it (a copy, such as a cherry-pick). */
    static final String ELSEWHERE = "0123456789abcdef0123456789abcdef01234567";
    static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-12-31T00:00:00Z");

    @TempDir
    static Path tmp;
    static Path repo;
    static Rule rule;
    /** Commit name → sha, in the order made. */
    static final Map<String, String> sha = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        rule = RuleSet.builtin(PolicyCatalogue.bundled()::exists).find("BW-GIT-001").orElseThrow();
        repo = tmp.resolve("repo");
        try (TestRepository r = TestRepository.init(repo)) {
            r.write("main.tf", "# vpc\n");
            sha.put("initial", r.commit("Initial module", ALICE, t(1)));
            r.write("vpc.tf", "resource \"aws_vpc\" \"this\" {}\n");
            sha.put("squash", r.commit("Add the VPC (#1272)\n\n* add vpc\n* fix tags\n", ALICE, t(2), GITHUB, t(2)));
            r.branch("add-nat");
            r.write("nat.tf", "resource \"aws_nat_gateway\" \"this\" {}\n");
            sha.put("nat-1", r.commit("Add a NAT gateway", ALICE, t(3)));
            r.checkout("main");
            sha.put("merge", r.merge("add-nat", "Merge pull request #7 from acme/add-nat\n\nAdd a NAT gateway", ALICE, t(4)));
            r.branch("kms");
            r.write("kms.tf", "resource \"aws_kms_key\" \"this\" {}\n");
            sha.put("kms-1", r.commit("Add a KMS key", ALICE, t(5)));
            r.checkout("main");
            sha.put("gitlab-merge", r.merge("kms", "Merge branch 'kms' into 'main'\n\nAdd a KMS key\n\nSee merge request platform/infra!42",
                    ALICE, t(6)));
            r.write("alarms.tf", "resource \"aws_cloudwatch_metric_alarm\" \"cpu\" {}\n");
            sha.put("gitlab-squash", r.commit("Add a CPU alarm\n\nSee merge request !43\n", ALICE, t(7)));
            r.write("main.tf", "# vpc, larger\n");
            sha.put("direct", r.commit("Widen the VPC", ALICE, t(8)));
            r.write("vpc.tf", "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n");
            sha.put("middle", r.commit("Follow-up to (#1272): set the CIDR block", ALICE, t(9)));
            r.write("vpc.tf", "resource \"aws_vpc\" \"this\" {}\n");
            sha.put("revert", r.commit("Revert \"Add the VPC (#1272)\"", ALICE, t(10)));
            r.write("tags.tf", "locals { tags = {} }\n");
            sha.put("trailer", r.commit("Add default tags (#1280)\n\nApproved-by: Bob Reviewer <bob@example.com>\n", ALICE, t(11)));
            r.write("outputs.tf", "output \"vpc_id\" { value = 1 }\n");
            sha.put("web-edit", r.commit("Update outputs.tf", ALICE, t(12), GITHUB, t(12)));
            r.write("variables.tf", "variable \"cidr\" {}\n");
            sha.put("copied", r.commit("Add a CIDR variable (#1290)", ALICE, t(13)));
        }
    }

    private static Instant t(int day) {
        return Instant.parse("2026-03-01T10:00:00Z").plusSeconds(86_400L * day);
    }

    private static ChangeAudit.Result audit(PullRequestBundle prs) throws Exception {
        ChangeSettings settings = ChangeSettings.defaults();
        var history = GitHistoryReader.read(repo, new HistoryQuery(null, SINCE, UNTIL, InfrastructureFiles.of(settings.infrastructure())));
        return ChangeAudit.run(history, new GitContext(settings, prs), List.of(rule));
    }

    /** "STATUS reason name #PR" per verdict. */
    private static List<String> summary(ChangeAudit.Result result) {
        return result.judged().stream().map(j -> {
            ChangeVerdict v = j.verdict();
            String name = sha.entrySet().stream().filter(e -> e.getValue().equals(v.commit().sha())).findFirst().orElseThrow().getKey();
            return v.status() + " " + v.reason().id() + " " + name + (v.pullRequest() == null ? "" : " #" + v.pullRequest());
        }).toList();
    }

    private static String message(ChangeAudit.Result result, String name) {
        return result.judged().stream().map(ChangeAudit.JudgedChange::verdict).filter(v -> v.commit().sha().equals(sha.get(name)))
                .findFirst().orElseThrow().message();
    }

    @Test
    void withoutAnExportPullRequestsAreUndecidedAndOnlyUnreviewedCommitsFail() throws Exception {
        ChangeAudit.Result result = audit(PullRequestBundle.none());
        assertThat(summary(result)).containsExactly(
                "FAIL direct-push initial",
                "UNKNOWN pull-request-unverified squash #1272",
                "UNKNOWN pull-request-unverified merge #7",
                "UNKNOWN pull-request-unverified gitlab-merge #42",
                "UNKNOWN pull-request-unverified gitlab-squash #43",
                "FAIL direct-push direct",
                "FAIL direct-push middle",
                "FAIL direct-push revert",
                "PASS approved-trailer trailer",
                "UNKNOWN pull-request-unverified web-edit",
                "UNKNOWN pull-request-unverified copied #1290");
        assertThat(message(result, "squash")).isEqualTo("commit " + sha.get("squash").substring(0, 7) + " by Alice Admin <alice@example.com>"
                + " on 2026-03-03T10:00:00Z changed vpc.tf through pull request #1272 (its subject ends in (#1272), as GitHub's squash merges"
                + " write it and GitHub committed it); whether it was approved is unknown without the pull requests' reviews"
                + " (--pull-requests FILE would decide it)");
        assertThat(message(result, "merge")).contains("changed nat.tf through pull request #7 (its subject is GitHub's merge message for"
                + " pull request #7 from acme/add-nat)");
        assertThat(message(result, "gitlab-merge")).contains("through merge request platform/infra!42 (its message says \"See merge request"
                + " platform/infra!42\", as GitLab writes it); whether it was approved is unknown: Bulwark reads only GitHub's pull-request export");
        assertThat(message(result, "web-edit")).contains("changed outputs.tf, and GitHub committed it (committer GitHub <noreply@github.com>):"
                + " a pull request merged on github.com, or an edit made there in the browser; whether it was approved is unknown");
        assertThat(result.status(rule)).isEqualTo(Status.FAIL);
        assertThat(result.approvedChanges()).extracting(a -> a.sha()).containsExactly(sha.get("trailer"));
    }

    @Test
    void anExportDecidesThePullRequestsItHoldsAndSaysWhichItLacks() throws Exception {
        Path bundle = tmp.resolve("pull-requests.json");
        Files.writeString(bundle, """
                [
                  {"number": 1272, "title": "Add the VPC", "user": {"login": "alice-admin"}, "merged_at": "2026-03-03T10:00:00Z",
                   "merge_commit_sha": "%s", "head": {"sha": "%s"}, "base": {"ref": "main"},
                   "reviews": [{"user": {"login": "bob-reviews"}, "state": "APPROVED", "submitted_at": "2026-03-03T09:00:00Z"}]},
                  {"number": 1290, "title": "Add a CIDR variable", "user": {"login": "alice-admin"}, "merged_at": "2026-03-20T10:00:00Z",
                   "merge_commit_sha": "%s", "head": {"sha": "%s"}, "base": {"ref": "main"},
                   "reviews": [{"user": {"login": "bob-reviews"}, "state": "APPROVED", "submitted_at": "2026-03-20T09:00:00Z"}]}
                ]
                """.formatted(sha.get("squash"), sha.get("initial"), ELSEWHERE, sha.get("initial")));
        ChangeAudit.Result result = audit(PullRequestBundleReader.read(bundle));
        assertThat(summary(result)).containsExactly(
                "FAIL direct-push initial",
                "PASS approved-pull-request squash #1272",
                "UNKNOWN pull-request-unverified merge #7",
                "UNKNOWN pull-request-unverified gitlab-merge #42",
                "UNKNOWN pull-request-unverified gitlab-squash #43",
                "FAIL direct-push direct",
                "FAIL direct-push middle",
                "FAIL direct-push revert",
                "PASS approved-trailer trailer",
                "FAIL direct-push web-edit",
                "FAIL direct-push copied");
        assertThat(message(result, "merge")).endsWith("; " + bundle + " has no pull request #7, so whether it was approved is unknown (export"
                + " the pull requests of this repository again, after it merged, and pass them with --pull-requests)");
        assertThat(message(result, "copied")).endsWith("; its subject ends in (#1290), as GitHub's squash merges write it, but pull request"
                + " #1290 \"Add a CIDR variable\" by alice-admin in " + bundle + " landed as 0123456, not as this commit");
        assertThat(result.approvedChanges()).extracting(a -> a.sha()).containsExactly(sha.get("squash"), sha.get("trailer"));
    }
}
