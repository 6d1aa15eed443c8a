package dev.bulwark.source.host.conf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryConfigFilesTest {
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
    void absoluteLinksAndDotDotStayInsideTheRoot() throws Exception {
        Path outside = Files.createTempFile("outside", ".conf");
        Files.writeString(outside, "secret");
        try {
            TestRoot root = new TestRoot(dir).file("/etc/real.conf", "inside")
                    .link("/etc/abs.conf", "/etc/real.conf")
                    .link("/etc/escape.conf", outside.toString())
                    .link("/etc/up.conf", "../../../../../../../etc/real.conf");
            ConfigFiles files = root.files();
            assertThat(files.read("/etc/abs.conf")).contains("inside");
            assertThat(files.read("/etc/up.conf")).contains("inside");
            assertThat(files.read("/etc/escape.conf")).isEmpty();
            assertThat(files.read("/../../etc/real.conf")).contains("inside");
            assertThat(files.linkTarget("/etc/abs.conf")).contains("/etc/real.conf");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void iniFilesLetLaterFilesReplaceEarlierKeys() {
        IniFile ini = new IniFile().add("/a.conf", "[Journal]\nStorage=volatile\n# c\n").add("/b.conf", "[Journal]\nStorage = persistent\nbad line\n");
        assertThat(ini.get("Journal", "Storage")).get().extracting(IniSetting::value).isEqualTo("persistent");
        assertThat(ini.get("Journal", "Storage").get().at()).isEqualTo(new FileLine("/b.conf", 2));
        assertThat(ini.problems()).extracting(ConfigProblem::toString).containsExactly("/b.conf:3: expected key=value, found \"bad line\"");
    }
}
