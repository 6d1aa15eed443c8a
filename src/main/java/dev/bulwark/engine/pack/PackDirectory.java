package dev.bulwark.engine.pack;

import dev.bulwark.evidence.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pack's folder while it is made: a hidden sibling of the target, renamed into place only when
 * complete, so the target either holds a whole pack or is left as it was (as the evidence export does).
 */
public final class PackDirectory implements AutoCloseable {
    public static final String SUMS = "SHA256SUMS";

    private final Path target;
    private Path staging;

    private PackDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Refuses a target that exists and is not an empty directory; looks at nothing else. */
    public static void requireNewOrEmpty(Path target) throws AuditPackException {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) throw new AuditPackException("audit pack target " + target + " exists and is not a directory");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (entries.iterator().hasNext()) {
                throw new AuditPackException("audit pack directory " + target + " is not empty; make the pack in a new or empty directory");
            }
        } catch (IOException e) {
            throw new AuditPackException("cannot read audit pack directory " + target + ": " + e.getMessage());
        }
    }

    public static PackDirectory stage(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        return new PackDirectory(absolute, Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".partial-"));
    }

    /** Where a file of the pack goes while it is made. */
    public Path resolve(String relative) {
        return staging.resolve(relative);
    }

    public void write(String relative, String text) throws IOException {
        Path p = staging.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** Every file so far, as {@code sha256sum} names them: relative, with forward slashes, sorted. */
    public List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(staging)) {
            return walk.filter(Files::isRegularFile).map(p -> staging.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Writes {@code SHA256SUMS} over every other file, in the format {@code sha256sum -c} reads. */
    public void writeSums() throws IOException {
        StringBuilder sums = new StringBuilder();
        for (String f : files()) {
            if (f.equals(SUMS)) continue;
            sums.append(sha256(staging.resolve(f))).append("  ").append(f).append('\n');
        }
        write(SUMS, sums.toString());
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Moves the finished pack into place. */
    public void commit() throws IOException {
        if (Files.isDirectory(target)) Files.delete(target); // empty, as requireNewOrEmpty saw; fails if that changed
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        staging = null;
    }

    /** Removes an unfinished pack. */
    @Override
    public void close() {
        if (staging == null) return;
        try (Stream<Path> walk = Files.walk(staging)) {
            List<Path> all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover hidden staging directory is harmless
        }
    }
}
