package dev.bulwark.source.git;

import dev.bulwark.model.change.Person;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every file version that commits reachable from the branches brought in, each read once. The
 * walk starts at every local branch ({@code refs/heads}), every remote-tracking branch
 * ({@code refs/remotes}) and {@code HEAD} (a detached checkout), and goes oldest first (parents
 * before children), so the first commit a blob is met in is one that introduced it. A commit
 * contributes the blobs at paths where it differs from every parent (a root commit, or the last
 * commit of a shallow clone: all its blobs); whole unchanged subtrees are skipped by comparing
 * tree ids, so no textual diff is made. Symbolic links and submodules are not files and are left
 * out; so are blobs over the size limit and binary ones (git's own test: a NUL byte in the first
 * 8,000 bytes). Read-only: nothing in the repository is written.
 */
public final class CommittedBlobs {
    /** Larger blobs are data, archives or generated bundles; reading them would cost memory for little. */
    public static final long MAX_BLOB_BYTES = 8L * 1024 * 1024;

    private CommittedBlobs() {}

    /** A commit as a finding names it. {@code committedAt} is the committer's time, which {@code --since} compares. */
    public record Commit(String sha, Person author, Instant committedAt, String subject) {
        public String shortSha() {
            return sha.substring(0, Math.min(7, sha.length()));
        }
    }

    /** Receives the blobs as the walk meets them. */
    public interface Visitor {
        /** A text blob met for the first time, at {@code path} in {@code commit}. */
        void read(Commit commit, String path, ObjectId blob, byte[] content);

        /** A text blob read earlier that {@code commit} brings in again at {@code path} (a copy, a move, a revert). */
        void again(Commit commit, String path, ObjectId blob);
    }

    /**
     * What the walk covered.
     *
     * @param starts   the refs the walk started from, by full name
     * @param commits  commits in the period whose changes were looked at
     * @param read     blobs read (each once)
     * @param bytes    their total size
     * @param binary   blobs left out as binary
     * @param tooLarge blobs left out as larger than {@link #MAX_BLOB_BYTES}
     */
    public record Coverage(List<String> starts, int commits, int read, long bytes, int binary, int tooLarge) {
        public Coverage {
            starts = List.copyOf(starts);
        }
    }

    /**
     * Walks the history; commits whose committer time is before {@code since} (null: none) are
     * passed over, but their blobs still count as the parents' side of later commits.
     */
    public static Coverage walk(Repository repo, Instant since, Visitor visitor) throws IOException {
        return new Walk(repo, since, visitor).run();
    }

    /** The regular files of {@code HEAD}'s tree with their blob ids; empty when HEAD has no commit yet. */
    public static List<TreeFile> headFiles(Repository repo) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD + "^{tree}");
        if (head == null) return List.of();
        List<TreeFile> out = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(head);
            tw.setRecursive(true);
            while (tw.next()) {
                if (isFile(tw.getRawMode(0))) out.add(new TreeFile(tw.getPathString(), tw.getObjectId(0)));
            }
        }
        return out;
    }

    /** A file in a tree: its path and blob id. */
    public record TreeFile(String path, ObjectId blob) {}

    /**
     * The blob's bytes when it is text within the size limit, else null; {@code leftOut} (when not
     * null) counts why one was left out: index 0 binary, index 1 too large.
     */
    public static byte[] readText(ObjectReader reader, ObjectId blob, int[] leftOut) throws IOException {
        long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
        if (size > MAX_BLOB_BYTES) {
            if (leftOut != null) leftOut[1]++;
            return null;
        }
        byte[] content = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes((int) MAX_BLOB_BYTES);
        if (RawText.isBinary(content, content.length, true)) {
            if (leftOut != null) leftOut[0]++;
            return null;
        }
        return content;
    }

    /** Regular and executable files; not symbolic links, submodules or trees. */
    private static boolean isFile(int mode) {
        return (mode & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
    }

    /** One walk of one repository. */
    private static final class Walk {
        private final Repository repo;
        private final Instant since;
        private final Visitor visitor;
        /** Every blob met so far: read, binary or too large alike, so none is looked at twice. */
        private final Set<ObjectId> seen = new HashSet<>();
        /** The blobs of {@link #seen} that were read (text within the limit). */
        private final Set<ObjectId> text = new HashSet<>();
        private final int[] leftOut = new int[2];
        private int commits;
        private int read;
        private long bytes;

        Walk(Repository repo, Instant since, Visitor visitor) {
            this.repo = repo;
            this.since = since;
            this.visitor = visitor;
        }

        Coverage run() throws IOException {
            Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
            List<String> starts = new ArrayList<>();
            try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader); TreeWalk tw = new TreeWalk(repo, reader)) {
                walk.sort(RevSort.TOPO, true);
                walk.sort(RevSort.REVERSE, true);
                for (Ref ref : startRefs()) {
                    RevCommit start = commitOf(walk, ref.getObjectId());
                    if (start == null) continue;
                    walk.markStart(start);
                    starts.add(ref.getName());
                }
                tw.setRecursive(true);
                for (RevCommit c : walk) {
                    if (since != null && Instant.ofEpochSecond(c.getCommitTime()).isBefore(since)) continue;
                    commits++;
                    changes(reader, tw, c, shallow.contains(c.getId()));
                }
            }
            return new Coverage(starts, commits, read, bytes, leftOut[0], leftOut[1]);
        }

        private List<Ref> startRefs() throws IOException {
            List<Ref> refs = new ArrayList<>(repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS));
            refs.addAll(repo.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES));
            Ref head = repo.exactRef(Constants.HEAD);
            if (head != null && !head.isSymbolic()) refs.add(head);
            refs.removeIf(r -> r.getObjectId() == null || r.isSymbolic());  // origin/HEAD repeats a branch
            refs.sort(Comparator.comparing(Ref::getName));
            return refs;
        }

        /** The commit a ref leads to (through annotated tags), or null when it names something else or nothing present. */
        private static RevCommit commitOf(RevWalk walk, ObjectId id) throws IOException {
            try {
                RevObject o = walk.parseAny(id);
                while (o instanceof RevTag t) o = walk.parseAny(t.getObject());
                return o instanceof RevCommit c ? c : null;
            } catch (MissingObjectException e) {
                return null;
            }
        }

        /** Hands the visitor each file of {@code c} whose blob differs from every parent's at that path. */
        private void changes(ObjectReader reader, TreeWalk tw, RevCommit c, boolean shallowEnd) throws IOException {
            tw.reset();
            tw.addTree(c.getTree());
            int parents = shallowEnd ? 0 : c.getParentCount();
            for (int i = 0; i < parents; i++) tw.addTree(c.getParent(i).getTree());
            tw.setFilter(parents == 0 ? TreeFilter.ALL : TreeFilter.ANY_DIFF);
            Commit commit = null;
            while (tw.next()) {
                if (!isFile(tw.getRawMode(0)) || inSomeParent(tw, parents)) continue;
                ObjectId blob = tw.getObjectId(0);
                if (commit == null) commit = describe(c);
                if (!seen.add(blob)) {
                    if (text.contains(blob)) visitor.again(commit, tw.getPathString(), blob);
                    continue;
                }
                byte[] content = readText(reader, blob, leftOut);
                if (content == null) continue;
                text.add(blob);
                read++;
                bytes += content.length;
                visitor.read(commit, tw.getPathString(), blob, content);
            }
        }

        /** Whether a parent has the same blob at this path (for a merge, the side it came from). */
        private static boolean inSomeParent(TreeWalk tw, int parents) {
            for (int i = 1; i <= parents; i++) {
                if (tw.idEqual(0, i)) return true;
            }
            return false;
        }

        private static Commit describe(RevCommit c) {
            return new Commit(c.getId().name(), CommitPeople.of(c.getAuthorIdent()), Instant.ofEpochSecond(c.getCommitTime()), c.getShortMessage());
        }
    }
}
