package dev.bulwark.source.git;

import dev.bulwark.model.change.Person;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommittedBlobsTest {
    private static final Person ANA = new Person("Ana Author", "ana@example.com");
    private static final Person BO = new Person("Bo Builder", "bo@example.com");
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path tmp;

    /** What the visitor saw, as "read|again sha7 path: content". */
    private static final class Seen implements CommittedBlobs.Visitor {
        final List<String> events = new ArrayList<>();

        @Override
        public void read(CommittedBlobs.Commit commit, String path, ObjectId blob, byte[] content) {
            events.add("read " + commit.subject() + " " + path + ": " + new String(content, StandardCharsets.UTF_8));
        }

        @Override
        public void again(CommittedBlobs.Commit commit, String path, ObjectId blob) {
            events.add("again " + commit.subject() + " " + path);
        }
    }

    private static Instant day(int n) {
        return T0.plusSeconds(86_400L * n);
    }

    private static CommittedBlobs.Coverage walk(Path dir, Instant since, Seen seen) throws Exception {
        try (Repository repo = GitRepositories.open(dir)) {
            return CommittedBlobs.walk(repo, since, seen);
        }
    }

    @Test
    void eachCommitContributesOnlyTheBlobsItChangesAndEachBlobIsReadOnce() throws Exception {
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("a.txt", "one").write("dir/b.txt", "bee").commit("first", ANA, day(0));
            r.write("a.txt", "two").commit("edit a", ANA, day(1));
            r.write("a.txt", "one").commit("revert a", BO, day(2));
            r.write("copy/b.txt", "bee").commit("copy b", BO, day(3));
            r.delete("dir/b.txt").commit("delete b", BO, day(4));
        }
        Seen seen = new Seen();
        CommittedBlobs.Coverage c = walk(tmp, null, seen);
        assertThat(seen.events).containsExactly(
                "read first a.txt: one", "read first dir/b.txt: bee",
                "read edit a a.txt: two",
                "again revert a a.txt",
                "again copy b copy/b.txt");
        assertThat(c.commits()).isEqualTo(5);
        assertThat(c.read()).isEqualTo(3);
        assertThat(c.bytes()).isEqualTo(9);
        assertThat(c.starts()).containsExactly("refs/heads/main");
    }

    @Test
    void everyBranchIsWalkedAndAMergeAddsOnlyWhatNeitherParentHad() throws Exception {
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("a.txt", "base").commit("base", ANA, day(0));
            r.branch("feature").write("f.txt", "feature work").commit("feature", BO, day(1));
            r.branch("side").write("s.txt", "side only").commit("side", BO, day(2));
            r.checkout("main").write("m.txt", "main work").commit("main work", ANA, day(3));
            r.merge("feature", "merge feature", ANA, day(4));
        }
        Seen seen = new Seen();
        CommittedBlobs.Coverage c = walk(tmp, null, seen);
        assertThat(seen.events).containsExactlyInAnyOrder(
                "read base a.txt: base", "read feature f.txt: feature work", "read side s.txt: side only", "read main work m.txt: main work");
        assertThat(seen.events.get(0)).isEqualTo("read base a.txt: base");
        assertThat(c.starts()).containsExactly("refs/heads/feature", "refs/heads/main", "refs/heads/side");
        assertThat(c.commits()).isEqualTo(5);
    }

    @Test
    void sinceLeavesOutOlderCommitsButTheirBlobsStillCountAsTheParentsSide() throws Exception {
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("a.txt", "old").write("keep.txt", "kept").commit("old", ANA, day(0));
            r.write("a.txt", "new").commit("new", ANA, day(10));
        }
        Seen seen = new Seen();
        CommittedBlobs.Coverage c = walk(tmp, day(5), seen);
        assertThat(seen.events).containsExactly("read new a.txt: new");
        assertThat(c.commits()).isEqualTo(1);
    }

    @Test
    void binaryAndOversizedBlobsAreLeftOutAndCounted() throws Exception {
        try (TestRepository r = TestRepository.init(tmp)) {
            Files.write(tmp.resolve("image.bin"), new byte[] {'P', 'N', 'G', 0, 1, 2});
            r.git().add().addFilepattern("image.bin").call();
            byte[] big = new byte[(int) CommittedBlobs.MAX_BLOB_BYTES + 1];
            java.util.Arrays.fill(big, (byte) 'x');
            Files.write(tmp.resolve("big.txt"), big);
            r.git().add().addFilepattern("big.txt").call();
            r.write("small.txt", "small").commit("mixed", ANA, day(0));
        }
        Seen seen = new Seen();
        CommittedBlobs.Coverage c = walk(tmp, null, seen);
        assertThat(seen.events).containsExactly("read mixed small.txt: small");
        assertThat(c.binary()).isEqualTo(1);
        assertThat(c.tooLarge()).isEqualTo(1);
    }

    @Test
    void headFilesListTheCheckedOutTree() throws Exception {
        try (TestRepository r = TestRepository.init(tmp)) {
            r.write("a.txt", "one").write("d/b.txt", "two").commit("first", ANA, day(0));
            r.delete("a.txt").commit("second", ANA, day(1));
        }
        try (Repository repo = GitRepositories.open(tmp)) {
            assertThat(CommittedBlobs.headFiles(repo)).extracting(CommittedBlobs.TreeFile::path).containsExactly("d/b.txt");
        }
    }
}
