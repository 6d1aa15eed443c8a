package dev.bulwark.source.git;

import dev.bulwark.model.change.CommitInfo;
import dev.bulwark.model.change.Person;
import dev.bulwark.model.change.PullRequestMark;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The marks GitHub and GitLab leave on the commits of merged pull requests, and look-alikes that are not marks. */
class PullRequestMarkTest {
    private static final Person DANA = new Person("Dana Dev", "dana@example.com");
    private static final Person GITHUB = new Person("GitHub", "noreply@github.com");

    private static Optional<PullRequestMark> mark(String message, Person committer) {
        String subject = message.lines().findFirst().orElse("");
        CommitInfo c = new CommitInfo("a".repeat(40), DANA, Instant.EPOCH, committer, Instant.EPOCH, subject, message, List.of(), List.of(),
                List.of("main.tf"));
        return PullRequestMark.of(c);
    }

    private static String reference(String message) {
        return mark(message, DANA).map(PullRequestMark::reference).orElse("none");
    }

    @Test
    void recognisesTheFormsCodeHostsWrite() {
        assertThat(reference("Add the VPC (#1272)")).isEqualTo("#1272");
        assertThat(reference("Add the VPC (#1272)\n\n* first commit\n* second commit\n")).isEqualTo("#1272");
        assertThat(reference("Revert \"Add the VPC (#1272)\" (#1273)")).as("the last number is the pull request that landed").isEqualTo("#1273");
        assertThat(reference("Merge pull request #7 from acme/add-nat\n\nAdd a NAT gateway")).isEqualTo("#7");
        assertThat(reference("Merge branch 'kms' into 'main'\n\nAdd a KMS key\n\nSee merge request platform/infra!42")).isEqualTo("platform/infra!42");
        assertThat(reference("Merge branch 'kms' into 'main'\n\nAdd a KMS key\n\nSee merge request !7\n")).isEqualTo("!7");
        assertThat(mark("Add a KMS key\n\nSee merge request group/sub/project!42", DANA).orElseThrow().host()).isEqualTo(PullRequestMark.Host.GITLAB);
    }

    @Test
    void numbersElsewhereAreReferencesNotMarks() {
        assertThat(reference("Follow-up to (#12): set the CIDR block")).isEqualTo("none");
        assertThat(reference("Revert \"Add the VPC (#1272)\"")).isEqualTo("none");
        assertThat(reference("Fix #12 (#)")).isEqualTo("none");
        assertThat(reference("Widen the VPC\n\nSee #12 and merge request !4 for why")).isEqualTo("none");
        assertThat(reference("Add the VPC\n\n(#1272)")).as("only the subject carries GitHub's number").isEqualTo("none");
    }

    @Test
    void gitHubsCommitterMarksACommitMadeOnGitHub() {
        PullRequestMark web = mark("Update outputs.tf", GITHUB).orElseThrow();
        assertThat(web.number()).isNull();
        assertThat(web.describe()).isEqualTo("a pull request");
        assertThat(mark("Update outputs.tf", new Person("GitHub", "NoReply@GitHub.com"))).isPresent();
        assertThat(mark("Add the VPC (#1272)", GITHUB).orElseThrow().sign()).endsWith("and GitHub committed it");
        assertThat(mark("Update outputs.tf", new Person("GitHub", "github@example.com"))).isEmpty();
    }
}
