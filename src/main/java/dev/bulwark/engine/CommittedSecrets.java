package dev.bulwark.engine;

import dev.bulwark.secret.SecretMatch;
import dev.bulwark.secret.SecretScanner;
import dev.bulwark.source.git.CommittedBlobs;
import org.eclipse.jgit.lib.ObjectId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secrets ever committed, gathered from a history walk: each blob's secrets found once, and
 * every commit and path that brought one in recorded against the secret (by rule and fingerprint),
 * so that one secret committed in many places is one {@link Secret} that knows its first commit.
 */
final class CommittedSecrets implements CommittedBlobs.Visitor {
    /** Where a secret was committed: the commit that brought the blob in at this path, and the place in the file. */
    record Occurrence(CommittedBlobs.Commit commit, String path, int line, int column) {}

    /**
     * One secret and everywhere it was committed.
     *
     * @param match  the secret as found first (rule, redacted form, fingerprint, what was recognised)
     * @param first  the earliest commit (by commit time; in walk order on a tie) that brought it in
     * @param byPath the first occurrence on each path, in the order met
     * @param count  all occurrences: every commit and path that brought it in
     */
    record Secret(SecretMatch match, Occurrence first, Map<String, Occurrence> byPath, int count) {}

    private final SecretScanner scanner;
    /** The secrets of each blob read that held any; blobs without secrets are not kept. */
    private final Map<ObjectId, List<SecretMatch>> blobSecrets = new HashMap<>();
    private final Map<String, Builder> secrets = new LinkedHashMap<>();

    CommittedSecrets(SecretScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public void read(CommittedBlobs.Commit commit, String path, ObjectId blob, byte[] content) {
        List<SecretMatch> found = scanner.scan(content);
        if (found.isEmpty()) return;
        blobSecrets.put(blob, found);
        record(commit, path, found);
    }

    @Override
    public void again(CommittedBlobs.Commit commit, String path, ObjectId blob) {
        List<SecretMatch> found = blobSecrets.get(blob);
        if (found != null) record(commit, path, found);
    }

    /** The secrets of a blob the walk read, or null when it was not read (never met, binary or too large). */
    List<SecretMatch> secretsOf(ObjectId blob) {
        return blobSecrets.get(blob);
    }

    private void record(CommittedBlobs.Commit commit, String path, List<SecretMatch> found) {
        for (SecretMatch m : found) {
            secrets.computeIfAbsent(key(m), k -> new Builder(m)).add(new Occurrence(commit, path, m.line(), m.column()));
        }
    }

    static String key(SecretMatch m) {
        return m.ruleId() + " " + m.fingerprint();
    }

    /** Every secret found, ordered by the time of its first commit, then path and line. */
    List<Secret> secrets() {
        List<Secret> out = new ArrayList<>();
        for (Builder b : secrets.values()) out.add(new Secret(b.match, b.first, Collections.unmodifiableMap(new LinkedHashMap<>(b.byPath)), b.count));
        out.sort(Comparator.comparing((Secret s) -> s.first().commit().committedAt())
                .thenComparing(s -> s.first().path()).thenComparingInt(s -> s.first().line()).thenComparing(s -> s.match().ruleId()));
        return out;
    }

    private static final class Builder {
        final SecretMatch match;
        Occurrence first;
        final Map<String, Occurrence> byPath = new LinkedHashMap<>();
        int count;

        Builder(SecretMatch match) {
            this.match = match;
        }

        void add(Occurrence o) {
            count++;
            if (first == null || o.commit().committedAt().isBefore(first.commit().committedAt())) first = o;
            Occurrence onPath = byPath.get(o.path());
            if (onPath == null || o.commit().committedAt().isBefore(onPath.commit().committedAt())) byPath.put(o.path(), o);
        }
    }
}
