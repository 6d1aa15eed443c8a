package dev.bulwark.source.dockerfile;

import java.util.List;
import java.util.Map;

/**
 * A Dockerfile read into instructions.
 *
 * @param directives the parser directives at the top ({@code syntax}, {@code escape}, {@code check}), keys lower-cased
 * @param escape     the escape character: a backslash, or a backtick after {@code # escape=`}
 * @param problems   what Docker would refuse or what was skipped, each at a line; the rest is still read
 */
public record ParsedDockerfile(Map<String, String> directives, char escape, List<Instruction> instructions, List<Problem> problems) {
    public ParsedDockerfile {
        directives = Map.copyOf(directives);
        instructions = List.copyOf(instructions);
        problems = List.copyOf(problems);
    }

    /** Something wrong in the file, at a line and column counted from 1. */
    public record Problem(int line, int column, String message) {}
}
