package dev.bulwark.source.terraform.modules;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** git:: sources cloned with JGit from repositories the test creates; no network. */
class GitModulesTest {
    @TempDir
    Path tmp;
    Path cache;
    Path repo;
    String v1Commit;

    @BeforeEach
    void repository() throws Exception {
        cache = tmp.resolve("scan/.bulwark/modules");
        repo = tmp.resolve("modules-repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            PersonIdent who = new PersonIdent("Dev", "dev@example.com");
            Files.createDirectories(repo.resolve("vpc"));
            Files.writeString(repo.resolve("vpc/main.tf"), "# vpc v1\n");
            git.add().addFilepattern(".").call();
            RevCommit first = git.commit().setMessage("v1").setAuthor(who).setCommitter(who).call();
            v1Commit = first.name();
            git.tag().setName("v1.0.0").setObjectId(first).setAnnotated(false).call();
            Files.writeString(repo.resolve("vpc/main.tf"), "# vpc v2\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("v2").setAuthor(who).setCommitter(who).call();
        }
    }

    private ModuleFetcher.Outcome find(String source) {
        return new ModuleFetcher(cache, true, false).find(source, null);
    }

    private static Path loaded(ModuleFetcher.Outcome o) {
        assertThat(o).isInstanceOf(ModuleFetcher.Outcome.Loaded.class);
        return ((ModuleFetcher.Outcome.Loaded) o).dir();
    }

    private String url() {
        return repo.toUri().toString().replaceAll("/$", "");
    }

    @Test
    void aTagABranchAndACommitAreCheckedOutWithTheirSubdirectory() throws Exception {
        Path tagged = loaded(find("git::" + url() + "//vpc?ref=v1.0.0"));
        assertThat(Files.readString(tagged.resolve("main.tf"))).isEqualTo("# vpc v1\n");
        assertThat(tagged.getParent().resolve(".git")).doesNotExist();
        assertThat(new ObjectMapper().readTree(tagged.getParent().getParent().resolve(ModuleCache.MANIFEST).toFile()).path("commit").asText())
                .isEqualTo(v1Commit);
        assertThat(Files.readString(loaded(find("git::" + url() + "//vpc?ref=main")).resolve("main.tf"))).isEqualTo("# vpc v2\n");
        assertThat(Files.readString(loaded(find("git::" + url() + "//vpc")).resolve("main.tf"))).isEqualTo("# vpc v2\n");
        assertThat(Files.readString(loaded(find("git::" + url() + "//vpc?ref=" + v1Commit.substring(0, 10))).resolve("main.tf")))
                .isEqualTo("# vpc v1\n");
    }

    @Test
    void aClonedRefIsReusedOfflineAndAMissingOneIsOneMessage() throws Exception {
        Path first = loaded(find("git::" + url() + "//vpc?ref=v1.0.0"));
        assertThat(loaded(new ModuleFetcher(cache, false, false).find("git::" + url() + "//vpc?ref=v1.0.0", null))).isEqualTo(first);
        ModuleFetcher.Outcome missing = find("git::" + url() + "?ref=v9.9.9");
        assertThat(missing).isInstanceOf(ModuleFetcher.Outcome.Failed.class);
        assertThat(((ModuleFetcher.Outcome.Failed) missing).message()).contains(url()).contains("v9.9.9").doesNotContain("\n");
        ModuleFetcher.Outcome noDir = find("git::" + url() + "//nowhere?ref=main");
        assertThat(((ModuleFetcher.Outcome.Failed) noDir).message()).contains("has no directory \"nowhere\"");
    }

    @Test
    void aRepositoryWithALinkLeadingOutsideIsRefused() throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            Files.createSymbolicLink(repo.resolve("vpc/secrets.tf"), Path.of("../../../../etc/hostname"));
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Dev", "dev@example.com");
            git.commit().setMessage("link").setAuthor(who).setCommitter(who).call();
        }
        ModuleFetcher.Outcome o = find("git::" + url() + "//vpc?ref=main");
        assertThat(((ModuleFetcher.Outcome.Failed) o).message()).contains("the link \"vpc/secrets.tf\" points at \"../../../../etc/hostname\", outside");
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void plainGitProtocolIsNotUsed() {
        ModuleFetcher.Outcome o = find("git::git://example.com/modules.git");
        assertThat(((ModuleFetcher.Outcome.Failed) o).message()).contains("the git protocol is not used (use https or ssh)");
    }
}
