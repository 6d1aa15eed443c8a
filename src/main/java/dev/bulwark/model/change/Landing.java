package dev.bulwark.model.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One commit that arrived on a branch through its first-parent line, with what it brought in.
 * For a merge, {@code merged} holds the first-parent line of each other parent back to where it
 * meets the branch, oldest first, as landings in their own right (so a merge of a merge nests).
 * The commit's infrastructure files are what it changed against its first parent: for a merge, the
 * whole difference it made to the branch.
 */
public record Landing(CommitInfo commit, List<Landing> merged) {
    public Landing {
        Objects.requireNonNull(commit, "commit");
        merged = List.copyOf(merged);
    }

    public boolean touchesInfrastructure() {
        return commit.touchesInfrastructure();
    }

    /** Every commit this landing brought in besides itself, at any depth, oldest first within each line. */
    public List<CommitInfo> broughtIn() {
        List<CommitInfo> out = new ArrayList<>();
        for (Landing m : merged) {
            out.addAll(m.broughtIn());
            out.add(m.commit);
        }
        return out;
    }
}
