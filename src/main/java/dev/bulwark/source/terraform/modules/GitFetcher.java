package dev.bulwark.source.terraform.modules;

import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.URIish;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Clones a {@code git::} source with JGit: one commit deep when the ref is a branch or tag (or
 * absent), the whole history when it is a commit id. The working tree is kept, its {@code .git}
 * directory dropped; the commit id checked out is returned for the cache's manifest.
 */
final class GitFetcher {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,40}");
    private final Transport transport;
    private final Limits limits;

    GitFetcher(Transport transport, Limits limits) {
        this.transport = transport;
        this.limits = limits;
    }

    /** Clones {@code source} into the empty directory {@code into}; the commit id it holds. */
    String fetch(SourceAddress.Git source, Path into) throws FetchException {
        checkTransport(source.url());
        String ref = source.ref();
        boolean commit = ref != null && COMMIT.matcher(ref).matches();
        String commitId;
        try {
            commitId = commit ? cloneAt(source, ref, into) : cloneShallow(source, ref, into);
        } catch (InvalidRemoteException e) {
            throw new FetchException("git repository " + source.url() + " cannot be reached: " + HttpGet.describe(e));
        } catch (TransportException e) {
            throw new FetchException("git repository " + source.url() + ": " + HttpGet.describe(e));
        } catch (GitAPIException | IOException | RuntimeException e) {
            throw new FetchException("git repository " + source.url() + (ref == null ? "" : " at " + ref) + ": " + HttpGet.describe(e));
        }
        delete(into.resolve(".git"));
        return commitId;
    }

    private String cloneShallow(SourceAddress.Git source, String ref, Path into) throws GitAPIException, IOException, FetchException {
        CloneCommand clone = base(source, into).setDepth(1);
        if (ref != null) clone.setBranch(ref);
        try (Git git = clone.call()) {
            ObjectId head = git.getRepository().resolve("HEAD");
            if (head == null) throw new FetchException("git repository " + source.url() + " has no commit" + (ref == null ? "" : " at " + ref));
            if (ref != null && !git.getRepository().getFullBranch().endsWith("/" + ref) && !ref.equals(git.getRepository().getFullBranch())
                    && git.getRepository().exactRef("refs/tags/" + ref) == null) {
                throw new FetchException("git repository " + source.url() + " has no branch or tag named " + ref);
            }
            return head.name();
        }
    }

    private String cloneAt(SourceAddress.Git source, String ref, Path into) throws GitAPIException, IOException, FetchException {
        try (Git git = base(source, into).setNoCheckout(true).call()) {
            ObjectId id = git.getRepository().resolve(ref + "^{commit}");
            if (id == null) throw new FetchException("git repository " + source.url() + " has no commit " + ref);
            // Nothing is checked out yet, so the commit is written out by a hard reset rather than a checkout.
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(id.name()).call();
            return id.name();
        }
    }

    private CloneCommand base(SourceAddress.Git source, Path into) {
        return Git.cloneRepository().setURI(source.url()).setDirectory(into.toFile()).setCloneSubmodules(false)
                .setTimeout((int) limits.timeout().toSeconds());
    }

    /** HTTPS, SSH and local repositories; plain HTTP only as {@link Transport} allows; nothing else. */
    private void checkTransport(String url) throws FetchException {
        URIish uri;
        try {
            uri = new URIish(url);
        } catch (URISyntaxException e) {
            throw new FetchException("\"" + url + "\" is not a git URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "https", "ssh", "git+ssh", "ssh+git", "file" -> { }
            case "http" -> transport.check(URI.create(url), "git repository");
            case "" -> {
                if (uri.getHost() == null && !Files.isDirectory(Path.of(uri.getPath()))) {
                    throw new FetchException("git repository " + url + " is neither a URL nor an existing directory");
                }
            }
            default -> throw new FetchException("git repository " + url + ": the " + scheme + " protocol is not used (use https or ssh)");
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover in a temporary directory is harmless; the cache never takes a partial copy
        }
    }
}
