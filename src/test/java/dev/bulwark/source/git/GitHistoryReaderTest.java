package dev.bulwark.source.git;

import dev.bulwark.model.change.ChangeHistory;
import dev.bulwark.model.change.CommitInfo;
import dev.bulwark.model.change.Landing;
import dev.bulwark.model.change.Trailer;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.bulwark.source.git.ApprovalScenario.ALICE;
import static dev.bulwark.source.git.ApprovalScenario.BOB;
import static dev.bulwark.source.git.ApprovalScenario.NOW;
import static dev.bulwark.source.git.ApprovalScenario.SINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitHistoryReaderTest {
    @TempDir
    static Path tmp;
    static ApprovalScenario scenario;

    @BeforeAll
    static void build() {
        scenario = ApprovalScenario.build(tmp.resolve("repo"));
    }

    private static ChangeHistory read(Path dir, String branch, Instant since) throws ChangeInputException {
        return GitHistoryReader.read(dir, new HistoryQuery(branch, since, NOW, InfrastructureFiles.defaults()));
    }

    private static List<String> names(List<CommitInfo> commits) {
        Map<String, String> bySha = new java.util.HashMap<>();
        scenario.sha.forEach((name, sha) -> bySha.put(sha, name));
        return commits.stream().map(c -> bySha.get(c.sha())).toList();
    }

    @Test
    void readsTheFirstParentLineInThePeriodOldestFirst() throws Exception {
        ChangeHistory h = read(scenario.dir, null, SINCE);
        assertThat(h.branch()).isEqualTo("main");
        assertThat(h.head()).isEqualTo(scenario.sha.get("merge-local"));
        assertThat(names(h.landings().stream().map(Landing::commit).toList())).containsExactly(
                "direct", "trailer", "self", "readme", "merge-12", "merge-13", "squash-15", "k8s", "ci", "squash-16", "squash-18", "merge-local");
        assertThat(names(h.infrastructureLandings().stream().map(Landing::commit).toList())).doesNotContain("readme", "ci");
    }

    @Test
    void aMergeCarriesWhatItBroughtInAndTheWholeDifferenceItMade() throws Exception {
        Landing merge = read(scenario.dir, null, SINCE).landings().get(4);
        assertThat(merge.commit().isMerge()).isTrue();
        assertThat(merge.commit().infrastructureFiles()).containsExactly("storage.tf");
        assertThat(names(merge.broughtIn())).containsExactly("bucket-1", "bucket-2");
        assertThat(merge.merged()).allMatch(l -> l.merged().isEmpty());
        assertThat(merge.merged().get(0).commit().author()).isEqualTo(ApprovalScenario.ERIN);
    }

    @Test
    void commitsCarryTheirTrailersAuthorsAndTimes() throws Exception {
        CommitInfo trailer = read(scenario.dir, null, SINCE).landings().get(1).commit();
        assertThat(trailer.trailers()).containsExactly(new Trailer("Approved-by", "Bob Reviewer <bob@example.com>"));
        assertThat(trailer.trailerValues(List.of("approved-by"))).containsExactly("Bob Reviewer <bob@example.com>");
        assertThat(trailer.committedAt()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(trailer.subject()).isEqualTo("Add a log group");
        assertThat(trailer.shortSha()).isEqualTo(scenario.shortSha("trailer"));
    }

    @Test
    void theRootCommitChangedEveryInfrastructureFileItHolds() throws Exception {
        Landing root = read(scenario.dir, null, Instant.parse("2026-01-01T00:00:00Z")).landings().get(0);
        assertThat(root.commit().parents()).isEmpty();
        assertThat(root.commit().infrastructureFiles()).containsExactly("main.tf");
    }

    @Test
    void aNamedBranchIsReadInsteadOfTheCheckedOutOne() throws Exception {
        ChangeHistory h = read(scenario.dir, "add-bucket", SINCE);
        assertThat(h.branch()).isEqualTo("add-bucket");
        assertThat(names(h.landings().stream().map(Landing::commit).toList()))
                .containsExactly("direct", "trailer", "self", "readme", "bucket-1", "bucket-2");
    }

    @Test
    void aDetachedHeadFallsBackToMain(@TempDir Path dir) throws Exception {
        try (TestRepository r = TestRepository.init(dir)) {
            r.write("a.tf", "locals {}\n");
            String first = r.commit("one", ALICE, Instant.parse("2026-04-01T00:00:00Z"));
            r.write("b.tf", "locals {}\n");
            r.commit("two", ALICE, Instant.parse("2026-04-02T00:00:00Z"));
            r.git().checkout().setName(first).call();
        }
        ChangeHistory h = read(dir, null, SINCE);
        assertThat(h.branch()).isEqualTo("main");
        assertThat(h.landings()).hasSize(2);
    }

    @Test
    void aMissingBranchAndANonRepositoryAreClearErrors(@TempDir Path empty) {
        assertThatThrownBy(() -> read(scenario.dir, "release", SINCE)).isInstanceOf(ChangeInputException.class)
                .hasMessage(scenario.dir + ": branch \"release\" not found (looked for refs/heads/release and refs/remotes/origin/release)");
        assertThatThrownBy(() -> read(empty, null, SINCE)).isInstanceOf(ChangeInputException.class)
                .hasMessage(empty + ": not a git repository (no .git directory here or in any parent directory)");
        assertThatThrownBy(() -> read(empty.resolve("nope"), null, SINCE)).hasMessage(empty.resolve("nope") + ": no such directory");
    }

    @Test
    void aSubdirectoryOfTheWorkTreeFindsTheRepository() throws Exception {
        Path sub = scenario.dir.resolve("k8s");
        assertThat(read(sub, null, SINCE).workTree()).isEqualTo(scenario.dir);
        assertThat(GitHistoryReader.findWorkTree(sub)).contains(scenario.dir);
    }

    @Test
    void deletionsAndRenamesCountOnBothSides(@TempDir Path dir) throws Exception {
        try (TestRepository r = TestRepository.init(dir)) {
            r.write("old.tf", "locals {}\n").write("gone.tf", "locals {}\n");
            r.commit("start", ALICE, Instant.parse("2026-04-01T00:00:00Z"));
            Files.move(dir.resolve("old.tf"), dir.resolve("new.tf"));
            r.git().rm().addFilepattern("old.tf").call();
            r.write("new.tf", "locals {}\n").delete("gone.tf");
            r.commit("rename and delete", ALICE, Instant.parse("2026-04-02T00:00:00Z"));
        }
        CommitInfo c = read(dir, null, SINCE).landings().get(1).commit();
        assertThat(c.infrastructureFiles()).containsExactly("gone.tf", "new.tf", "old.tf");
    }

    @Test
    void aBackMergeInsideAFeatureLineBringsNothingTwice(@TempDir Path dir) throws Exception {
        String x1, back, x2, m5;
        try (TestRepository r = TestRepository.init(dir)) {
            r.write("main.tf", "locals {}\n");
            r.commit("start", ALICE, Instant.parse("2026-04-01T00:00:00Z"));
            r.branch("feature");
            r.write("feature.tf", "locals { a = 1 }\n");
            x1 = r.commit("feature work", BOB, Instant.parse("2026-04-02T00:00:00Z"));
            r.checkout("main");
            r.write("other.tf", "locals {}\n");
            m5 = r.commit("other work on main", ALICE, Instant.parse("2026-04-03T00:00:00Z"));
            r.checkout("feature");
            back = r.merge("main", "Merge branch 'main' into feature", BOB, Instant.parse("2026-04-04T00:00:00Z"));
            r.write("feature.tf", "locals { a = 2 }\n");
            x2 = r.commit("more feature work", BOB, Instant.parse("2026-04-05T00:00:00Z"));
            r.checkout("main");
            r.merge("feature", "Merge branch 'feature'", ALICE, Instant.parse("2026-04-06T00:00:00Z"));
        }
        List<Landing> landings = read(dir, null, SINCE).landings();
        Landing merge = landings.get(landings.size() - 1);
        assertThat(merge.broughtIn()).extracting(CommitInfo::sha).containsExactly(x1, back, x2).doesNotContain(m5);
        Landing backMerge = merge.merged().get(1);
        assertThat(backMerge.commit().sha()).isEqualTo(back);
        assertThat(backMerge.merged()).isEmpty();
        assertThat(merge.commit().infrastructureFiles()).containsExactly("feature.tf");
    }

    @Test
    void aShallowCloneThatStopsInsideThePeriodIsRefused(@TempDir Path dir) throws Exception {
        Path clone = dir.resolve("clone");
        Git.cloneRepository().setURI(scenario.dir.toUri().toString()).setDirectory(clone.toFile()).setDepth(3).call().close();
        assertThatThrownBy(() -> read(clone, null, SINCE)).isInstanceOf(ChangeInputException.class)
                .hasMessageContaining("the repository is a shallow clone whose history of main stops at")
                .hasMessageContaining("fetch the rest, e.g. git fetch --shallow-since=2026-03-01");
        ChangeHistory recent = read(clone, null, Instant.parse("2026-04-27T00:00:00Z"));
        assertThat(recent.landings()).hasSize(1);
    }
}
