package dev.bulwark.source.terraform.modules;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Unpacks a module archive into an empty directory, refusing what could reach outside it or
 * exhaust the disk: an entry whose name is absolute or climbs out with {@code ..} (zip slip), a
 * link whose target lies outside, a write through a link that leads out, more files or more bytes
 * than the {@link Limits}. Device and FIFO entries are skipped; nothing is ever executed.
 */
final class ArchiveExtractor {
    private final Limits limits;

    ArchiveExtractor(Limits limits) {
        this.limits = limits;
    }

    void extract(byte[] archive, String type, Path into) throws FetchException {
        try (ArchiveInputStream<?> in = open(archive, type)) {
            Path root = into.toRealPath();
            long total = 0;
            int entries = 0;
            ArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new FetchException("the archive holds more than " + limits.maxEntries() + " entries (the limit)");
                }
                String name = entry.getName();
                Path target = inside(root, name, "entry");
                if (target.equals(root)) continue;
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    requireInside(root, target, name);
                    continue;
                }
                Path parent = target.getParent();
                Files.createDirectories(parent);
                requireInside(root, parent, name);
                if (entry instanceof TarArchiveEntry tar && (tar.isSymbolicLink() || tar.isLink())) {
                    link(root, target, tar.getLinkName(), tar.isLink(), name);
                } else if (entry instanceof ZipArchiveEntry zip && zip.isUnixSymlink()) {
                    String linkTarget = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                    link(root, target, linkTarget, false, name);
                } else if (entry instanceof TarArchiveEntry tar && !tar.isFile()) {
                    continue; // devices, FIFOs: nothing a module needs
                } else {
                    total += write(in, target, limits.maxUnpackedBytes() - total, limits.maxUnpackedBytes(), name);
                }
            }
        } catch (IOException e) {
            throw new FetchException("cannot unpack the " + type + " archive: " + HttpGet.describe(e));
        }
    }

    private static ArchiveInputStream<?> open(byte[] archive, String type) throws IOException, FetchException {
        InputStream raw = new ByteArrayInputStream(archive);
        return switch (type) {
            case "zip" -> new ZipArchiveInputStream(raw);
            case "tar" -> new TarArchiveInputStream(raw);
            case "tar.gz" -> new TarArchiveInputStream(new GzipCompressorInputStream(raw));
            case "tar.bz2" -> new TarArchiveInputStream(new BZip2CompressorInputStream(raw));
            default -> throw new FetchException("archive type " + type + " is not supported");
        };
    }

    /** The path of archive name {@code name} under {@code root}; absolute names and names climbing out are refused. */
    private static Path inside(Path root, String name, String what) throws FetchException {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            throw new FetchException("the archive " + what + " \"" + name + "\" has an absolute path; nothing was unpacked from it");
        }
        Path p = root.resolve(n).normalize();
        if (!p.startsWith(root)) throw new FetchException("the archive " + what + " \"" + name + "\" leads outside the module directory");
        return p;
    }

    /** Refuses to write under {@code dir} when an earlier link made it lead outside the module directory. */
    private static void requireInside(Path root, Path dir, String name) throws IOException, FetchException {
        if (!dir.toRealPath().startsWith(root)) {
            throw new FetchException("the archive entry \"" + name + "\" is written through a link that leads outside the module directory");
        }
    }

    private static void link(Path root, Path at, String linkTarget, boolean hard, String name) throws IOException, FetchException {
        if (hard) {
            // A hard link names another entry of the archive: copy it, if it lies inside.
            Path source = inside(root, linkTarget, "link target");
            if (!Files.isRegularFile(source) || !source.toRealPath().startsWith(root)) {
                throw new FetchException("the archive link \"" + name + "\" points at \"" + linkTarget + "\", which is not a file inside the module");
            }
            Files.copy(source, at, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        String t = linkTarget.replace('\\', '/');
        Path resolved = at.getParent().toRealPath().resolve(t).normalize();
        if (t.startsWith("/") || !resolved.startsWith(root)) {
            throw new FetchException("the archive link \"" + name + "\" points at \"" + linkTarget + "\", outside the module directory");
        }
        Files.deleteIfExists(at);
        Files.createSymbolicLink(at, at.getFileSystem().getPath(t));
    }

    private static long write(InputStream in, Path target, long allowed, long limit, String name) throws IOException, FetchException {
        if (Files.isSymbolicLink(target)) Files.delete(target); // never write through a link the archive made
        long written = 0;
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                written += n;
                if (written > allowed) {
                    throw new FetchException("the archive unpacks to more than the limit of " + Limits.describe(limit) + " (at \"" + name + "\")");
                }
                out.write(buf, 0, n);
            }
        }
        return written;
    }
}
