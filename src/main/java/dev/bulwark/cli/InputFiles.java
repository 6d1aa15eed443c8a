package dev.bulwark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Files and directories named on the command line must exist: a mistyped name is a usage error
 * (exit 2) before anything is read or written, never a warning followed by a result that looks clean.
 */
final class InputFiles {
    private InputFiles() {}

    /** Each of {@code paths} (given with {@code option}, or as the parameter of that label) is an existing file. */
    static void requireFiles(CommandSpec spec, String option, Collection<Path> paths) {
        for (Path p : paths) requireFile(spec, option, p);
    }

    /** {@code path}, if given, is an existing file. */
    static void requireFile(CommandSpec spec, String option, Path path) {
        if (path == null) return;
        if (Files.isDirectory(path)) throw usage(spec, option + ": " + path + " is a directory, not a file");
        if (!Files.exists(path)) throw usage(spec, option + ": no such file: " + path);
    }

    /** Each of {@code paths} is an existing directory. */
    static void requireDirectories(CommandSpec spec, String option, Collection<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) throw usage(spec, option + ": no such directory: " + p);
            if (!Files.isDirectory(p)) throw usage(spec, option + ": " + p + " is a file, not a directory");
        }
    }

    /** Each of {@code paths} exists, as a file or a directory. */
    static void requireExisting(CommandSpec spec, String option, Collection<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) throw usage(spec, option + ": no such file or directory: " + p);
        }
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
