package dev.bulwark.source.terraform.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Downloaded module packages under {@code .bulwark/modules}: one directory per package and version,
 * holding {@code package/} (the files) and {@code manifest.json} (the source, the version, where it
 * came from, the SHA-256 of the archive or the git commit id, and a SHA-256 over the unpacked files).
 * A cached copy is used only while its files still match the manifest. Entries are written to a
 * temporary directory and moved into place whole, so a copy is never seen half written.
 */
final class ModuleCache {
    static final String MANIFEST = "manifest.json";
    static final String PACKAGE = "package";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the manifest records. {@code version} is the registry version or the git ref, "" when none. */
    record Entry(Path dir, String packageKey, String version, String location, String commit, String archiveSha256, String contentSha256) {
        Path packageDir() {
            return dir.resolve(PACKAGE);
        }
    }

    private final Path root;

    ModuleCache(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The entries recorded for {@code packageKey}, whatever their version; unreadable ones are left out. */
    List<Entry> entries(String packageKey) {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path dir : ds) {
                if (dir.getFileName().toString().startsWith(".")) continue;
                read(dir).filter(e -> e.packageKey().equals(packageKey)).ifPresent(out::add);
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** The entry of this package at this version, if it is cached. */
    Optional<Entry> entry(String packageKey, String version) {
        return read(dirFor(packageKey, version)).filter(e -> e.packageKey().equals(packageKey) && e.version().equals(version));
    }

    /** Null when the files still hash to the manifest's digest, else what is wrong. */
    String verify(Entry e) {
        try {
            if (!Files.isDirectory(e.packageDir())) return "its files are missing";
            String now = ContentDigest.ofTree(e.packageDir());
            return now.equals(e.contentSha256()) ? null : "its files changed since they were downloaded (SHA-256 differs from " + MANIFEST + ")";
        } catch (IOException ex) {
            return "its files cannot be read: " + HttpGet.describe(ex);
        }
    }

    /** A new empty directory to download into, inside the cache so that moving it into place is a rename. */
    Path staging() throws IOException {
        Files.createDirectories(root);
        Path staging = Files.createTempDirectory(root, ".download-");
        Files.createDirectory(staging.resolve(PACKAGE));
        return staging;
    }

    /** Records the manifest in {@code staging} and moves it into place; an entry another run put there first wins. */
    Entry commit(Path staging, String packageKey, String version, String location, String commit, String archiveSha256) throws IOException {
        String content = ContentDigest.ofTree(staging.resolve(PACKAGE));
        ObjectNode m = JSON.createObjectNode();
        m.put("source", packageKey);
        m.put("version", version);
        m.put("location", location);
        if (commit != null) m.put("commit", commit);
        if (archiveSha256 != null) m.put("archive_sha256", archiveSha256);
        m.put("content_sha256", content);
        Files.write(staging.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        Path dir = dirFor(packageKey, version);
        try {
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            GitFetcher.delete(staging);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, dir);
        }
        return read(dir).orElseThrow(() -> new IOException("the cache entry " + dir + " cannot be read back"));
    }

    /** Removes an entry that no longer matches its manifest, before it is downloaded again. */
    void discard(Entry e) {
        GitFetcher.delete(e.dir());
    }

    void abandon(Path staging) {
        GitFetcher.delete(staging);
    }

    /** A readable name plus a hash of package and version, so that two sources never share a directory. */
    Path dirFor(String packageKey, String version) {
        String slug = packageKey.replaceAll("^[a-z0-9+]+::", "").replaceAll("^[a-z]+://", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        if (slug.length() > 60) slug = slug.substring(slug.length() - 60);
        slug = slug.replaceAll("^[-.]+", "");
        String v = version.replaceAll("[^A-Za-z0-9._-]+", "-");
        if (v.length() > 40) v = v.substring(0, 40);
        String hash = ContentDigest.of((packageKey + "\n" + version).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
        return root.resolve(slug + (v.isEmpty() ? "" : "-" + v) + "-" + hash);
    }

    private static Optional<Entry> read(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return Optional.empty();
        try {
            JsonNode n = JSON.readTree(manifest.toFile());
            String source = n.path("source").asText(null);
            String content = n.path("content_sha256").asText(null);
            if (source == null || content == null) return Optional.empty();
            return Optional.of(new Entry(dir, source, n.path("version").asText(""), n.path("location").asText(""),
                    n.path("commit").asText(null), n.path("archive_sha256").asText(null), content));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
