package dev.bulwark.source.git;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the git repository holding a directory, for reading only (nothing here writes to it). */
public final class GitRepositories {
    private GitRepositories() {}

    /**
     * The repository whose work tree (or git directory) holds {@code path}; the caller closes it.
     *
     * @throws ChangeInputException when {@code path} is not a directory or not inside a git repository
     */
    public static Repository open(Path path) throws ChangeInputException {
        String shown = path.toString();
        if (!Files.isDirectory(path)) throw new ChangeInputException(shown + ": no such directory");
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(path.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new ChangeInputException(shown + ": not a git repository (no .git directory here or in any parent directory)");
        }
        try {
            return builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new ChangeInputException(shown + ": cannot read the git repository: " + e.getMessage(), e);
        }
    }
}
