package dev.bulwark.source.git;

import dev.bulwark.model.change.Person;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Builds a real git repository for tests with JGit, every commit with a fixed author and committer
 * time, so the shas and the history are the same on every run.
 */
public final class TestRepository implements AutoCloseable {
    private final Git git;
    private final Path dir;

    private TestRepository(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    /** A new repository in {@code dir} whose first branch is {@code main}. */
    public static TestRepository init(Path dir) {
        try {
            return new TestRepository(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Git git() {
        return git;
    }

    public TestRepository write(String path, String content) {
        try {
            Path f = dir.resolve(path);
            Files.createDirectories(f.getParent());
            Files.writeString(f, content, StandardCharsets.UTF_8);
            git.add().addFilepattern(path).call();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public TestRepository delete(String path) {
        try {
            git.rm().addFilepattern(path).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Commits what was written, authored and committed by {@code who} at {@code when}; returns the sha. */
    public String commit(String message, Person who, Instant when) {
        return commit(message, who, when, who, when);
    }

    public String commit(String message, Person author, Instant authored, Person committer, Instant committed) {
        try {
            RevCommit c = git.commit().setMessage(message).setSign(false)
                    .setAuthor(ident(author, authored)).setCommitter(ident(committer, committed)).call();
            return c.getId().name();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates {@code name} at the current commit and checks it out. */
    public TestRepository branch(String name) {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public TestRepository checkout(String name) {
        try {
            git.checkout().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Merges {@code branch} into the checked-out branch as a merge commit (never a fast-forward); returns its sha. */
    public String merge(String branch, String message, Person who, Instant when) {
        try {
            MergeResult r = git.merge().include(git.getRepository().resolve(branch)).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setCommit(false).call();
            if (!r.getMergeStatus().isSuccessful()) throw new IllegalStateException("merge of " + branch + " failed: " + r.getMergeStatus());
            return commit(message, who, when);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PersonIdent ident(Person p, Instant when) {
        return new PersonIdent(p.name(), p.email(), when, ZoneOffset.UTC);
    }

    @Override
    public void close() {
        git.close();
    }
}
