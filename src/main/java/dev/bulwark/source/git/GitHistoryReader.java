package dev.bulwark.source.git;

import dev.bulwark.model.change.ChangeHistory;
import dev.bulwark.model.change.CommitInfo;
import dev.bulwark.model.change.Landing;
import dev.bulwark.model.change.Person;
import dev.bulwark.model.change.Trailer;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a branch's first-parent history from a git repository with JGit: each commit that landed on
 * the branch in the period, the infrastructure files it changed, its trailers, and for merges the
 * commits they brought in. Read-only: the repository and its work tree are never touched.
 */
public final class GitHistoryReader {
    private GitHistoryReader() {}

    /**
     * @param path the repository's work tree or any directory inside it (or its git directory)
     * @throws ChangeInputException when {@code path} is not in a git repository, the branch cannot be
     *                              found, or a shallow clone's history stops inside the period
     */
    public static ChangeHistory read(Path path, HistoryQuery query) throws ChangeInputException {
        String shown = path.toString();
        try (Repository repo = GitRepositories.open(path)) {
            BranchResolver.Resolved branch = BranchResolver.resolve(repo, query.branch(), shown);
            Path workTree = repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath();
            ObjectId head = branch.ref().getObjectId();
            List<Landing> landings = new Walker(repo, query, shown).landings(head, branch.name());
            return new ChangeHistory(workTree, branch.name(), head.name(), query.since(), query.until(), landings);
        } catch (MissingObjectException e) {
            throw new ChangeInputException(shown + ": the repository is missing object " + e.getObjectId().name()
                    + " (a partial or damaged clone?)", e);
        } catch (IOException e) {
            throw new ChangeInputException(shown + ": cannot read the git repository: " + e.getMessage(), e);
        }
    }

    /**
     * The work tree (or, for a bare repository, the git directory) of the repository holding
     * {@code path}; empty when {@code path} is not inside one. Used to find the repository's
     * {@code .bulwark.yaml} before reading history.
     */
    public static Optional<Path> findWorkTree(Path path) {
        if (!Files.isDirectory(path)) return Optional.empty();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(path.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) return Optional.empty();
        try (Repository repo = builder.setMustExist(true).build()) {
            return Optional.of(repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One read of one repository: a commit walk, a diff engine and the shallow boundary. */
    private static final class Walker {
        private final Repository repo;
        private final HistoryQuery query;
        private final String shown;
        private final Set<ObjectId> shallow;

        Walker(Repository repo, HistoryQuery query, String shown) throws IOException {
            this.repo = repo;
            this.query = query;
            this.shown = shown;
            this.shallow = repo.getObjectDatabase().getShallowCommits();
        }

        List<Landing> landings(ObjectId head, String branch) throws IOException, ChangeInputException {
            List<Landing> out = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repo); DiffFormatter diff = diffFormatter()) {
                RevCommit c = walk.parseCommit(head);
                // Commit times need not decrease along the chain (clock skew, rebases), so the whole
                // first-parent chain is walked rather than stopping at the first old commit.
                while (true) {
                    Instant landed = c.getCommitterIdent().getWhenAsInstant();
                    boolean inPeriod = !landed.isBefore(query.since()) && !landed.isAfter(query.until());
                    if (shallow.contains(c.getId()) && !landed.isBefore(query.since())) {
                        throw new ChangeInputException(shown + ": the repository is a shallow clone whose history of " + branch + " stops at "
                                + c.getId().abbreviate(7).name() + " (" + landed + "), inside the period from " + query.since()
                                + "; fetch the rest, e.g. git fetch --shallow-since=" + query.since().toString().substring(0, 10));
                    }
                    if (inPeriod) out.add(new Landing(info(walk, diff, c), c.getParentCount() > 1 ? merged(walk, diff, c, null) : List.of()));
                    if (c.getParentCount() == 0 || shallow.contains(c.getId())) break;
                    c = walk.parseCommit(c.getParent(0));
                }
            }
            Collections.reverse(out);
            return out;
        }

        /**
         * The lines a merge brought in: from each other parent, first parents back to the first
         * commit the branch already had. {@code within} limits nested merges to commits new to the
         * outer branch, so a merge of the branch back into a feature line adds nothing twice.
         */
        private List<Landing> merged(RevWalk walk, DiffFormatter diff, RevCommit merge, Set<ObjectId> within) throws IOException {
            Set<ObjectId> fresh = new HashSet<>();
            try (RevWalk side = new RevWalk(repo)) {
                for (int i = 1; i < merge.getParentCount(); i++) side.markStart(side.parseCommit(merge.getParent(i)));
                side.markUninteresting(side.parseCommit(merge.getParent(0)));
                for (RevCommit m : side) {
                    if (within == null || within.contains(m.getId())) fresh.add(m.getId().copy());
                }
            }
            List<Landing> out = new ArrayList<>();
            for (int i = 1; i < merge.getParentCount(); i++) {
                List<Landing> line = new ArrayList<>();
                RevCommit c = walk.parseCommit(merge.getParent(i));
                while (fresh.contains(c.getId())) {
                    line.add(new Landing(info(walk, diff, c), c.getParentCount() > 1 ? merged(walk, diff, c, fresh) : List.of()));
                    fresh.remove(c.getId());  // an octopus or criss-cross merge reaches some commits twice: list them once
                    if (c.getParentCount() == 0 || shallow.contains(c.getId())) break;
                    c = walk.parseCommit(c.getParent(0));
                }
                Collections.reverse(line);
                out.addAll(line);
            }
            return out;
        }

        private CommitInfo info(RevWalk walk, DiffFormatter diff, RevCommit c) throws IOException {
            List<String> parents = new ArrayList<>();
            for (RevCommit p : c.getParents()) parents.add(p.getId().name());
            List<Trailer> trailers = new ArrayList<>();
            for (FooterLine f : c.getFooterLines()) trailers.add(new Trailer(f.getKey(), f.getValue().strip()));
            PersonIdent a = c.getAuthorIdent();
            PersonIdent k = c.getCommitterIdent();
            return new CommitInfo(c.getId().name(), CommitPeople.of(a), a.getWhenAsInstant(), CommitPeople.of(k), k.getWhenAsInstant(),
                    c.getShortMessage(), c.getFullMessage(), trailers, parents, infrastructureFiles(walk, diff, c));
        }

        /** Paths changed against the first parent (both sides of a rename or delete) that are infrastructure. */
        private List<String> infrastructureFiles(RevWalk walk, DiffFormatter diff, RevCommit c) throws IOException {
            Set<String> out = new TreeSet<>();
            try (ObjectReader reader = repo.newObjectReader()) {
                AbstractTreeIterator before = c.getParentCount() == 0 || shallow.contains(c.getId())
                        ? new EmptyTreeIterator()
                        : new CanonicalTreeParser(null, reader, walk.parseCommit(c.getParent(0)).getTree());
                AbstractTreeIterator after = new CanonicalTreeParser(null, reader, c.getTree());
                for (DiffEntry e : diff.scan(before, after)) {
                    for (String p : List.of(e.getOldPath(), e.getNewPath())) {
                        if (!DiffEntry.DEV_NULL.equals(p) && query.infrastructure().matches(p)) out.add(p);
                    }
                }
            }
            return List.copyOf(out);
        }

        private DiffFormatter diffFormatter() {
            DiffFormatter f = new DiffFormatter(DisabledOutputStream.INSTANCE);
            f.setRepository(repo);
            f.setDetectRenames(false);  // a rename is a delete plus an add: both paths count as touched
            return f;
        }
    }
}
