package dev.bulwark.source.host.conf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigFilesTest {
    @TempDir
    Path dir;

    @Test
    void globsMatchInAnySegmentInNameOrderAndSkipHiddenNames() {
        TestRoot root = new TestRoot(dir).file("/etc/nginx/sites-enabled/b", "").file("/etc/nginx/sites-enabled/a", "")
                .file("/etc/nginx/sites-enabled/.hidden", "").file("/etc/nginx/conf.d/x.conf", "").file("/etc/nginx/conf.d/y.txt", "");
        ConfigFiles files = root.files();
        assertThat(files.glob("/etc/nginx/sites-enabled/*")).containsExactly("/etc/nginx/sites-enabled/a", "/etc/nginx/sites-enabled/b");
        assertThat(files.glob("/etc/nginx/*/*.conf")).containsExactly("/etc/nginx/conf.d/x.conf");
        assertThat(files.glob("/etc/none/*.conf")).isEmpty();
    }

    @Test
    void iniFilesLetLaterFilesReplaceEarlierKeys() {
        IniFile ini = new IniFile().add("/a.conf", "[Journal]\nStorage=volatile\n# c\n").add("/b.conf", "[Journal]\nStorage = persistent\nbad line\n");
        assertThat(ini.get("Journal", "Storage")).get().extracting(IniSetting::value).isEqualTo("persistent");
        assertThat(ini.get("Journal", "Storage").get().at()).isEqualTo(new FileLine("/b.conf", 2));
        assertThat(ini.problems()).extracting(ConfigProblem::toString).containsExactly("/b.conf:3: expected key=value, found \"bad line\"");
    }
}
