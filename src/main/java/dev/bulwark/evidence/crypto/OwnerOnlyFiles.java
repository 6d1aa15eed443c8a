package dev.bulwark.evidence.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Writes secret files with mode 0600 from the moment they exist (never written first and chmod-ed
 * after), and only ever whole: content goes to a temporary file that is then linked or moved into place.
 */
final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {}

    /** Creates {@code file} with {@code content}; FileAlreadyExistsException if it is already there. */
    static void createNew(Path file, String content) throws IOException {
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
    static void replace(Path file, String content) throws IOException {
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
                ? Files.createTempFile(dir, ".keyset-", ".tmp", ownerOnly())
                : Files.createTempFile(dir, ".keyset-", ".tmp");
        try {
            Files.writeString(tmp, content);
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
