package dev.bulwark.source.host.conf;

import dev.bulwark.source.host.HostContext;

import java.util.List;

/** Hands a reader's problems to the scan as error diagnostics with file and line. */
public final class Problems {
    private Problems() {
    }

    public static void report(HostContext context, List<ConfigProblem> problems) {
        for (ConfigProblem p : problems) context.error(new FileLine(p.file(), p.line()).location(), p.message());
    }
}
