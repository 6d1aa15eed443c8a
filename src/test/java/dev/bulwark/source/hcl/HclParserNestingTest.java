package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nesting up to the limit parses on a thread with a 1 MB stack (the JVM default); one level more
 * is a clean HclParseException, never a StackOverflowError, however deep the input goes.
 */
class HclParserNestingTest {
    private static final int LIMIT = NativeParseContext.MAX_DEPTH;

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("tuples", (IntFunction<String>) n -> "x = " + "[".repeat(n) + "]".repeat(n) + "\n"),
                Arguments.of("parentheses", (IntFunction<String>) n -> "x = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n"),
                Arguments.of("objects", (IntFunction<String>) n -> "x = " + "{a=".repeat(n) + "1" + "}".repeat(n) + "\n"),
                Arguments.of("calls", (IntFunction<String>) n -> "x = " + "f(".repeat(n) + "1" + ")".repeat(n) + "\n"),
                Arguments.of("conditionals", (IntFunction<String>) n -> "x = " + "a ? b : ".repeat(n) + "c\n"),
                Arguments.of("blocks", (IntFunction<String>) n -> "a {\n".repeat(n) + "}\n".repeat(n)),
                Arguments.of("unary operators", (IntFunction<String>) n -> "x = " + "!".repeat(n) + "a\n"),
                Arguments.of("splats", (IntFunction<String>) n -> "x = a" + "[*]".repeat(n) + "\n"),
                Arguments.of("nested index keys", (IntFunction<String>) n -> "x = " + "a[".repeat(n) + "0" + "]".repeat(n) + "\n"),
                // Each bracket here sits under a climb through every precedence level: the most
                // stack a level of real nesting can take.
                Arguments.of("parentheses under every precedence level", (IntFunction<String>) n ->
                        "x = " + "a || b && c == d < e + f * (".repeat(n) + "1" + ")".repeat(n) + "\n"),
                // Templates and for expressions count two levels each (they use more stack per level).
                Arguments.of("templates", (IntFunction<String>) n ->
                        "x = " + "\"${".repeat(n / 2) + "1" + "}\"".repeat(n / 2) + "\n"),
                Arguments.of("for expressions", (IntFunction<String>) n ->
                        "x = " + "[for x in ".repeat(n / 2) + "y" + " : x]".repeat(n / 2) + "\n"),
                Arguments.of("template directives", (IntFunction<String>) n ->
                        "x = \"" + "%{if a}".repeat(n - 1) + "%{endif}".repeat(n - 1) + "\"\n"));
    }

    private static Throwable parseOnSmallStack(String source) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                HclParser.parse("deep.tf", source);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack-parse", 1024 * 1024);
        t.start();
        t.join();
        return failure.get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void parsesUpToTheLimitAndFailsCleanlyBeyond(String shape, IntFunction<String> source) throws Exception {
        assertThat(parseOnSmallStack(source.apply(LIMIT))).as("at the limit").isNull();
        Throwable beyond = parseOnSmallStack(source.apply(LIMIT + 2));
        assertThat(beyond).isInstanceOf(HclParseException.class);
        assertThat(((HclParseException) beyond).detail()).isEqualTo("nesting is too deep (more than " + LIMIT + " levels)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void absurdNestingIsACleanError(String shape, IntFunction<String> source) throws Exception {
        assertThat(parseOnSmallStack(source.apply(100_000))).isInstanceOf(HclParseException.class);
    }
}
