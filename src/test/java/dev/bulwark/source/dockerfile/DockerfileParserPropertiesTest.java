package dev.bulwark.source.dockerfile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser on generated Dockerfiles (instructions written with continuations, comments, blank
 * lines and here-documents in between) finds every instruction at the line it starts on, with its
 * words where they are written; on random and mutated text it never throws and every position it
 * reports is inside the text. Seeds are fixed so runs repeat.
 */
class DockerfileParserPropertiesTest {
    /** One instruction: its keyword and words, written out with its layout. */
    record Written(String keyword, List<String> words, boolean continued, boolean commentBefore, boolean heredoc) {
        String text() {
            StringBuilder sb = new StringBuilder();
            if (commentBefore) sb.append("# note\n\n");
            sb.append(keyword);
            for (int i = 0; i < words.size(); i++) {
                sb.append(continued && i > 0 ? " \\\n  " : " ").append(words.get(i));
            }
            if (heredoc) sb.append(" <<EOF\nbody line\n  EOF not yet\nEOF");
            return sb.append('\n').toString();
        }
    }

    @Provide
    Arbitrary<List<Written>> files() {
        Arbitrary<String> keyword = Arbitraries.of("RUN", "COPY", "ENV", "LABEL", "EXPOSE", "USER", "WORKDIR", "ADD", "ARG");
        Arbitrary<String> word = Arbitraries.strings().withChars("abcXYZ019_-./:=$@").ofMinLength(1).ofMaxLength(8)
                .filter(w -> !w.startsWith("--") && !w.contains("<<"));
        Arbitrary<Written> one = net.jqwik.api.Combinators.combine(keyword, word.list().ofMinSize(1).ofMaxSize(5),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((k, w, c, comment, h) -> new Written(k, w, c, comment, h && (k.equals("RUN") || k.equals("COPY"))));
        return one.list().ofMaxSize(12);
    }

    @Property(tries = 400, seed = "1107")
    void everyWrittenInstructionIsFoundWhereItStarts(@ForAll("files") List<Written> body) {
        StringBuilder text = new StringBuilder("FROM alpine:3.20 AS base\n");
        List<Integer> starts = new ArrayList<>();
        int line = 2;
        for (Written w : body) {
            String t = w.text();
            starts.add(line + (w.commentBefore() ? 2 : 0));
            line += (int) t.chars().filter(c -> c == '\n').count();
            text.append(t);
        }
        ParsedDockerfile p = DockerfileParser.parse(text.toString());
        assertThat(p.problems()).isEmpty();
        assertThat(p.instructions()).hasSize(body.size() + 1);
        for (int i = 0; i < body.size(); i++) {
            Instruction ins = p.instructions().get(i + 1);
            Written w = body.get(i);
            assertThat(ins.keyword()).isEqualTo(w.keyword());
            assertThat(ins.line()).isEqualTo(starts.get(i));
            List<Token> args = ins.arguments();
            for (int a = 0; a < w.words().size(); a++) {
                assertThat(args.get(a).text()).isEqualTo(w.words().get(a));
                int expectedLine = starts.get(i) + (w.continued() ? a : 0);
                assertThat(args.get(a).line()).isEqualTo(expectedLine);
                String written = text.toString().split("\n", -1)[expectedLine - 1];
                assertThat(written.substring(args.get(a).column() - 1)).startsWith(w.words().get(a));
            }
            if (w.heredoc()) assertThat(ins.heredocs()).singleElement().extracting(Heredoc::body).isEqualTo("body line\n  EOF not yet\n");
        }
    }

    private static final List<String> FRAGMENTS = List.of("FROM ", "RUN ", "COPY ", "ENV ", "ARG ", "USER ", "from ", "AS ", "--from=",
            "--platform=", "\\\n", "`\n", "\n", "\r\n", "# escape=`\n", "# syntax=x\n", "#", "<<EOF", "<<-EOF", "<<'X'", "EOF\n", "\tEOF\n",
            "[\"a\", \"b\"]", "[", "]", "\"", "'", "${A:-b}", "${", "}", "$A", "=", " ", "\t", "a", "0", "é", "\uFEFF", "\uD83D", "scratch",
            "alpine:3", "@sha256:ab");

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 3000, seed = "4242")
    void randomTextNeverThrowsAndEveryPositionIsInsideIt(@ForAll("soup") String text) {
        ParsedDockerfile p = DockerfileParser.parse(text);
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        for (Instruction i : p.instructions()) {
            assertInside(lines, i.line(), i.column());
            assertThat(i.endLine()).isBetween(i.line(), lines.length);
            for (Token t : i.arguments()) assertInside(lines, t.line(), t.column());
            for (Flag f : i.flags()) assertInside(lines, f.line(), f.column());
            for (Heredoc h : i.heredocs()) assertThat(h.line()).isBetween(1, lines.length + 1);
        }
        for (ParsedDockerfile.Problem pr : p.problems()) assertInside(lines, pr.line(), pr.column());
        StageReader.read("Dockerfile", p);
        Substitution.expand(text, Map.of("A", "x"), '\\');
    }

    private static void assertInside(String[] lines, int line, int column) {
        assertThat(line).isBetween(1, lines.length);
        assertThat(column).isBetween(1, lines[line - 1].length() + 1);
    }
}
