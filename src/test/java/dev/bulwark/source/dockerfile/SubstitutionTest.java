package dev.bulwark.source.dockerfile;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SubstitutionTest {
    private static final Map<String, String> VARS = new HashMap<>();

    static {
        VARS.put("TAG", "3.12");
        VARS.put("EMPTY", "");
        VARS.put("FROM_BUILD", null);
    }

    private static Substitution.Result expand(String word) {
        return Substitution.expand(word, VARS, '\\');
    }

    @Test
    void expandsPlainAndBracedReferences() {
        assertThat(expand("python:$TAG-slim").text()).isEqualTo("python:3.12-slim");
        assertThat(expand("python:${TAG}").text()).isEqualTo("python:3.12");
        assertThat(expand("x${UNDECLARED}y").text()).isEqualTo("xy");
    }

    @Test
    void operatorsFollowDocker() {
        assertThat(expand("${EMPTY:-dflt}").text()).isEqualTo("dflt");
        assertThat(expand("${EMPTY-dflt}").text()).isEqualTo("");
        assertThat(expand("${UNDECLARED-dflt}").text()).isEqualTo("dflt");
        assertThat(expand("${TAG:+-alt}").text()).isEqualTo("-alt");
        assertThat(expand("${EMPTY:+alt}").text()).isEqualTo("");
        assertThat(expand("${EMPTY+alt}").text()).isEqualTo("alt");
        assertThat(expand("${UNDECLARED:-${TAG}}").text()).isEqualTo("3.12");
    }

    @Test
    void anArgWithoutDefaultIsUnknownUnlessAnOperatorSuppliesAValue() {
        assertThat(expand("base:${FROM_BUILD}").unknownVariable()).isEqualTo("FROM_BUILD");
        assertThat(expand("$FROM_BUILD").known()).isFalse();
        assertThat(expand("${FROM_BUILD:-alpine}")).isEqualTo(new Substitution.Result("alpine", null));
        assertThat(expand("tools${FROM_BUILD:+-$FROM_BUILD}")).isEqualTo(new Substitution.Result("tools", null));
        assertThat(expand("${FROM_BUILD:?set it}").known()).isFalse();
    }

    @Test
    void quotesAndEscapesAreRemovedAsTheyAreRead() {
        assertThat(expand("'$TAG'").text()).isEqualTo("$TAG");
        assertThat(expand("\"v$TAG\"").text()).isEqualTo("v3.12");
        assertThat(expand("\\$TAG").text()).isEqualTo("$TAG");
        assertThat(Substitution.expand("`$TAG", VARS, '`').text()).isEqualTo("$TAG");
    }
}
