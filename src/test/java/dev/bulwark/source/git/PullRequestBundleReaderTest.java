package dev.bulwark.source.git;

import dev.bulwark.model.change.PullRequest;
import dev.bulwark.model.change.PullRequestBundle;
import dev.bulwark.model.change.Review;
import dev.bulwark.model.change.ReviewState;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PullRequestBundleReaderTest {
    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);
    private static final String C = "c".repeat(40);

    private static PullRequestBundle read(String json) throws ChangeInputException {
        return PullRequestBundleReader.read("prs.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String merged(String extra) {
        return """
                [
                  {
                    "number": 7,
                    "title": "Add a bucket",
                    "user": {"login": "erin"},
                    "merged_at": "2026-05-02T10:00:00Z",
                    "merge_commit_sha": "%s",
                    "head": {"ref": "bucket", "sha": "%s"},
                    "base": {"ref": "main"},
                    "reviews": [
                      {"user": {"login": "bob"}, "state": "APPROVED", "submitted_at": "2026-05-02T09:00:00Z", "commit_id": "%s"}
                    ]%s
                  }
                ]
                """.formatted(A, B, B, extra);
    }

    @Test
    void readsPullRequestsWithTheirReviews() throws Exception {
        PullRequestBundle bundle = read(merged(""));
        assertThat(bundle.file()).isEqualTo("prs.json");
        PullRequest pr = bundle.mergedAs(A.toUpperCase()).orElseThrow();
        assertThat(pr.number()).isEqualTo(7);
        assertThat(pr.author()).isEqualTo("erin");
        assertThat(pr.mergedAt()).isEqualTo(Instant.parse("2026-05-02T10:00:00Z"));
        assertThat(pr.headSha()).isEqualTo(B);
        assertThat(pr.baseRef()).isEqualTo("main");
        assertThat(pr.line()).isEqualTo(2);
        assertThat(pr.reviews()).containsExactly(new Review("bob", ReviewState.APPROVED, Instant.parse("2026-05-02T09:00:00Z"), B));
        assertThat(bundle.mergedCount()).isEqualTo(1);
    }

    @Test
    void anUnmergedPullRequestNeedsNoReviewsAndLandsAsNothing() throws Exception {
        PullRequestBundle bundle = read("""
                [{"number": 3, "title": "Abandoned", "user": {"login": "dana"}, "merged_at": null, "merge_commit_sha": "%s",
                  "head": {"ref": "x", "sha": "%s"}, "base": {"ref": "main"}}]
                """.formatted(C, B));
        assertThat(bundle.pullRequests()).hasSize(1);
        assertThat(bundle.mergedAs(C)).isEmpty();
        assertThat(bundle.mergedCount()).isZero();
    }

    @Test
    void aMergeCommitClaimedByTwoPullRequestsIsRefused() throws Exception {
        byte[] fixture;
        try (var in = getClass().getResourceAsStream("/changes/pull-requests.json")) {
            fixture = in.readAllBytes();
        }
        // the fixture with every placeholder filled by the same sha: #12 and #13 then claim one merge commit
        String filled = new String(fixture, StandardCharsets.UTF_8).replaceAll("\\{\\{sha:[a-z0-9-]+}}", A);
        assertThatThrownBy(() -> read(filled)).isInstanceOf(ChangeInputException.class)
                .hasMessageEndingWith("$[1].merge_commit_sha: pull requests #12 and #13 both name merge commit " + A
                        + "; a commit lands through one pull request");
    }

    @Test
    void truncatedJsonSaysWhereTheFileEnds() {
        String whole = merged("");
        String cut = whole.substring(0, whole.indexOf("\"state\""));
        assertThatThrownBy(() -> read(cut)).isInstanceOf(ChangeInputException.class)
                .hasMessageStartingWith("prs.json:11:")
                .hasMessageContaining(": truncated JSON: the file ends in the middle of the document (expected a pull-request bundle:");
    }

    @Test
    void aMergedPullRequestWithoutItsMergeCommitIsNamedByPath() {
        String json = merged("").replace("\"merge_commit_sha\": \"" + A + "\",\n", "");
        assertThatThrownBy(() -> read(json)).isInstanceOf(ChangeInputException.class)
                .hasMessage("prs.json:2:3: $[0].merge_commit_sha: expected the SHA of the commit the pull request landed as"
                        + " (it was merged at 2026-05-02T10:00:00Z), but the field is missing");
    }

    @Test
    void wrongValuesPointAtTheirLineAndColumn() {
        assertThatThrownBy(() -> read(merged("").replace("\"APPROVED\"", "\"LGTM\"")))
                .hasMessage("prs.json:11:43: $[0].reviews[0].state: expected one of APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING,"
                        + " found \"LGTM\"");
        assertThatThrownBy(() -> read(merged("").replace("\"2026-05-02T09:00:00Z\"", "\"yesterday\"")))
                .hasMessage("prs.json:11:71: $[0].reviews[0].submitted_at: expected a time such as 2026-05-02T10:15:00Z, found \"yesterday\"");
        assertThatThrownBy(() -> read(merged("").replace("\"number\": 7", "\"number\": \"7\"")))
                .hasMessage("prs.json:3:15: $[0].number: expected a positive whole number, found the string \"7\"");
        assertThatThrownBy(() -> read(merged("").replace("\"user\": {\"login\": \"erin\"}", "\"user\": null")))
                .hasMessage("prs.json:5:13: $[0].user: expected an object with the pull request author, found null");
        assertThatThrownBy(() -> read(merged("").replace("\"sha\": \"" + B + "\"", "\"sha\": \"main\"")))
                .hasMessageStartingWith("prs.json:8:38: $[0].head.sha: expected a commit SHA (40 hex digits), found the string \"main\"");
    }

    @Test
    void aMergedPullRequestNeedsItsReviews() {
        String json = merged("").replaceAll("(?s),\\s*\"reviews\": \\[.*?]", "");
        assertThatThrownBy(() -> read(json))
                .hasMessage("prs.json:2:3: $[0].reviews: expected an array of the pull request's reviews (what GET"
                        + " /repos/{owner}/{repo}/pulls/{number}/reviews returns; [] when it had none), but the field is missing");
    }

    @Test
    void theDocumentMustBeAnArrayOfObjects() {
        assertThatThrownBy(() -> read("{\"pulls\": []}"))
                .hasMessage("prs.json:1:1: $: expected a JSON array of pull requests (what GET /repos/{owner}/{repo}/pulls returns), found an object");
        assertThatThrownBy(() -> read("[1]")).hasMessage("prs.json:1:2: $[0]: expected a pull request object, found the number 1");
        assertThatThrownBy(() -> read("")).hasMessageStartingWith("prs.json:1:1: the file is empty");
        assertThatThrownBy(() -> read("[] []")).hasMessage("prs.json:1:4: unexpected content after the end of the JSON document");
        assertThatThrownBy(() -> PullRequestBundleReader.read("prs.json", new byte[]{'[', (byte) 0xff, ']'}))
                .hasMessageStartingWith("prs.json:1:1: not UTF-8 text");
    }

    @Test
    void duplicatesAreRefused() {
        String one = merged("").strip();
        String body = one.substring(1, one.length() - 1);
        String twice = "[" + body + "," + body.replace(A, C) + "]";
        assertThatThrownBy(() -> read(twice)).hasMessageContaining("$[1].number: pull request #7 is listed twice (also at $[0])");
        assertThatThrownBy(() -> read(merged("").replace("\"number\": 7,", "\"number\": 7, \"number\": 8,")))
                .hasMessageContaining("not valid JSON: Duplicate field 'number'");
    }

    @Test
    void pendingReviewsNeedNoSubmissionTime() throws Exception {
        String json = merged("").replace("\"state\": \"APPROVED\", \"submitted_at\": \"2026-05-02T09:00:00Z\"", "\"state\": \"PENDING\"");
        List<Review> reviews = read(json).pullRequests().get(0).reviews();
        assertThat(reviews).containsExactly(new Review("bob", ReviewState.PENDING, null, B));
    }
}
