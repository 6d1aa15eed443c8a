package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.Item;
import dev.bulwark.finding.RelatedLocation;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;
import dev.bulwark.secret.SecretMatch;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.source.git.CommittedBlobs;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One failed finding per secret ever committed, on the rule of its family: where it was first
 * committed (commit, author, date, file and line), the other paths it was committed at, and whether
 * it is still in the work tree. The message never holds the value, only its redacted form and
 * fingerprint, and always says that a committed secret stays exposed until it is rotated.
 */
final class HistoryFindings {
    /** The resource type of a committed secret; its address is {@code secret:FINGERPRINT}. */
    static final String TYPE = "committed_secret";

    private final Map<String, Rule> byRuleId = new HashMap<>();
    private final Path workTree;
    private final Path workingDir;

    HistoryFindings(List<Rule> rules, Path workTree, Path workingDir) {
        for (Rule r : rules) byRuleId.put(r.id(), r);
        this.workTree = workTree;
        this.workingDir = workingDir;
    }

    /** Findings for the secrets whose rule runs, in the order given (first commit's time, path, line). */
    List<Finding> of(List<CommittedSecrets.Secret> secrets, CurrentSecrets now) {
        List<Finding> out = new ArrayList<>();
        for (CommittedSecrets.Secret s : secrets) {
            Rule rule = byRuleId.get(s.match().ruleId());
            if (rule != null) out.add(finding(rule, s, now.placesOf(s.match())));
        }
        return out;
    }

    private Finding finding(Rule rule, CommittedSecrets.Secret s, Set<String> current) {
        SecretMatch m = s.match();
        CommittedSecrets.Occurrence first = s.first();
        List<RelatedLocation> related = new ArrayList<>();
        for (CommittedSecrets.Occurrence o : s.byPath().values()) {
            if (o.path().equals(first.path())) continue;
            related.add(new RelatedLocation(location(o), "also committed at " + o.path() + " in " + o.commit().shortSha() + " on " + day(o.commit())));
        }
        return new Finding(rule, Status.FAIL, "secret:" + m.fingerprint(), TYPE, location(first), null, message(s, current), null,
                item(s, current), related);
    }

    private SourceLocation location(CommittedSecrets.Occurrence o) {
        return SourceLocation.at(SourceOptions.display(workingDir, workTree.resolve(o.path())), o.line(), o.column());
    }

    static String message(CommittedSecrets.Secret s, Set<String> current) {
        SecretMatch m = s.match();
        CommittedSecrets.Occurrence first = s.first();
        CommittedBlobs.Commit c = first.commit();
        StringBuilder b = new StringBuilder(capitalised(m.detail())).append(": ").append(m.redacted())
                .append(", fingerprint ").append(m.fingerprint())
                .append(", first committed in ").append(c.shortSha()).append(" by ").append(c.author()).append(" on ").append(day(c))
                .append(" (").append(first.path()).append(" line ").append(first.line()).append(")");
        int paths = s.byPath().size();
        if (s.count() > 1) {
            b.append("; committed ").append(s.count()).append(" times").append(paths > 1 ? " at " + paths + " paths" : "");
        }
        if (current.isEmpty()) {
            b.append(". It is no longer in the working tree, but a secret in history stays exposed until it is rotated:"
                    + " rotate it (removing it from the files, or even from history, does not make it safe)");
        } else {
            b.append(". It is still in the working tree (").append(String.join(", ", current)).append(");"
                    + " a secret in history stays exposed until it is rotated, even once removed: rotate it, then remove it");
        }
        return b.toString();
    }

    /** The commit that first brought the secret in, with what a reader acts on; the value is never among it. */
    static Item item(CommittedSecrets.Secret s, Set<String> current) {
        SecretMatch m = s.match();
        CommittedBlobs.Commit c = s.first().commit();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("commit", c.sha());
        d.put("author", c.author().toString());
        d.put("committed", c.committedAt().toString());
        d.put("path", s.first().path());
        d.put("line", Integer.toString(s.first().line()));
        d.put("secret", m.redacted());
        d.put("fingerprint", m.fingerprint());
        d.put("family", m.family().id());
        d.put("paths", String.join(", ", s.byPath().keySet()));
        d.put("occurrences", Integer.toString(s.count()));
        d.put("inWorkingTree", current.isEmpty() ? "no" : "yes");
        if (!current.isEmpty()) d.put("workingTreePaths", String.join(", ", current));
        return new Item("commit", c.shortSha(), d);
    }

    private static String day(CommittedBlobs.Commit c) {
        return c.committedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
