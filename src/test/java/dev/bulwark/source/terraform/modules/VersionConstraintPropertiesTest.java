package dev.bulwark.source.terraform.modules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constraint matcher against the rules written out independently: each operator as a
 * comparison on (major, minor, patch), {@code ~>} as the range it stands for, commas as "and",
 * pre-releases only when named exactly, and the newest match chosen.
 */
class VersionConstraintPropertiesTest {
    @Provide
    Arbitrary<ModuleVersion> releases() {
        Arbitrary<Long> n = Arbitraries.longs().between(0, 4);
        return Combinators.combine(n, n, n).as(ModuleVersion::of);
    }

    @Provide
    Arbitrary<ModuleVersion> versions() {
        Arbitrary<Long> n = Arbitraries.longs().between(0, 4);
        Arbitrary<String> pre = Arbitraries.of("", "", "", "alpha", "beta.1", "rc.2", "1");
        return Combinators.combine(n, n, n, pre).as((a, b, c, p) -> new ModuleVersion(a, b, c, p, 3));
    }

    @Provide
    Arbitrary<List<ModuleVersion>> versionLists() {
        return versions().list().ofMaxSize(8);
    }

    /** A tuple comparison written without ModuleVersion.compareTo, for releases. */
    private static int cmp(ModuleVersion a, ModuleVersion b) {
        long[] x = {a.major(), a.minor(), a.patch()};
        long[] y = {b.major(), b.minor(), b.patch()};
        for (int i = 0; i < 3; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
        return 0;
    }

    private static VersionConstraint c(String text) {
        try {
            return VersionConstraint.parse(text);
        } catch (VersionConstraint.InvalidConstraint e) {
            throw new AssertionError(e);
        }
    }

    @Property
    void eachOperatorIsItsComparison(@ForAll("releases") ModuleVersion v, @ForAll("releases") ModuleVersion bound) {
        int c = cmp(v, bound);
        assertThat(c(">= " + bound).matches(v)).isEqualTo(c >= 0);
        assertThat(c(">" + bound).matches(v)).isEqualTo(c > 0);
        assertThat(c("<= " + bound).matches(v)).isEqualTo(c <= 0);
        assertThat(c("<" + bound).matches(v)).isEqualTo(c < 0);
        assertThat(c("= " + bound).matches(v)).isEqualTo(c == 0);
        assertThat(c(bound.toString()).matches(v)).isEqualTo(c == 0);
        assertThat(c("!= " + bound).matches(v)).isEqualTo(c != 0);
    }

    @Property
    void pessimisticIsTheRangeItStandsFor(@ForAll("releases") ModuleVersion v, @ForAll("releases") ModuleVersion b) {
        // ~> a.b.c: >= a.b.c and < a.(b+1).0;  ~> a.b: >= a.b.0 and < (a+1).0.0;  ~> a: >= a.0.0
        boolean three = cmp(v, b) >= 0 && cmp(v, ModuleVersion.of(b.major(), b.minor() + 1, 0)) < 0;
        boolean two = cmp(v, ModuleVersion.of(b.major(), b.minor(), 0)) >= 0 && cmp(v, ModuleVersion.of(b.major() + 1, 0, 0)) < 0;
        boolean one = cmp(v, ModuleVersion.of(b.major(), 0, 0)) >= 0;
        assertThat(c("~> " + b.major() + "." + b.minor() + "." + b.patch()).matches(v)).isEqualTo(three);
        assertThat(c("~> " + b.major() + "." + b.minor()).matches(v)).isEqualTo(two);
        assertThat(c("~>" + b.major()).matches(v)).isEqualTo(one);
    }

    @Property
    void commasMeanEveryConditionHolds(@ForAll("releases") ModuleVersion v, @ForAll("releases") ModuleVersion lo,
                                       @ForAll("releases") ModuleVersion hi, @ForAll("releases") ModuleVersion not) {
        VersionConstraint both = c(">= " + lo + ", < " + hi + ",!=" + not);
        assertThat(both.matches(v)).isEqualTo(c(">= " + lo).matches(v) && c("< " + hi).matches(v) && c("!= " + not).matches(v));
    }

    @Property
    void aPrereleaseMatchesOnlyWhenNamedExactly(@ForAll("versions") ModuleVersion v, @ForAll("releases") ModuleVersion b) {
        if (!v.isPrerelease()) return;
        for (String op : List.of(">= ", "> ", "<= ", "< ", "!= ", "~> ")) assertThat(c(op + b).matches(v)).isFalse();
        assertThat(c("= " + v).matches(v)).isTrue();
        assertThat(c(v.toString()).matches(v)).isTrue();
        assertThat(c(v + ", != " + ModuleVersion.of(v.major() + 1, 0, 0)).matches(v)).isTrue();
        assertThat(c(v + ", >= " + ModuleVersion.of(v.major(), v.minor(), v.patch())).matches(v)).as("a pre-release sorts below its release").isFalse();
    }

    @Property
    void newestIsTheGreatestMatchingVersion(@ForAll("versionLists") List<ModuleVersion> available, @ForAll("releases") ModuleVersion b) {
        for (String text : List.of(">= " + b, "< " + b, "~> " + b.major() + "." + b.minor(), "!= " + b)) {
            VersionConstraint constraint = c(text);
            List<ModuleVersion> matching = available.stream().filter(constraint::matches).toList();
            var chosen = constraint.newest(available);
            assertThat(chosen.isPresent()).isEqualTo(!matching.isEmpty());
            chosen.ifPresent(best -> {
                assertThat(matching).contains(best);
                assertThat(matching).allSatisfy(m -> assertThat(m.compareTo(best)).isLessThanOrEqualTo(0));
                assertThat(best.isPrerelease()).isFalse();
            });
        }
    }

    @Property
    void versionOrderIsATotalOrderAndAPrereleaseComesBeforeItsRelease(@ForAll("versions") ModuleVersion a,
                                                                       @ForAll("versions") ModuleVersion b,
                                                                       @ForAll("versions") ModuleVersion c) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        if (a.isPrerelease()) assertThat(a.compareTo(ModuleVersion.of(a.major(), a.minor(), a.patch()))).isNegative();
        assertThat(ModuleVersion.parse(a.toString())).isEqualTo(a);
    }
}
