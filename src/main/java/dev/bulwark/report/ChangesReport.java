package dev.bulwark.report;

import dev.bulwark.rule.ChangeVerdict;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a change-approval report is written from: the history that was judged (its branch, head and
 * period, how many commits landed and how many changed infrastructure), the settings it was judged
 * by, the pull requests given, the rules that judged it and their verdict on each change.
 *
 * @param approval          the approval mode's id ({@code pull-request}, {@code trailer}, {@code either})
 * @param configFile        the file the settings came from, null for the defaults
 * @param pullRequestsFile  the pull requests' file, null when none was given
 * @param judged            every verdict, in history order per rule
 */
public record ChangesReport(Path repository, String branch, String head, Instant since, Instant until, int commits,
                            int infrastructureCommits, String approval, List<String> trailers, List<String> infrastructure,
                            String configFile, String pullRequestsFile, long pullRequestsMerged, List<Rule> rules,
                            List<Judged> judged) {
    /** One rule's verdict on one change. */
    public record Judged(Rule rule, ChangeVerdict verdict) {}

    public ChangesReport {
        trailers = List.copyOf(trailers);
        infrastructure = List.copyOf(infrastructure);
        rules = List.copyOf(rules);
        judged = List.copyOf(judged);
    }

    public List<Judged> failures() {
        return with(Status.FAIL);
    }

    /** Changes whose approval could not be decided from what was given. */
    public List<Judged> undecided() {
        return with(Status.UNKNOWN);
    }

    public List<Judged> approved() {
        return with(Status.PASS);
    }

    /** FAIL, else UNKNOWN, else PASS over the rule's verdicts; NOT_APPLICABLE with nothing to judge. */
    public Status status(Rule rule) {
        return Status.overall(judged.stream().filter(j -> j.rule() == rule).map(j -> j.verdict().status()).toList());
    }

    private List<Judged> with(Status status) {
        return judged.stream().filter(j -> j.verdict().status() == status).toList();
    }

    /** Times to the second, as both formats print them. */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
