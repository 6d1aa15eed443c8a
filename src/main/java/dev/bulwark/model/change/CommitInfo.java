package dev.bulwark.model.change;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One commit as the change check needs it.
 *
 * @param subject             the message's first line
 * @param message             the whole message, for the marks a code host leaves when it merges (see {@link PullRequestMark})
 * @param infrastructureFiles infrastructure paths this commit changed against its first parent
 *                            (added, modified or deleted), sorted; for a root commit, every such path it holds
 */
public record CommitInfo(String sha, Person author, Instant authoredAt, Person committer, Instant committedAt, String subject,
                         String message, List<Trailer> trailers, List<String> parents, List<String> infrastructureFiles) {
    public CommitInfo {
        Objects.requireNonNull(sha, "sha");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(committedAt, "committedAt");
        trailers = List.copyOf(trailers);
        parents = List.copyOf(parents);
        infrastructureFiles = List.copyOf(infrastructureFiles);
    }

    /** The abbreviation people read in reports: the first 7 hex digits. */
    public String shortSha() {
        return sha.substring(0, Math.min(7, sha.length()));
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    public boolean touchesInfrastructure() {
        return !infrastructureFiles.isEmpty();
    }

    /** The values of the trailers with any of these keys (case-insensitive), in message order. */
    public List<String> trailerValues(Collection<String> keys) {
        return trailers.stream().filter(t -> keys.stream().anyMatch(t::hasKey)).map(Trailer::value).toList();
    }
}
