package dev.bulwark.source.host.ssh;

import dev.bulwark.model.SourceLocation;

import java.util.List;

/**
 * One directive of the sshd configuration after includes are expanded: the keyword in lower case,
 * its arguments, where it is written, and the Match block it belongs to (null outside any).
 */
record SshdLine(String keyword, List<String> args, SourceLocation at, MatchBlock match) {
    SshdLine {
        args = List.copyOf(args);
    }

    String value() {
        return String.join(" ", args);
    }
}
