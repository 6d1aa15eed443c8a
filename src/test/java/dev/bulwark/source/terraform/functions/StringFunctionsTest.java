package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.b;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.error;
import static dev.bulwark.source.terraform.functions.V.fails;
import static dev.bulwark.source.terraform.functions.V.j;
import static dev.bulwark.source.terraform.functions.V.l;
import static dev.bulwark.source.terraform.functions.V.n;
import static dev.bulwark.source.terraform.functions.V.o;
import static dev.bulwark.source.terraform.functions.V.row;
import static dev.bulwark.source.terraform.functions.V.s;
import static dev.bulwark.source.terraform.functions.V.strs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Value;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StringFunctionsTest {
    static Stream<Arguments> documentedExamples() {
        return Stream.of(
                row(s("Hello, Ander!"), "format", s("Hello, %s!"), s("Ander")),
                row(s("There are 4 lights"), "format", s("There are %d lights"), n(4)),
                row(strs("Hello, Valentina!", "Hello, Ander!", "Hello, Olivia!", "Hello, Sam!"), "formatlist",
                        s("Hello, %s!"), strs("Valentina", "Ander", "Olivia", "Sam")),
                row(strs("Salutations, Valentina!", "Salutations, Ander!"), "formatlist",
                        s("%s, %s!"), s("Salutations"), strs("Valentina", "Ander")),
                row(s("foo, bar, baz"), "join", s(", "), strs("foo", "bar", "baz")),
                row(s("foo"), "join", s(", "), strs("foo")),
                row(s("a-b-c"), "join", s("-"), strs("a"), strs("b", "c")),
                row(s("1,2"), "join", s(","), l(n(1), n(2))),
                row(strs("foo"), "split", s(","), s("foo")),
                row(strs("foo", "bar", "baz"), "split", s(","), s("foo,bar,baz")),
                row(strs(""), "split", s(","), s("")),
                row(strs("a", "b", ""), "split", s(","), s("a,b,")),
                row(s("hello"), "lower", s("HELLO")),
                row(s("алло!"), "lower", s("АЛЛО!")),
                row(s("HELLO"), "upper", s("hello")),
                row(s("АЛЛО!"), "upper", s("алло!")),
                row(s("ß"), "upper", s("ß")),
                row(s("Hello World"), "title", s("hello world")),
                row(s("Hello-World O'Neil_x"), "title", s("hello-world o'neil_x")),
                row(s("hello"), "trim", s("?!hello?!"), s("!?")),
                row(s("oob"), "trim", s("foobar"), s("far")),
                row(s("hello! world."), "trim", s("   hello! world.!  "), s("! ")),
                row(s("hello"), "trimspace", s("  hello\n\n")),
                row(s("x"), "trimspace", s("\u00a0\u2003x\t\u000b")),
                row(s("world"), "trimprefix", s("helloworld"), s("hello")),
                row(s("helloworld"), "trimprefix", s("helloworld"), s("cat")),
                row(s("hello"), "trimsuffix", s("helloworld"), s("world")),
                row(s("helloworld"), "trimsuffix", s("helloworld"), s("cat")),
                row(s("1 - 2 - 3"), "replace", s("1 + 2 + 3"), s("+"), s("-")),
                row(s("hello everybody"), "replace", s("hello world"), s("/w.*d/"), s("everybody")),
                row(s("a-b-c"), "replace", s("a1b22c"), s("/[0-9]+/"), s("-")),
                row(s("x=1, y=2"), "replace", s("1=x, 2=y"), s("/(\\d)=(\\w)/"), s("$2=$1")),
                row(s("[ab]"), "replace", s("a"), s("/(?P<letter>a)/"), s("[${letter}b]")),
                row(s(""), "replace", s("a"), s("/(a)/"), s("$1b")), // $1b names a group "1b", which does not exist
                row(s("$a"), "replace", s("a"), s("/a/"), s("$$a")),
                row(s("XbXcX"), "replace", s("baaac"), s("/a*/"), s("X")),
                row(s("-a-b-"), "replace", s("ab"), s(""), s("-")),
                row(s("/"), "replace", s("/"), s("/"), s("/")),
                row(s("ello"), "substr", s("hello world"), n(1), n(4)),
                row(s("🤔"), "substr", s("🤔🤷"), n(0), n(1)),
                row(s("world"), "substr", s("hello world"), n(-5), n(-1)),
                row(s("world"), "substr", s("hello world"), n(6), n(10)),
                row(s(""), "substr", s("hello"), n(10), n(2)),
                row(s(""), "substr", s("hello"), n(-2), n(0)),
                row(s("aaabbbccc"), "regex", s("[a-z]+"), s("53453453.345345aaabbbccc23454")),
                row(strs("2019", "02", "01"), "regex", s("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)"), s("2019-02-01")),
                row(o("authority", s("terraform.io"), "scheme", s("https")), "regex",
                        s("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?"), s("https://terraform.io/docs/")),
                row(l(s("a"), Value.NULL), "regex", s("(a)(b)?"), s("a")),
                row(strs("abcd", "efgh"), "regexall", s("[a-z]+"), s("1234abcd5678efgh9")),
                row(l(), "regexall", s("[a-z]+"), s("123456789")),
                row(l(strs("k", "1"), strs("v", "2")), "regexall", s("(\\w)=(\\d)"), s("k=1 v=2")),
                row(s("abc"), "regex", s("^[[:alpha:]]+$"), s("abc")),
                row(s("a"), "regex", s("^a$"), s("a")),
                row(b(true), "startswith", s("hello world"), s("hello")),
                row(b(false), "startswith", s("hello world"), s("world")),
                row(b(true), "endswith", s("hello world"), s("world")),
                row(b(false), "endswith", s("hello world"), s("hello")),
                row(b(true), "strcontains", s("hello world"), s("wor")),
                row(b(false), "strcontains", s("hello world"), s("wod")),
                row(s("[\n    foo,\n    bar,\n  ]\n  "), "indent", n(2), s("[\n  foo,\n  bar,\n]\n")),
                row(s("hello"), "chomp", s("hello\n")),
                row(s("hello"), "chomp", s("hello\r\n")),
                row(s("hello"), "chomp", s("hello\n\n")),
                row(s("hello\nworld"), "chomp", s("hello\nworld")),
                row(s("olleh"), "strrev", s("hello")),
                row(s("☃ a"), "strrev", s("a ☃")),
                row(s("e\u0301d"), "strrev", s("de\u0301")));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("documentedExamples")
    void documentedExamples(String fn, List<Value> args, Value expected) throws Exception {
        assertThat(call(fn, args)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "format({0}) = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "%.2f          | 3.14159      | 3.14",
        "%5.1f         | 3.14159      | `  3.1`",
        "`%-5d|`       | 3            | `3    |`",
        "%05d          | 42           | 00042",
        "%+d           | 42           | +42",
        "%05d          | -42          | -0042",
        "%x            | 255          | ff",
        "%X            | 255          | FF",
        "%#x           | 255          | 0xff",
        "%o            | 8            | 10",
        "%b            | 5            | 101",
        "%e            | 123456.789   | 1.234568e+05",
        "%E            | 0.000123     | 1.230000E-04",
        "%g            | 0.00001234   | 1.234e-05",
        "%g            | 123.5        | 123.5",
        "%.3g          | 1234.5678    | 1.23e+03",
        "%f            | 1.5          | 1.500000",
        "%.0f          | 2.5          | 2",
        "%.2f          | 0.125        | 0.12",
        "%v            | 1000000      | 1e+06",
        "%v            | 123456       | 123456",
        "%v            | 1.5          | 1.5",
        "%v            | 0.0001       | 0.0001",
        "%v            | 0.00001      | 1e-05",
        "%s            | 1.50         | 1.5",
        "%d            | 1e3          | 1000",
        "%%%d%%        | 7            | %7%",
    })
    void formatsNumbers(String format, String number, String expected) throws Exception {
        assertThat(call("format", s(format), n(number))).isEqualTo(s(expected));
    }

    @ParameterizedTest(name = "format({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "%q      | hi \"there\"  | `\"hi \\\"there\\\"\"`",
        "%q      | <b>           | `\"\\u003cb\\u003e\"`",
        "`%10s|` | abc           | `       abc|`",
        "`%-6s|` | abc           | `abc   |`",
        "%.2s    | héllo         | hé",
        "%#v     | x             | `\"x\"`",
        "%v      | x             | x",
        "%t      | true          | true",
        "%5t     | false         | `false`",
    })
    void formatsStrings(String format, String arg, String expected) throws Exception {
        assertThat(call("format", s(format), s(arg))).isEqualTo(s(expected));
    }

    @Test
    void formatShowsStructuresAsJsonAndPicksArgumentsByIndex() throws Exception {
        assertThat(call("format", s("%v"), l(n(1), s("a")))).isEqualTo(s("[1,\"a\"]"));
        assertThat(call("format", s("%v"), o("b", n(1), "a", Value.TRUE))).isEqualTo(s("{\"a\":true,\"b\":1}"));
        assertThat(call("format", s("%v|%#v"), Value.NULL, Value.TRUE)).isEqualTo(s("null|true"));
        assertThat(call("format", s("%[2]s %[1]s %s"), s("a"), s("b"))).isEqualTo(s("b a b"));
        assertThat(call("format", s("%s and %s"), b(true), n(2))).isEqualTo(s("true and 2"));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                fails("format: not enough arguments for \"%s\" at offset 0: need argument 1 but have 0", "format", s("%s")),
                fails("format: unsupported value for \"%d\" at offset 0: an integer is required", "format", s("%d"), n("1.5")),
                fails("format: unsupported value for \"%s\" at offset 0: null value cannot be formatted", "format", s("%s"), Value.NULL),
                fails("format: unsupported value for \"%s\" at offset 3: a string is required, got list", "format", s("ab %s"), l()),
                fails("format: unsupported value for \"%d\" at offset 0: a number is required, got string \"x\"", "format", s("%d"), s("x")),
                fails("format: unsupported format verb \"z\" in \"%z\" at offset 0", "format", s("%z"), n(1)),
                fails("format: invalid format string: unfinished verb at offset 2", "format", s("a %"), n(1)),
                fails("format: argument 1 must be a string, got list", "format", l()),
                fails("formatlist: argument 3 has length 1, which is inconsistent with argument 2 of length 2", "formatlist",
                        s("%s%s"), strs("a", "b"), strs("c")),
                fails("join: expected at least 2 arguments, got 1", "join", s(",")),
                fails("join: argument 2 element 1 is null; cannot concatenate null values", "join", s(","), l(s("a"), Value.NULL)),
                fails("join: argument 2 element 0 must be a string, got list", "join", s(","), l(l())),
                fails("join: argument 2 must be a list, set or tuple, got string \"a\"", "join", s(","), s("a")),
                fails("upper: argument 1 must not be null", "upper", Value.NULL),
                fails("upper: expected 1 argument, got 2", "upper", s("a"), s("b")),
                fails("upper: argument 1 must be a string, got object", "upper", o()),
                fails("substr: argument 2 must be a whole number, got 1.5", "substr", s("abc"), n("1.5"), n(1)),
                fails("regex: pattern did not match any part of the given string", "regex", s("[a-z]+"), s("53453453.34534523454")),
                fails("regex: invalid regular expression: cannot mix both named and unnamed capture groups", "regex",
                        s("(?P<a>x)(y)"), s("xy")),
                fails("regex: invalid regular expression \"(a\": ", "regex", s("(a"), s("a")),
                fails("regex: invalid regular expression \"(a)\\\\1\": invalid escape sequence `\\1` (backreferences are"
                        + " not supported by RE2, the syntax of Terraform's regular expressions)", "regex", s("(a)\\1"), s("aa")),
                fails("regex: invalid regular expression \"a(?=b)\": invalid or unsupported Perl syntax `(?=` (lookaround and"
                        + " atomic groups are not supported by RE2, the syntax of Terraform's regular expressions)",
                        "regex", s("a(?=b)"), s("ab")),
                fails("regexall: invalid regular expression \"(?\\u003c!a)b\": invalid named capture `(?<!a)b` (lookaround"
                        + " and atomic groups are not supported by RE2, the syntax of Terraform's regular expressions)",
                        "regexall", s("(?<!a)b"), s("ab")),
                fails("regex: invalid regular expression \"a{1001}\": invalid repeat count `{1001}`", "regex", s("a{1001}"), s("a")),
                fails("regex: invalid regular expression \"\\\\Z\": invalid escape sequence `\\Z`", "regex", s("\\Z"), s("a")),
                fails("replace: invalid regular expression \"[\": missing closing ] `[`", "replace", s("a"), s("/[/"), s("b")),
                fails("indent: argument 1 must be between 0 and 10000, got -1", "indent", n(-1), s("a")));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("errors")
    void rejectsBadCalls(String fn, List<Value> args, String message) {
        assertThat(error(fn, args)).startsWith(message);
    }

    @Test
    void unknownArgumentsGiveUnknownResults() throws Exception {
        assertThat(call("upper", UNKNOWN)).isSameAs(UNKNOWN);
        V.assertDerivedUnknown(call("join", s(","), l(s("a"), UNKNOWN)));
        V.assertDerivedUnknown(call("format", s("%s-%s"), s("a"), l(UNKNOWN)));
        assertThat(call("replace", UNKNOWN, s("a"), s("b"))).isSameAs(UNKNOWN);
        assertThat(call("regexall", s("a"), UNKNOWN)).isSameAs(UNKNOWN);
    }

    @Test
    void refusesToBuildHugeStrings() {
        String big = "a\n".repeat(500_000);
        assertThat(error("indent", n(100), s(big))).startsWith("indent: the result would be 51000000 characters long");
        assertThat(error("replace", s(big), s(""), s("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))).startsWith("replace: the result would be");
        assertThat(error("replace", s(big), s("/a/"), s("x".repeat(100)))).startsWith("replace: the result would be longer than");
    }

    @Test
    void formatlistKeepsKnownRowsWhenOnlySomeItemsAreUnknown() throws Exception {
        Value rows = call("formatlist", s("%s.example.com"), l(s("a"), UNKNOWN, s("c")));
        assertThat(rows).isEqualTo(l(s("a.example.com"), UNKNOWN, s("c.example.com")));
        V.assertDerivedUnknown(((Value.ListV) rows).items().get(1));
        assertThat(call("formatlist", s("%s"), UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("formatlist", s("%s-%s"), s("x"), s("y"))).isEqualTo(strs("x-y"));
    }

    @Test
    void regexReadsGoSyntax() throws Exception {
        // '$' is end of text in Go, not "before a final newline"
        assertThat(call("regexall", s("a$"), s("a\n"))).isEqualTo(l());
        assertThat(call("regexall", s("(?m)a$"), s("a\nb"))).isEqualTo(strs("a"));
        // a lone brace is a literal in Go
        assertThat(call("regex", s("{x}"), s("a{x}"))).isEqualTo(s("{x}"));
        assertThat(call("regex", s("a{2}"), s("caab"))).isEqualTo(s("aa"));
        // '.' matches carriage returns in Go
        assertThat(call("regex", s("a.b"), s("a\rb"))).isEqualTo(s("a\rb"));
        assertThat(call("regex", s("\\pL+"), s("1héllo2"))).isEqualTo(s("héllo"));
        assertThat(call("regex", s("\\p{Greek}+"), s("abc αβγ"))).isEqualTo(s("αβγ"));
        assertThat(call("regex", s("[^[:space:]]+"), s("  word "))).isEqualTo(s("word"));
        assertThat(call("regexall", s("[a&&b]"), s("a&b"))).isEqualTo(strs("a", "&", "b"));
        assertThat(call("regex", s("(?i)HELLO"), s("say hello"))).isEqualTo(s("hello"));
        assertThat(call("regex", s("\\Qa.b\\E"), s("xa.b"))).isEqualTo(s("a.b"));
    }

    @Test
    void re2SyntaxAsGoReadsIt() throws Exception {
        // Named groups in both of Go's spellings give an object; unmatched optional groups are null.
        assertThat(call("regex", s("(?P<year>\\d{4})-(?<month>\\d\\d)(?P<day>-\\d\\d)?"), s("on 2024-05")))
                .isEqualTo(o("day", Value.NULL, "month", s("05"), "year", s("2024")));
        assertThat(call("regexall", s("(?P<k>\\w+)=(?P<v>\\w*)"), s("a=1 b=")))
                .isEqualTo(l(o("k", s("a"), "v", s("1")), o("k", s("b"), "v", s(""))));
        // Unicode classes: \pL and \PL, scripts, and POSIX classes that stay ASCII as in Go.
        assertThat(call("regexall", s("\\pL+"), s("día 2 noche"))).isEqualTo(strs("día", "noche"));
        assertThat(call("regex", s("\\PL+"), s("abc-123def"))).isEqualTo(s("-123"));
        assertThat(call("regex", s("[[:alpha:]]+"), s("éab"))).isEqualTo(s("ab"));
        // \z is end of text; \b is an ASCII word boundary.
        assertThat(call("regexall", s("o\\z"), s("foo"))).isEqualTo(strs("o"));
        assertThat(call("regexall", s("\\bé"), s("é é"))).isEqualTo(l());
        assertThat(call("regexall", s("\\bé"), s("é xé"))).isEqualTo(strs("é"));
        // Ungreedy flag and the flag group syntax.
        assertThat(call("regex", s("(?U)a+"), s("aaa"))).isEqualTo(s("a"));
        assertThat(call("regex", s("(?s:a.b)"), s("a\nb"))).isEqualTo(s("a\nb"));
        // Replacement templates: $name takes the longest name, so ${1}x is needed for group 1 before "x".
        assertThat(call("replace", s("ab"), s("/(?P<first>a)(b)/"), s("${first}-$2-$1x-${1}x-$$"))).isEqualTo(s("a-b--ax-$"));
        // Empty matches as Go finds them: not right after a previous match.
        assertThat(call("replace", s("abc"), s("/x*/"), s("-"))).isEqualTo(s("-a-b-c-"));
        assertThat(call("regexall", s("a*"), s("baaac"))).isEqualTo(strs("", "aaa", ""));
    }

    @Test
    void lengthCountsUserPerceivedCharacters() throws Exception {
        assertThat(call("length", s("hello"))).isEqualTo(n(5));
        assertThat(call("length", s("👾🕹️"))).isEqualTo(n(2));
        assertThat(call("length", s("e\u0301"))).isEqualTo(n(1));
        assertThat(call("length", s("a\r\nb"))).isEqualTo(n(3));
    }

    @Test
    void jsonQuotingInFormatMatchesTerraform() throws Exception {
        assertThat(call("format", s("%q"), s("a\u2028b\tc"))).isEqualTo(s("\"a\\u2028b\\tc\""));
        assertThat(j("\"\\u003c\"")).isEqualTo(s("<"));
    }
}
