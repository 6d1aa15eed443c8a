package dev.bulwark.source;

import dev.bulwark.source.terraform.LoadOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Turning downloads on goes through SourceOptions, so the engine never names a source's own options type. */
class SourceOptionsTest {
    private static final Path DIR = Path.of("").toAbsolutePath();

    @Test
    void downloadingTurnsOnEverySourceThatCanDownloadAndKeepsItsOtherOptions() {
        LoadOptions terraform = new LoadOptions(List.of(), Map.of("region", "eu-west-1"), Map.of(), DIR,
                new LoadOptions.ModuleDownloads(false, true));
        SourceOptions options = SourceOptions.of(DIR).with(terraform).with("other source's options");
        assertThat(options.downloads()).isFalse();

        SourceOptions downloading = options.downloading();

        assertThat(downloading.downloads()).isTrue();
        LoadOptions after = downloading.get(LoadOptions.class).orElseThrow();
        assertThat(after.moduleDownloads()).isEqualTo(new LoadOptions.ModuleDownloads(true, true));
        assertThat(after.vars()).containsEntry("region", "eu-west-1");
        assertThat(downloading.get(String.class)).contains("other source's options");
        assertThat(options.downloads()).as("the original is unchanged").isFalse();
    }

    @Test
    void withoutADownloadingSourceNothingDownloads() {
        assertThat(SourceOptions.of(DIR).downloading().downloads()).isFalse();
    }
}
