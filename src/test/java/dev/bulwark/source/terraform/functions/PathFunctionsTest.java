package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.s;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathFunctionsTest {
    @ParameterizedTest(name = "basename({0}) = {1}, dirname = {2}")
    @CsvSource({
        "foo/bar/baz.txt, baz.txt, foo/bar",
        "/foo/bar/, bar, /foo/bar",
        "baz.txt, baz.txt, .",
        "/, /, /",
        "'', ., .",
        "///, /, /",
        "a//b/../c/d.tf, d.tf, a/c",
        "../x/y, y, ../x",
        "./modules/net/main.tf, main.tf, modules/net",
    })
    void splitsPaths(String path, String base, String dir) throws Exception {
        assertThat(call("basename", s(path))).isEqualTo(s(base));
        assertThat(call("dirname", s(path))).isEqualTo(s(dir));
    }

    @Test
    void machineDependentPathFunctionsAreNotProvided() throws Exception {
        assertThat(Functions.lookup("abspath")).isNull();
        assertThat(Functions.lookup("pathexpand")).isNull();
        assertThat(call("basename", UNKNOWN)).isSameAs(UNKNOWN);
    }
}
