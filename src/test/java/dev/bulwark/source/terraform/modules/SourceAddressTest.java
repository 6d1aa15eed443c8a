package dev.bulwark.source.terraform.modules;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceAddressTest {
    @Test
    void registryAddressesTakeTheDefaultHostUnlessOneIsGiven() throws Exception {
        assertThat(SourceAddress.parse("terraform-aws-modules/vpc/aws"))
                .isEqualTo(new SourceAddress.Registry("registry.terraform.io", "terraform-aws-modules", "vpc", "aws", ""));
        assertThat(SourceAddress.parse("app.terraform.io/acme/s3-bucket/aws//modules/notification"))
                .isEqualTo(new SourceAddress.Registry("app.terraform.io", "acme", "s3-bucket", "aws", "modules/notification"));
        assertThat(SourceAddress.parse("127.0.0.1:8443/acme/bucket/aws").packageKey()).isEqualTo("127.0.0.1:8443/acme/bucket/aws");
    }

    @Test
    void gitSourcesKeepRefAndSubdirectory() throws Exception {
        assertThat(SourceAddress.parse("git::https://example.com/infra/modules.git//vpc?ref=v1.2.0"))
                .isEqualTo(new SourceAddress.Git("https://example.com/infra/modules.git", "v1.2.0", "vpc"));
        assertThat(SourceAddress.parse("git::ssh://git@example.com/infra/modules.git?ref=main"))
                .isEqualTo(new SourceAddress.Git("ssh://git@example.com/infra/modules.git", "main", ""));
        assertThat(SourceAddress.parse("github.com/acme/terraform-modules//s3?ref=1.0"))
                .isEqualTo(new SourceAddress.Git("https://github.com/acme/terraform-modules.git", "1.0", "s3"));
        assertThat(SourceAddress.parse("git@github.com:acme/modules.git//net"))
                .isEqualTo(new SourceAddress.Git("git@github.com:acme/modules.git", null, "net"));
    }

    @Test
    void httpSourcesKnowTheirArchiveType() throws Exception {
        assertThat(SourceAddress.parse("https://example.com/vpc-1.0.tgz//modules/a"))
                .isEqualTo(new SourceAddress.Http(URI.create("https://example.com/vpc-1.0.tgz"), "tar.gz", "modules/a"));
        assertThat(SourceAddress.parse("https://example.com/get?id=7&archive=zip"))
                .isEqualTo(new SourceAddress.Http(URI.create("https://example.com/get?id=7"), "zip", ""));
        assertThat(SourceAddress.parse("https://example.com/module")).isEqualTo(new SourceAddress.Http(URI.create("https://example.com/module"), null, ""));
    }

    @Test
    void formsThatAreNotDownloadedSaySo() {
        assertThatThrownBy(() -> SourceAddress.parse("s3::https://s3.amazonaws.com/bucket/vpc.zip")).hasMessageContaining("\"s3::\" sources are not downloaded");
        assertThatThrownBy(() -> SourceAddress.parse("acme/vpc")).hasMessageContaining("is neither a local path");
        assertThatThrownBy(() -> SourceAddress.parse("acme/vpc/AWS")).hasMessageContaining("provider in lower case");
        assertThatThrownBy(() -> SourceAddress.parse("https://example.com/x.rar?archive=rar")).hasMessageContaining("archive type \"rar\"");
        assertThatThrownBy(() -> SourceAddress.parse("git::https://example.com/x.git?sshkey=abc")).hasMessageContaining("\"sshkey\"");
    }
}
