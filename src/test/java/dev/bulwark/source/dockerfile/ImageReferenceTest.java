package dev.bulwark.source.dockerfile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageReferenceTest {
    @Test
    void splitsAsDockerDoes() {
        assertThat(ImageReference.parse("python")).isEqualTo(new ImageReference("docker.io", "library/python", null, null));
        assertThat(ImageReference.parse("bitnami/redis:7.2")).isEqualTo(new ImageReference("docker.io", "bitnami/redis", "7.2", null));
        assertThat(ImageReference.parse("localhost:5000/app")).isEqualTo(new ImageReference("localhost:5000", "app", null, null));
        assertThat(ImageReference.parse("ghcr.io/org/tool:v1@sha256:abc"))
                .isEqualTo(new ImageReference("ghcr.io", "org/tool", "v1", "sha256:abc"));
        assertThat(ImageReference.parse("alpine@sha256:abc")).isEqualTo(new ImageReference("docker.io", "library/alpine", null, "sha256:abc"));
    }
}
