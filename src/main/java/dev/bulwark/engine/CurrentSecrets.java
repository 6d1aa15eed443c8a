package dev.bulwark.engine;

import dev.bulwark.secret.SecretMatch;
import dev.bulwark.secret.SecretScanner;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.source.git.CommittedBlobs;
import dev.bulwark.source.tree.FileTree;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the secrets are now: in the files of {@code HEAD}'s tree, and in the files on disk in the
 * work tree (committed or not, ignored ones included, as {@link FileTree} walks them). Keyed as
 * {@link CommittedSecrets#key}, so a secret found in history can be looked up by rule and fingerprint.
 */
final class CurrentSecrets {
    private static final String HEAD = "HEAD:";

    private final Map<String, Set<String>> places = new HashMap<>();

    private CurrentSecrets() {}

    /**
     * @param history the history walk's results, so HEAD's blobs it already read are not read again
     */
    static CurrentSecrets find(Repository repo, CommittedSecrets history, SecretScanner scanner) throws IOException {
        CurrentSecrets now = new CurrentSecrets();
        try (ObjectReader reader = repo.newObjectReader()) {
            for (CommittedBlobs.TreeFile f : CommittedBlobs.headFiles(repo)) {
                List<SecretMatch> found = history.secretsOf(f.blob());
                if (found == null) {
                    byte[] content = CommittedBlobs.readText(reader, f.blob(), null);
                    found = content == null ? List.of() : scanner.scan(content);
                }
                now.add(found, HEAD + f.path());
            }
        }
        if (!repo.isBare()) {
            Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            FileTree tree = FileTree.walk(List.of(workTree), p -> true, p -> SourceOptions.display(workTree, p));
            for (Path file : tree.files()) {
                byte[] content;
                try {
                    content = Files.readAllBytes(file);
                } catch (IOException e) {
                    continue;  // unreadable now: nothing to say about it being present
                }
                if (RawText.isBinary(content, content.length, true)) continue;
                now.add(scanner.scan(content), SourceOptions.display(workTree, file));
            }
        }
        return now;
    }

    private void add(List<SecretMatch> found, String where) {
        for (SecretMatch m : found) places.computeIfAbsent(CommittedSecrets.key(m), k -> new TreeSet<>()).add(where);
    }

    /**
     * Where the secret is now, sorted: work-tree paths relative to its root, and {@code HEAD:path} for
     * a file of the checked-out commit that the work tree no longer has it in; empty when it is
     * nowhere any more.
     */
    Set<String> placesOf(SecretMatch m) {
        Set<String> all = places.getOrDefault(CommittedSecrets.key(m), Set.of());
        Set<String> out = new TreeSet<>(all);
        out.removeIf(p -> p.startsWith(HEAD) && all.contains(p.substring(HEAD.length())));  // on disk as committed: name it once
        return out;
    }
}
