package dev.bulwark.process;

import java.nio.file.Path;

/** Paths as findings show them: relative to the working directory (with {@code /}) when inside it, else absolute. */
final class PathDisplay {
    private PathDisplay() {}

    static String of(Path p, Path workingDir) {
        Path abs = p.toAbsolutePath().normalize();
        Path wd = workingDir.toAbsolutePath().normalize();
        if (abs.startsWith(wd) && !abs.equals(wd)) return wd.relativize(abs).toString().replace('\\', '/');
        return abs.toString().replace('\\', '/');
    }
}
