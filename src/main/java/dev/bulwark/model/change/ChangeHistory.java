package dev.bulwark.model.change;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The first-parent history of one branch within a period, oldest first.
 *
 * @param workTree   the repository's work tree (or its git directory when bare)
 * @param branch     the branch as resolved, e.g. {@code main} or {@code origin/main}
 * @param head       the full sha the branch pointed to
 * @param since      start of the period (inclusive), compared with each commit's committer time
 * @param until      end of the period (inclusive)
 * @param landings   every first-parent commit in the period, infrastructure or not, oldest first
 */
public record ChangeHistory(Path workTree, String branch, String head, Instant since, Instant until, List<Landing> landings) {
    public ChangeHistory {
        landings = List.copyOf(landings);
    }

    /** The landings that changed infrastructure files, oldest first. */
    public List<Landing> infrastructureLandings() {
        return landings.stream().filter(Landing::touchesInfrastructure).toList();
    }
}
