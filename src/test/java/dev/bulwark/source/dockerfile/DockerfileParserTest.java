package dev.bulwark.source.dockerfile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileParserTest {

    @Test
    void continuationLinesJoinAndKeepWhereEachWordIsWritten() {
        ParsedDockerfile p = DockerfileParser.parse("""
                FROM alpine:3.20
                RUN apk add \\
                # a comment inside the continuation is dropped

                    curl \\
                    git
                EXPOSE 80 \\
                  443
                """);
        assertThat(p.problems()).isEmpty();
        Instruction run = p.instructions().get(1);
        assertThat(run.keyword()).isEqualTo("RUN");
        assertThat(run.line()).isEqualTo(2);
        assertThat(run.endLine()).isEqualTo(6);
        assertThat(run.text().text()).isEqualTo("apk add     curl     git");
        Instruction expose = p.instructions().get(2);
        assertThat(expose.arguments()).extracting(Token::text).containsExactly("80", "443");
        assertThat(expose.arguments().get(1)).isEqualTo(new Token("443", 8, 3));
        assertThat(run.arguments().get(3)).isEqualTo(new Token("git", 6, 5));
    }

    @Test
    void theEscapeDirectiveMakesTheBacktickContinueLines() {
        ParsedDockerfile p = DockerfileParser.parse("""
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                COPY testfile.txt c:\\ `
                  c:\\data\\
                """);
        assertThat(p.escape()).isEqualTo('`');
        assertThat(p.directives()).containsEntry("escape", "`");
        assertThat(p.instructions()).hasSize(2);
        assertThat(p.instructions().get(1).arguments()).extracting(Token::text).containsExactly("testfile.txt", "c:\\", "c:\\data\\");
    }

    @Test
    void directivesCountOnlyAtTheTop() {
        ParsedDockerfile p = DockerfileParser.parse("""
                # syntax=docker/dockerfile:1.7
                # check=skip=JSONArgsRecommended
                # just a comment
                # escape=`
                FROM alpine:3.20
                RUN echo a \\
                  b
                """);
        assertThat(p.directives()).containsOnlyKeys("syntax", "check");
        assertThat(p.escape()).isEqualTo('\\');
        assertThat(p.instructions().get(1).text().text()).isEqualTo("echo a   b");
    }

    @Test
    void hereDocumentsAreReadWithTheirBodies() {
        ParsedDockerfile p = DockerfileParser.parse("FROM alpine:3.20\n"
                + "RUN <<-EOT bash\n\tset -e\n\techo $HOME\n\tEOT\n"
                + "COPY <<'CONF' /etc/app.conf\nkey=$value\nCONF\n"
                + "RUN <<ONE cat > /a && <<\"TWO\" cat > /b\nfirst\nONE\nsecond\nTWO\n"
                + "USER 1000\n");
        assertThat(p.problems()).isEmpty();
        List<Instruction> ins = p.instructions();
        assertThat(ins).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "COPY", "RUN", "USER");
        Heredoc tabbed = ins.get(1).heredocs().get(0);
        assertThat(tabbed).isEqualTo(new Heredoc("EOT", "set -e\necho $HOME\n", true, false, 3, true));
        assertThat(ins.get(1).endLine()).isEqualTo(5);
        Heredoc quoted = ins.get(2).heredocs().get(0);
        assertThat(quoted.quoted()).isTrue();
        assertThat(quoted.body()).isEqualTo("key=$value\n");
        assertThat(ins.get(2).arguments()).extracting(Token::text).contains("/etc/app.conf");
        assertThat(ins.get(3).heredocs()).extracting(Heredoc::name, Heredoc::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ONE", "first\n"), org.assertj.core.groups.Tuple.tuple("TWO", "second\n"));
        assertThat(ins.get(4).line()).isEqualTo(14);
    }

    @Test
    void anUnclosedHereDocumentIsAProblemAndTakesTheRestOfTheFile() {
        ParsedDockerfile p = DockerfileParser.parse("FROM alpine:3.20\nRUN <<EOF\necho hi\nUSER 1000\n");
        assertThat(p.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(2);
            assertThat(pr.message()).contains("here-document EOF is not closed");
        });
        assertThat(p.instructions()).hasSize(2);
    }

    @Test
    void execFormIsAJsonArrayOfStringsElseShellForm() {
        ParsedDockerfile p = DockerfileParser.parse("""
                FROM alpine:3.20
                CMD ["nginx", "-g", "daemon off;"]
                ENTRYPOINT [not json]
                RUN ["sh", 1]
                """);
        Instruction cmd = p.instructions().get(1);
        assertThat(cmd.execForm()).isTrue();
        assertThat(cmd.arguments()).containsExactly(new Token("nginx", 2, 6), new Token("-g", 2, 15), new Token("daemon off;", 2, 21));
        assertThat(p.instructions().get(2).execForm()).isFalse();
        assertThat(p.instructions().get(3).execForm()).isFalse();
    }

    @Test
    void flagsComeBeforeTheArguments() {
        ParsedDockerfile p = DockerfileParser.parse("""
                FROM --platform=$BUILDPLATFORM golang:1.22 AS build
                COPY --from=build --chown=app:app --link /out /app
                RUN --mount=type=cache,target=/root/.cache go build
                """);
        Instruction from = p.instructions().get(0);
        assertThat(from.flag("platform")).isEqualTo(new Flag("platform", "$BUILDPLATFORM", 1, 6));
        assertThat(from.arguments()).extracting(Token::text).containsExactly("golang:1.22", "AS", "build");
        Instruction copy = p.instructions().get(1);
        assertThat(copy.flags()).extracting(Flag::name).containsExactly("from", "chown", "link");
        assertThat(copy.flag("link").value()).isNull();
        assertThat(p.instructions().get(2).flag("mount").value()).isEqualTo("type=cache,target=/root/.cache");
    }

    @Test
    void anUnknownInstructionIsAProblemAtItsLineAndTheRestIsRead() {
        ParsedDockerfile p = DockerfileParser.parse("FROM alpine:3.20\n  COPYY . /app\nUSER 1000\n");
        assertThat(p.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(2);
            assertThat(pr.column()).isEqualTo(3);
            assertThat(pr.message()).startsWith("unknown instruction COPYY");
        });
        assertThat(p.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "USER");
    }

    @Test
    void keywordsAreCaseInsensitiveAndCarriageReturnsAreLineEnds() {
        ParsedDockerfile p = DockerfileParser.parse("from alpine:3.20\r\nuser app\r\n");
        assertThat(p.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "USER");
        assertThat(p.instructions().get(1).arguments()).containsExactly(new Token("app", 2, 6));
    }
}
