package dev.bulwark.engine.demo;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Makes the demo's copy of the example a git repository with a short history on {@code main}, so that
 * change approval (3.5.1) has something to judge: two approved changes (by trailer) and one pushed
 * without review.
 */
final class DemoHistory {
    private record Change(List<String> paths, String author, String email, int daysAgo, String message) {}

    private static final List<Change> CHANGES = List.of(
            new Change(List.of("."), "Alice Admin", "alice@example.com", 40,
                    "Platform: network, logging, storage, database and backups\n\nApproved-by: Bob Builder <bob@example.com>\n"),
            new Change(List.of("compute.tf"), "Carol Ops", "carol@example.com", 12,
                    "Bastion host and workers\n"),
            new Change(List.of(".github"), "Bob Builder", "bob@example.com", 5,
                    "Deploy with GitHub Actions\n\nReviewed-by: Alice Admin <alice@example.com>\n"));

    /** Paths the first commit leaves for later ones. */
    private static final List<String> LATER = List.of("compute.tf", ".github");

    private DemoHistory() {}

    /** Commits the tree in {@link #CHANGES}, each dated that many days before {@code now}; returns how many commits. */
    static int write(Path tree, Instant now) throws IOException {
        try (Git git = Git.init().setDirectory(tree.toFile()).setInitialBranch("main").call()) {
            for (Change c : CHANGES) {
                if (c.paths().equals(List.of("."))) {
                    git.add().addFilepattern(".").call();
                    for (String later : LATER) git.rm().setCached(true).addFilepattern(later).call();
                } else {
                    for (String p : c.paths()) git.add().addFilepattern(p).call();
                }
                PersonIdent who = new PersonIdent(c.author(), c.email(), now.minus(Duration.ofDays(c.daysAgo())), ZoneOffset.UTC);
                git.commit().setMessage(c.message()).setSign(false).setNoVerify(true).setAuthor(who).setCommitter(who).call();
            }
            return CHANGES.size();
        } catch (GitAPIException e) {
            throw new IOException("cannot write the demo's git history in " + tree + ": " + e.getMessage(), e);
        }
    }
}
