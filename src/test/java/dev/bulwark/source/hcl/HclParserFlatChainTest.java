package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A flat chain of binary operators or of traversal steps is not nesting: HashiCorp's parser
 * accepts any length, and so must Bulwark, on a thread with the JVM's default 1 MB stack.
 * Regression test for chains of 256 operators that were rejected as "nesting is too deep" and
 * dropped the file's resources.
 */
class HclParserFlatChainTest {

    static String chain(String operator, int operators) {
        StringBuilder sb = new StringBuilder("x = a");
        for (int i = 0; i < operators; i++) {
            sb.append(' ').append(operator).append(" a");
        }
        return sb.append('\n').toString();
    }

    private static Object parseOnSmallStack(String source) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(HclParser.parse("chain.tf", source).body().attribute("x").expr());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack-parse", 1024 * 1024);
        t.start();
        t.join();
        return result.get();
    }

    @ParameterizedTest(name = "{1} x {0}")
    @CsvSource({"+, 256", "+, 257", "&&, 1000", "||, 10000", "*, 10000", "==, 300", "-, 100000"})
    void aFlatChainOfAnyLengthParsesAsOneLeftDeepTree(String operator, int operators) throws Exception {
        Object parsed = parseOnSmallStack(chain(operator, operators));
        assertThat(parsed).isInstanceOf(Expr.Binary.class);
        int depth = 0;
        Expr e = (Expr) parsed;
        while (e instanceof Expr.Binary b) {
            assertThat(b.op().symbol).isEqualTo(operator);
            assertThat(b.rhs()).isInstanceOf(Expr.Variable.class);
            depth++;
            e = b.lhs();
        }
        assertThat(depth).isEqualTo(operators);
    }

    @ParameterizedTest(name = "{0} terms")
    @CsvSource({"256", "10000"})
    void mixedPrecedencesKeepTheirGrouping(int terms) throws Exception {
        // a * a + a * a + ... : a chain of "+" whose operands are each one "*".
        StringBuilder sb = new StringBuilder("x = a * a");
        for (int i = 1; i < terms; i++) {
            sb.append(" + a * a");
        }
        Object parsed = parseOnSmallStack(sb.append('\n').toString());
        assertThat(parsed).isInstanceOf(Expr.Binary.class);
        int additions = 0;
        Expr e = (Expr) parsed;
        while (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.ADD) {
            assertThat(((Expr.Binary) b.rhs()).op()).isEqualTo(Expr.BinaryOp.MUL);
            additions++;
            e = b.lhs();
        }
        assertThat(additions).isEqualTo(terms - 1);
        assertThat(((Expr.Binary) e).op()).isEqualTo(Expr.BinaryOp.MUL);
    }

    @ParameterizedTest(name = "{0} then {2} x {1}")
    @CsvSource({"a, .b, 257", "a, [0], 10000", "a, .b[\"k\"], 10000", "a.*, .b, 10000", "a[*], .b[0], 10000"})
    void aFlatTraversalChainOfAnyLengthParses(String start, String step, int steps) throws Exception {
        Object parsed = parseOnSmallStack("x = " + start + step.repeat(steps) + "\n");
        assertThat(parsed).isInstanceOf(Expr.class);
    }
}
