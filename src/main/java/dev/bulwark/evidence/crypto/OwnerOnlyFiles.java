package dev.bulwark.evidence.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the ledger directory's files (the key, the chain head) with mode 0600 from the moment they
 * exist (never written first and chmod-ed after), and only ever whole: content goes to a temporary
 * file, is flushed to disk, and is then linked or moved into place, so a reader or a crash sees the
 * old file or the new one, never a part.
 */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {}

    /** Creates {@code file} with {@code content}; FileAlreadyExistsException if it is already there. */
    public static void createNew(Path file, String content) throws IOException {
        Path tmp = writeTemp(file, content);
        try {
            Files.createLink(file, tmp);
        } catch (UnsupportedOperationException noHardLinks) {
            Files.move(tmp, file); // without REPLACE_EXISTING: fails if it exists
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Replaces {@code file} with {@code content} in one atomic rename. */
    public static void replace(Path file, String content) throws IOException {
        Path tmp = writeTemp(file, content);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** "readable by its group" or similar when the file is not owner-only; empty where POSIX modes don't exist. */
    static Optional<String> looseness(Path file) {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) return Optional.empty();
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!EvidenceKeys.groupOrOthers(perms)) return Optional.empty();
        return Optional.of("mode " + PosixFilePermissions.toString(perms));
    }

    private static Path writeTemp(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null
                ? Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp", ownerOnly())
                : Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) channel.write(bytes);
            channel.force(true); // on disk before the rename makes it the file
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
