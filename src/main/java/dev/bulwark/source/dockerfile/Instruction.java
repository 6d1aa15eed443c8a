package dev.bulwark.source.dockerfile;

import java.util.List;

/**
 * One instruction of a Dockerfile, continuation lines joined.
 *
 * @param keyword   upper-cased, e.g. {@code RUN}
 * @param line      where the keyword is written
 * @param column    where the keyword is written
 * @param endLine   the last line the instruction takes, here-documents included
 * @param flags     the {@code --name=value} flags written before the arguments
 * @param text      the argument text after the flags, continuation lines joined (escape characters removed)
 * @param execForm  true when the arguments are a JSON array of strings ({@code CMD ["nginx", "-g"]})
 * @param arguments the JSON array's strings in exec form; otherwise the whitespace-separated words, quotes kept
 * @param heredocs  the here-documents the instruction opens, in order
 */
public record Instruction(String keyword, int line, int column, int endLine, List<Flag> flags, Token text, boolean execForm,
                          List<Token> arguments, List<Heredoc> heredocs) {
    public Instruction {
        flags = List.copyOf(flags);
        arguments = List.copyOf(arguments);
        heredocs = List.copyOf(heredocs);
    }

    /** The value of flag {@code --name}, or null when it is not written (the last one when written twice, as Docker takes it). */
    public Flag flag(String name) {
        Flag found = null;
        for (Flag f : flags) if (f.name().equals(name)) found = f;
        return found;
    }
}
