package dev.bulwark.source.git;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.util.List;

/**
 * Picks the branch whose history is checked: the one named, else the checked-out branch, else
 * {@code main}, else {@code master}. A name is looked up as a local branch first, then as
 * {@code origin}'s (CI checkouts often have only the remote-tracking branch and a detached HEAD).
 */
final class BranchResolver {
    private static final List<String> FALLBACKS = List.of("main", "master");

    private BranchResolver() {}

    record Resolved(String name, Ref ref) {}

    static Resolved resolve(Repository repo, String wanted, String shownRepo) throws IOException, ChangeInputException {
        if (wanted != null) {
            Resolved r = lookUp(repo, wanted);
            if (r == null) {
                throw new ChangeInputException(shownRepo + ": branch \"" + wanted + "\" not found (looked for refs/heads/" + wanted
                        + " and refs/remotes/origin/" + wanted + ")");
            }
            return r;
        }
        Ref head = repo.exactRef(Constants.HEAD);
        if (head != null && head.isSymbolic()) {
            Ref target = head.getTarget();
            String name = Repository.shortenRefName(target.getName());
            if (target.getObjectId() == null) throw new ChangeInputException(shownRepo + ": the checked-out branch " + name + " has no commits yet");
            return new Resolved(name, target);
        }
        for (String name : FALLBACKS) {
            Resolved r = lookUp(repo, name);
            if (r != null) return r;
        }
        throw new ChangeInputException(shownRepo + ": cannot tell which branch to check: HEAD is detached and there is no main or master branch"
                + " (name one with --branch or changes.branch in .bulwark.yaml)");
    }

    private static Resolved lookUp(Repository repo, String name) throws IOException {
        for (String full : List.of(Constants.R_HEADS + name, Constants.R_REMOTES + "origin/" + name)) {
            Ref ref = repo.exactRef(full);
            if (ref != null && ref.getObjectId() != null) return new Resolved(Repository.shortenRefName(full), ref);
        }
        return null;
    }
}
