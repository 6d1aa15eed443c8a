package dev.bulwark.source.git;

import dev.bulwark.model.change.PullRequest;
import dev.bulwark.model.change.PullRequestBundle;
import dev.bulwark.model.change.Review;
import dev.bulwark.model.change.ReviewState;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a pull-request bundle: the JSON array GitHub's REST API returns for
 * {@code GET /repos/{owner}/{repo}/pulls?state=closed}, each pull request with an added
 * {@code reviews} array holding what {@code GET /repos/{owner}/{repo}/pulls/{number}/reviews}
 * returns for it. Only the fields the check uses are read; others are ignored. Every problem is
 * reported as {@code file:line:column: JSON path: what was expected}.
 */
public final class PullRequestBundleReader {
    static final String EXPECTED = "expected a pull-request bundle: a JSON array of GitHub pull requests, each with a \"reviews\" array;"
            + " see docs/change-approval.md";
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");

    private PullRequestBundleReader() {}

    public static PullRequestBundle read(Path file) throws ChangeInputException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ChangeInputException(file + ": no such file");
        } catch (IOException e) {
            throw new ChangeInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        return read(file.toString(), content);
    }

    /** @param file how the file is named in messages */
    public static PullRequestBundle read(String file, byte[] content) throws ChangeInputException {
        LocatedJson json = LocatedJson.parse(file, content, EXPECTED);
        JsonNode root = json.root();
        if (!root.isArray()) {
            throw json.error("$", "expected a JSON array of pull requests (what GET /repos/{owner}/{repo}/pulls returns), found " + describe(root));
        }
        List<PullRequest> out = new ArrayList<>();
        Map<Integer, String> numbers = new HashMap<>();
        Map<String, Integer> mergeCommits = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            String path = "$[" + i + "]";
            PullRequest pr = pullRequest(json, root.get(i), path);
            String earlier = numbers.putIfAbsent(pr.number(), path);
            if (earlier != null) throw json.error(path + ".number", "pull request #" + pr.number() + " is listed twice (also at " + earlier + ")");
            if (pr.merged()) {
                Integer other = mergeCommits.putIfAbsent(pr.mergeCommitSha().toLowerCase(Locale.ROOT), pr.number());
                if (other != null) {
                    throw json.error(path + ".merge_commit_sha", "pull requests #" + other + " and #" + pr.number() + " both name merge commit "
                            + pr.mergeCommitSha() + "; a commit lands through one pull request");
                }
            }
            out.add(pr);
        }
        return new PullRequestBundle(file, out);
    }

    private static PullRequest pullRequest(LocatedJson json, JsonNode n, String path) throws ChangeInputException {
        if (!n.isObject()) throw json.error(path, "expected a pull request object, found " + describe(n));
        JsonNode number = n.get("number");
        if (number == null) throw json.error(path + ".number", "expected the pull request number, but the field is missing");
        if (!number.isIntegralNumber() || !number.canConvertToInt() || number.asInt() <= 0) {
            throw json.error(path + ".number", "expected a positive whole number, found " + describe(number));
        }
        String title = string(json, n, path, "title", false, "the pull request title");
        String author = login(json, n, path + ".user", "the pull request author");
        if (!n.has("merged_at")) {
            throw json.error(path + ".merged_at", "expected the merge time, or null for a pull request closed without merging, but the field is missing");
        }
        Instant mergedAt = time(json, n.get("merged_at"), path + ".merged_at", true);
        String mergeCommit;
        if (mergedAt != null) {
            if (!n.has("merge_commit_sha") || n.get("merge_commit_sha").isNull()) {
                throw json.error(path + ".merge_commit_sha", "expected the SHA of the commit the pull request landed as (it was merged at "
                        + mergedAt + "), but the field is " + (n.has("merge_commit_sha") ? "null" : "missing"));
            }
            mergeCommit = sha(json, n.get("merge_commit_sha"), path + ".merge_commit_sha");
        } else {
            mergeCommit = null;  // GitHub fills in a test-merge SHA for unmerged pull requests; it never landed
        }
        JsonNode head = object(json, n, path, "head", "the pull request's head branch");
        String headSha = sha(json, head.get("sha"), path + ".head.sha");
        JsonNode base = object(json, n, path, "base", "the pull request's base branch");
        String baseRef = string(json, base, path + ".base", "ref", true, "the base branch name");
        List<Review> reviews = reviews(json, n, path, mergedAt != null);
        return new PullRequest(number.asInt(), title, author, mergedAt, mergeCommit, headSha, baseRef, reviews, json.position(path).line());
    }

    private static List<Review> reviews(LocatedJson json, JsonNode pr, String path, boolean required) throws ChangeInputException {
        JsonNode rs = pr.get("reviews");
        String at = path + ".reviews";
        if (rs == null || rs.isNull()) {
            if (!required) return List.of();
            throw json.error(at, "expected an array of the pull request's reviews (what GET /repos/{owner}/{repo}/pulls/{number}/reviews returns;"
                    + " [] when it had none), but the field is " + (rs == null ? "missing" : "null"));
        }
        if (!rs.isArray()) throw json.error(at, "expected an array of reviews, found " + describe(rs));
        List<Review> out = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            String rp = at + "[" + i + "]";
            JsonNode r = rs.get(i);
            if (!r.isObject()) throw json.error(rp, "expected a review object, found " + describe(r));
            String reviewer = login(json, r, rp + ".user", "the reviewer");
            String stateText = string(json, r, rp, "state", true, "the review state");
            ReviewState state = ReviewState.parse(stateText)
                    .orElseThrow(() -> json.error(rp + ".state", "expected one of " + ReviewState.names() + ", found \"" + stateText + "\""));
            Instant submitted = time(json, r.get("submitted_at"), rp + ".submitted_at", state == ReviewState.PENDING);
            JsonNode commit = r.get("commit_id");
            String commitId = commit == null || commit.isNull() ? null : sha(json, commit, rp + ".commit_id");
            out.add(new Review(reviewer, state, submitted, commitId));
        }
        return out;
    }

    private static String login(LocatedJson json, JsonNode parent, String userPath, String who) throws ChangeInputException {
        String field = userPath.substring(userPath.lastIndexOf('.') + 1);
        String owner = userPath.substring(0, userPath.lastIndexOf('.'));
        JsonNode user = object(json, parent, owner, field, who);
        return string(json, user, userPath, "login", true, who + "'s login");
    }

    private static JsonNode object(LocatedJson json, JsonNode parent, String path, String field, String what) throws ChangeInputException {
        JsonNode v = parent.get(field);
        String at = path + "." + field;
        if (v == null) throw json.error(at, "expected an object with " + what + ", but the field is missing");
        if (!v.isObject()) throw json.error(at, "expected an object with " + what + ", found " + describe(v));
        return v;
    }

    private static String string(LocatedJson json, JsonNode parent, String path, String field, boolean nonEmpty, String what)
            throws ChangeInputException {
        JsonNode v = parent.get(field);
        String at = path + "." + field;
        if (v == null) throw json.error(at, "expected " + what + " (a string), but the field is missing");
        if (!v.isTextual()) throw json.error(at, "expected " + what + " (a string), found " + describe(v));
        if (nonEmpty && v.asText().isBlank()) throw json.error(at, "expected " + what + ", found an empty string");
        return v.asText();
    }

    private static String sha(LocatedJson json, JsonNode v, String path) throws ChangeInputException {
        if (v == null) throw json.error(path, "expected a commit SHA (40 hex digits), but the field is missing");
        if (!v.isTextual() || !SHA.matcher(v.asText()).matches()) throw json.error(path, "expected a commit SHA (40 hex digits), found " + describe(v));
        return v.asText().toLowerCase(Locale.ROOT);
    }

    /** An ISO-8601 time such as 2026-05-02T10:15:00Z; null allowed only when {@code nullable}. */
    private static Instant time(LocatedJson json, JsonNode v, String path, boolean nullable) throws ChangeInputException {
        if (v == null || v.isNull()) {
            if (nullable) return null;
            throw json.error(path, "expected a time such as 2026-05-02T10:15:00Z, but the field is " + (v == null ? "missing" : "null"));
        }
        if (!v.isTextual()) throw json.error(path, "expected a time such as 2026-05-02T10:15:00Z, found " + describe(v));
        try {
            return OffsetDateTime.parse(v.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw json.error(path, "expected a time such as 2026-05-02T10:15:00Z, found \"" + v.asText() + "\"");
        }
    }

    private static String describe(JsonNode v) {
        if (v.isNull()) return "null";
        if (v.isTextual()) return "the string \"" + abbreviate(v.asText()) + "\"";
        if (v.isNumber()) return "the number " + v.asText();
        if (v.isBoolean()) return v.asText();
        if (v.isArray()) return "an array";
        return "an object";
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
