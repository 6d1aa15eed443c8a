package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.NULL;
import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.b;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.error;
import static dev.bulwark.source.terraform.functions.V.j;
import static dev.bulwark.source.terraform.functions.V.l;
import static dev.bulwark.source.terraform.functions.V.n;
import static dev.bulwark.source.terraform.functions.V.o;
import static dev.bulwark.source.terraform.functions.V.s;
import static dev.bulwark.source.terraform.functions.V.strs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingFunctionsTest {
    @Test
    void jsonencodeIsCompactWithSortedKeys() throws Exception {
        assertThat(call("jsonencode", o("hello", s("world")))).isEqualTo(s("{\"hello\":\"world\"}"));
        assertThat(call("jsonencode", o("b", l(n(1), n("2.50"), b(true), NULL), "a", o()))).isEqualTo(s("{\"a\":{},\"b\":[1,2.5,true,null]}"));
        assertThat(call("jsonencode", s("<a & b>"))).isEqualTo(s("\"\\u003ca \\u0026 b\\u003e\""));
        assertThat(call("jsonencode", NULL)).isEqualTo(s("null"));
        assertThat(call("jsonencode", n("1e30"))).isEqualTo(s("1000000000000000000000000000000"));
    }

    @Test
    void jsondecodeKeepsNumbersExact() throws Exception {
        assertThat(call("jsondecode", s("{\"hello\": \"world\"}"))).isEqualTo(o("hello", s("world")));
        assertThat(call("jsondecode", s("true"))).isEqualTo(b(true));
        assertThat(call("jsondecode", s("[0.1, 12345678901234567890123, -1e2]")))
                .isEqualTo(l(n("0.1"), n("12345678901234567890123"), n(-100)));
        Value decoded = call("jsondecode", s("{\"z\":1,\"a\":2}"));
        assertThat(((Value.Obj) decoded).fields().keySet()).containsExactly("a", "z");
    }

    @Test
    void jsondecodeReportsWhereTheJsonIsWrong() {
        assertThat(error("jsondecode", s("{\"a\": 1,}"))).startsWith("jsondecode: invalid JSON at line 1, column 9: ");
        assertThat(error("jsondecode", s("{\"a\": 1, \"a\": 2}"))).isEqualTo("jsondecode: invalid JSON at line 1, column 10: duplicate key \"a\" in JSON object");
        assertThat(error("jsondecode", s("1 2"))).isEqualTo("jsondecode: invalid JSON at line 1, column 3: unexpected extra content after the JSON value");
        assertThat(error("jsondecode", s(""))).isEqualTo("jsondecode: invalid JSON: no value found");
        assertThat(error("jsondecode", s("[1"))).startsWith("jsondecode: invalid JSON at line 1, column 3: ");
    }

    @Test
    void yamlencodeWritesBlockStyleLikeTerraform() throws Exception {
        assertThat(call("yamlencode", o("a", s("b"), "c", s("d")))).isEqualTo(s("\"a\": \"b\"\n\"c\": \"d\"\n"));
        assertThat(call("yamlencode", o("foo", l(n(1), n(2), n(3)), "bar", s("baz"))))
                .isEqualTo(s("\"bar\": \"baz\"\n\"foo\":\n- 1\n- 2\n- 3\n"));
        assertThat(call("yamlencode", o("foo", l(n(1), o("a", s("b"), "c", s("d")), n(3)), "bar", s("baz"))))
                .isEqualTo(s("\"bar\": \"baz\"\n\"foo\":\n- 1\n- \"a\": \"b\"\n  \"c\": \"d\"\n- 3\n"));
        assertThat(call("yamlencode", o("outer", o("inner", b(true)), "empty", l(), "none", NULL)))
                .isEqualTo(s("\"empty\": []\n\"none\": null\n\"outer\":\n  \"inner\": true\n"));
        assertThat(call("yamlencode", l(l(n(1), n(2)), o()))).isEqualTo(s("- - 1\n  - 2\n- {}\n"));
    }

    @Test
    void yamlencodeScalarsAndStrings() throws Exception {
        assertThat(call("yamlencode", b(true))).isEqualTo(s("true\n...\n"));
        assertThat(call("yamlencode", n(0))).isEqualTo(s("0\n...\n"));
        assertThat(call("yamlencode", NULL)).isEqualTo(s("null\n...\n"));
        assertThat(call("yamlencode", s(""))).isEqualTo(s("\"\"\n"));
        assertThat(call("yamlencode", s("hello"))).isEqualTo(s("\"hello\"\n"));
        assertThat(call("yamlencode", o())).isEqualTo(s("{}\n"));
        assertThat(call("yamlencode", o("path", s("\\hello\\")))).isEqualTo(s("\"path\": \"\\\\hello\\\\\"\n"));
        assertThat(call("yamlencode", o("t", s("a\tb😀")))).isEqualTo(s("\"t\": \"a\\tb\\U0001F600\"\n"));
        // Multi-line strings become literal blocks, with the chomping indicator matching the line ends.
        assertThat(call("yamlencode", o("a", s("x\ny")))).isEqualTo(s("\"a\": |-\n  x\n  y\n"));
        assertThat(call("yamlencode", o("a", s("x\ny\n")))).isEqualTo(s("\"a\": |\n  x\n  y\n"));
        assertThat(call("yamlencode", o("a", s("x\n\n")))).isEqualTo(s("\"a\": |+\n  x\n\n"));
        assertThat(call("yamlencode", o("a", s(" x\ny")))).isEqualTo(s("\"a\": |2-\n   x\n  y\n"));
        assertThat(call("yamlencode", s("x\ny"))).isEqualTo(s("|-\n  x\n  y\n"));
        // A space before a line break cannot survive in a block, so the string stays quoted.
        assertThat(call("yamlencode", o("a", s("x \ny")))).isEqualTo(s("\"a\": \"x \\ny\"\n"));
    }

    @Test
    void yamlencodeFoldsLongQuotedStringsAfterColumn80() throws Exception {
        String words = "lorem ipsum dolor sit amet ".repeat(5).trim();
        String encoded = ((Value.Str) call("yamlencode", o("k", s(words)))).value();
        // The first space after column 80 becomes a line break (read back as a space).
        assertThat(encoded).isEqualTo("\"k\": \"lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit\n"
                + "  amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet\"\n");
        assertThat(call("yamldecode", s(encoded))).isEqualTo(o("k", s(words)));
    }

    @Test
    void yamldecodeTypesPlainScalarsAndKeepsQuotedOnesAsStrings() throws Exception {
        assertThat(call("yamldecode", s("hello: world"))).isEqualTo(o("hello", s("world")));
        assertThat(call("yamldecode", s("true"))).isEqualTo(b(true));
        assertThat(call("yamldecode", s("{a: &foo [1, 2, 3], b: *foo}"))).isEqualTo(o("a", l(n(1), n(2), n(3)), "b", l(n(1), n(2), n(3))));
        assertThat(call("yamldecode", s(""))).isEqualTo(NULL);
        assertThat(call("yamldecode", s("~"))).isEqualTo(NULL);
        assertThat(call("yamldecode", s("a: yes\nb: 'yes'\nc: Off\nd: \"1\"\ne: 1.5e3\nf: 0x1F\ng: 0o17\nh: 017\ni: 1_000\nj: .5\nk: -3")))
                .isEqualTo(o("a", b(true), "b", s("yes"), "c", b(false), "d", s("1"), "e", n(1500), "f", n(31), "g", n(15),
                        "h", n(17), "i", s("1_000"), "j", n("0.5"), "k", n(-3)));
        assertThat(call("yamldecode", s("when: 2001-12-14t21:59:43.10-05:00\nday: 2002-12-14\nlocal: 2001-12-14 21:59:43.10")))
                .isEqualTo(o("when", s("2001-12-14T21:59:43-05:00"), "day", s("2002-12-14T00:00:00Z"), "local", s("2001-12-14T21:59:43Z")));
        assertThat(call("yamldecode", s("a: !!str 12\nb: !!int \"12\"\nc: !!bool yes\n1: one\ntrue: t")))
                .isEqualTo(o("a", s("12"), "b", n(12), "c", b(true), "1", s("one"), "true", s("t")));
        assertThat(call("yamldecode", s("text: |\n  line one\n  line two\nlist:\n- x\n- k: z\n")))
                .isEqualTo(o("text", s("line one\nline two\n"), "list", l(s("x"), o("k", s("z")))));
        // YAML 1.1 words are typed even as keys, as in Terraform: "y" is true, so the key is "true".
        assertThat(call("yamldecode", s("y: z\nn: 1"))).isEqualTo(o("true", s("z"), "false", n(1)));
        assertThat(call("yamldecode", s("a: 1\na: 2"))).isEqualTo(o("a", n(2)));
    }

    @Test
    void yamldecodeRejectsWhatTerraformRejects() {
        assertThat(error("yamldecode", s("a: 1\n---\nb: 2"))).isEqualTo("yamldecode: on line 2, column 1: only a single document is allowed");
        assertThat(error("yamldecode", s("{a: &foo [1, *foo, 3]}")))
                .isEqualTo("yamldecode: on line 1, column 14: cannot refer to anchor \"foo\" from inside its own definition");
        assertThat(error("yamldecode", s("a: *nope"))).isEqualTo("yamldecode: on line 1, column 4: reference to undefined anchor \"nope\"");
        assertThat(error("yamldecode", s("{a: !not-supported foo}"))).isEqualTo("yamldecode: on line 1, column 5: unsupported tag \"!not-supported\"");
        assertThat(error("yamldecode", s("? [a]\n: b"))).isEqualTo("yamldecode: on line 1, column 3: only strings are allowed as mapping keys");
        assertThat(error("yamldecode", s("~: b"))).isEqualTo("yamldecode: on line 1, column 1: mapping key cannot be null");
        assertThat(error("yamldecode", s("a: .nan"))).isEqualTo("yamldecode: on line 1, column 4: floating point NaN is not supported");
        assertThat(error("yamldecode", s("a: [1"))).startsWith("yamldecode: on line 1, column 6: ");
    }

    @Test
    void yamldecodeRefusesAliasBombs() {
        StringBuilder doc = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            doc.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                doc.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            doc.append("]\n");
        }
        assertThat(error("yamldecode", s(doc.toString()))).contains("aliases expand to more than 1000000 values");
    }

    @Test
    void yamlRoundTrips() throws Exception {
        Value v = o("name", s("web"), "ports", l(n(80), n(443)), "tags", o("env", s("prod"), "multi", s("a\nb\n")),
                "ratio", n("0.25"), "on", b(true), "nothing", NULL);
        assertThat(call("yamldecode", call("yamlencode", v))).isEqualTo(v);
    }

    @ParameterizedTest(name = "base64 of {0}")
    @CsvSource({
        "Hello World, SGVsbG8gV29ybGQ=",
        "☃, 4piD",
        "'', ''",
    })
    void base64RoundTrip(String text, String encoded) throws Exception {
        assertThat(call("base64encode", s(text))).isEqualTo(s(encoded));
        assertThat(call("base64decode", s(encoded))).isEqualTo(s(text));
    }

    @Test
    void base64decodeNeedsPaddingAndUtf8() throws Exception {
        assertThat(error("base64decode", s("SGVsbG8"))).isEqualTo("base64decode: failed to decode base64 data \"SGVsbG8\"");
        assertThat(error("base64decode", s("/w=="))).isEqualTo("base64decode: the decoded data is not valid UTF-8");
        assertThat(call("base64decode", s("SGVs\nbG8="))).isEqualTo(s("Hello"));
    }

    @ParameterizedTest(name = "urlencode({0})")
    @CsvSource({
        "Hello World!, Hello+World%21",
        "☃, %E2%98%83",
        "foo:bar@localhost?foo=bar&bar=baz, foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz",
        "a-b_c.d~e, a-b_c.d~e",
    })
    void urlencodeEscapesLikeGoQueryEscape(String text, String expected) throws Exception {
        assertThat(call("urlencode", s(text))).isEqualTo(s(expected));
    }

    @Test
    void csvdecodeReadsRowsIntoObjects() throws Exception {
        assertThat(call("csvdecode", s("a,b,c\n1,2,3\n4,5,6")))
                .isEqualTo(l(o("a", s("1"), "b", s("2"), "c", s("3")), o("a", s("4"), "b", s("5"), "c", s("6"))));
        assertThat(call("csvdecode", s("name,notes\r\n\"Smith, J\",\"said \"\"hi\"\"\nthen left\"\r\n\r\n")))
                .isEqualTo(l(o("name", s("Smith, J"), "notes", s("said \"hi\"\nthen left"))));
        assertThat(call("csvdecode", s("a,b\n"))).isEqualTo(l());
        assertThat(error("csvdecode", s(""))).isEqualTo("csvdecode: missing header line");
        assertThat(error("csvdecode", s("a,b\n1,2,3"))).isEqualTo("csvdecode: record on line 2: wrong number of fields");
        assertThat(error("csvdecode", s("a\nx\"y"))).isEqualTo("csvdecode: parse error on line 2, column 2: bare \" in non-quoted field");
        assertThat(error("csvdecode", s("a\n\"x\"y"))).isEqualTo("csvdecode: parse error on line 2, column 4: extraneous or missing \" in quoted field");
    }

    @Test
    void textEncodingsByIanaName() throws Exception {
        assertThat(call("textencodebase64", s("Hello World"), s("UTF-16LE"))).isEqualTo(s("SABlAGwAbABvACAAVwBvAHIAbABkAA=="));
        assertThat(call("textdecodebase64", s("SABlAGwAbABvACAAVwBvAHIAbABkAA=="), s("UTF-16LE"))).isEqualTo(s("Hello World"));
        assertThat(error("textencodebase64", s("x"), s("no-such-charset"))).isEqualTo(
                "textencodebase64: argument 2 must be a supported IANA encoding name, got \"no-such-charset\"");
        assertThat(error("textencodebase64", s("☃"), s("US-ASCII"))).isEqualTo(
                "textencodebase64: the given string contains characters that cannot be represented in US-ASCII");
    }

    @Test
    void encodersOfPartlyUnknownValuesAreUnknown() throws Exception {
        V.assertDerivedUnknown(call("jsonencode", o("a", l(UNKNOWN))));
        V.assertDerivedUnknown(call("yamlencode", l(UNKNOWN)));
        assertThat(call("jsondecode", UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("csvdecode", UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(call("base64encode", UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(j("{\"x\":[\"y\"]}")).isEqualTo(o("x", strs("y")));
    }
}
