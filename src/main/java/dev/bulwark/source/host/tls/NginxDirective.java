package dev.bulwark.source.host.tls;

import dev.bulwark.source.host.conf.FileLine;

import java.util.List;

/** One nginx directive with its arguments, and its block's directives when it opens one (else null). */
public record NginxDirective(String name, List<String> args, FileLine at, List<NginxDirective> block) {
    public NginxDirective {
        args = List.copyOf(args);
        block = block == null ? null : List.copyOf(block);
    }
}
