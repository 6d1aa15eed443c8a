package dev.bulwark.source.terraform.modules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Examples from Terraform's documentation of version constraints. */
class VersionConstraintTest {
    private static final List<ModuleVersion> AVAILABLE = Stream.of("0.9.0", "1.0.0", "1.0.4", "1.0.10", "1.1.0", "1.2.0",
            "1.10.0", "2.0.0-rc.1", "2.0.0", "2.1.0-beta").map(ModuleVersion::parse).toList();

    private static String newest(String constraint) throws Exception {
        return VersionConstraint.parse(constraint).newest(AVAILABLE).map(ModuleVersion::toString).orElse("none");
    }

    @Test
    void theNewestMatchingVersionIsChosen() throws Exception {
        assertThat(newest("~> 1.0.4")).isEqualTo("1.0.10");
        assertThat(newest("~> 1.1")).isEqualTo("1.10.0");
        assertThat(newest(">= 1.0.0, < 1.2.0")).isEqualTo("1.1.0");
        assertThat(newest("1.2.0")).isEqualTo("1.2.0");
        assertThat(newest("= 1.0.4")).isEqualTo("1.0.4");
        assertThat(newest("!= 2.0.0")).isEqualTo("1.10.0");
        assertThat(newest("> 2.0.0")).isEqualTo("none");
        assertThat(newest("<= 1.0.4")).isEqualTo("1.0.4");
        assertThat(VersionConstraint.ANY.newest(AVAILABLE).map(ModuleVersion::toString)).contains("2.0.0");
    }

    @Test
    void aPrereleaseIsChosenOnlyWhenNamed() throws Exception {
        assertThat(newest(">= 2.0.0")).isEqualTo("2.0.0");
        assertThat(newest("2.1.0-beta")).isEqualTo("2.1.0-beta");
        assertThat(newest("= 2.0.0-rc.1")).isEqualTo("2.0.0-rc.1");
        assertThat(newest("~> 2.1.0")).isEqualTo("none");
    }

    @Test
    void versionsReadAsTerraformWritesThem() {
        assertThat(ModuleVersion.parse("v1.2.3")).isEqualTo(ModuleVersion.of(1, 2, 3));
        assertThat(ModuleVersion.parse("1.2.3+build.5").compareTo(ModuleVersion.of(1, 2, 3))).isZero();
        assertThat(ModuleVersion.parse("1.2").toString()).isEqualTo("1.2.0");
        assertThat(ModuleVersion.parse("1.0.0-alpha").compareTo(ModuleVersion.parse("1.0.0-alpha.1"))).isNegative();
        assertThat(ModuleVersion.parse("1.0.0-alpha.beta").compareTo(ModuleVersion.parse("1.0.0-beta"))).isNegative();
        assertThat(ModuleVersion.parse("1.0.0-beta.2").compareTo(ModuleVersion.parse("1.0.0-beta.11"))).isNegative();
        assertThat(ModuleVersion.parse("1.0.0-rc.1").compareTo(ModuleVersion.parse("1.0.0"))).isNegative();
        assertThat(ModuleVersion.parse("latest")).isNull();
        assertThat(ModuleVersion.parse("1.2.3.4")).isNull();
    }

    @Test
    void aMalformedConstraintSaysWhichPart() {
        assertThatThrownBy(() -> VersionConstraint.parse(">= 1.0, about 2")).hasMessageContaining("\"about 2\" is not a version condition");
        assertThatThrownBy(() -> VersionConstraint.parse("=> 1.0")).hasMessageContaining("\"=> 1.0\"");
        assertThatThrownBy(() -> VersionConstraint.parse(" ")).hasMessage("the version constraint is empty");
        assertThatThrownBy(() -> VersionConstraint.parse("1.0,")).hasMessageContaining("\"\" is not a version condition");
    }
}
