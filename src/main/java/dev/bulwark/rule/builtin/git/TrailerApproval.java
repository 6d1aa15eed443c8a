package dev.bulwark.rule.builtin.git;

import dev.bulwark.model.change.CommitInfo;
import dev.bulwark.model.change.Person;
import dev.bulwark.model.change.Trailer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a commit's approval trailers say: which of them name someone other than the author, and
 * which name the author. A trailer with an email address is compared by address, one with only a
 * name by name.
 */
record TrailerApproval(List<Trailer> others, List<Trailer> self) {
    static TrailerApproval of(CommitInfo commit, List<String> keys) {
        List<Trailer> others = new ArrayList<>();
        List<Trailer> self = new ArrayList<>();
        for (Trailer t : commit.trailers()) {
            if (keys.stream().noneMatch(t::hasKey) || t.value().isBlank()) continue;
            (Person.parse(t.value()).isSamePersonAs(commit.author()) ? self : others).add(t);
        }
        return new TrailerApproval(List.copyOf(others), List.copyOf(self));
    }

    boolean approved() {
        return !others.isEmpty();
    }

    boolean selfOnly() {
        return others.isEmpty() && !self.isEmpty();
    }

    /** The approvers other than the author, as written. */
    List<String> approvers() {
        return others.stream().map(t -> Person.parse(t.value()).toString()).distinct().toList();
    }

    /** The trailers as they appear in the message: {@code Approved-by: Bob <bob@example.com>}. */
    static String text(List<Trailer> trailers) {
        return trailers.stream().map(t -> t.key() + ": " + t.value()).collect(Collectors.joining(", "));
    }
}
