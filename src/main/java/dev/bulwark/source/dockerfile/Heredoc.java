package dev.bulwark.source.dockerfile;

/**
 * A here-document of a RUN, COPY or ADD instruction.
 *
 * @param name      the delimiter word, quotes removed
 * @param body      the lines between the instruction and the delimiter line, each ending in a newline
 *                  (leading tabs removed for {@code <<-})
 * @param quoted    true for {@code <<"EOF"} or {@code <<'EOF'}: the body is taken literally, without variable expansion
 * @param line      the line the body starts on
 * @param terminated false when the file ended before the delimiter line
 */
public record Heredoc(String name, String body, boolean stripTabs, boolean quoted, int line, boolean terminated) {}
