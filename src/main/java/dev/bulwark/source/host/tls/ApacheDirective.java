package dev.bulwark.source.host.tls;

import dev.bulwark.source.host.conf.FileLine;

import java.util.List;

/** One Apache directive, or a section ({@code <VirtualHost *:443>}) with its directives in {@code block} (else null). */
public record ApacheDirective(String name, List<String> args, FileLine at, List<ApacheDirective> block) {
    public ApacheDirective {
        args = List.copyOf(args);
        block = block == null ? null : List.copyOf(block);
    }

    boolean is(String directive) {
        return name.equalsIgnoreCase(directive);
    }
}
