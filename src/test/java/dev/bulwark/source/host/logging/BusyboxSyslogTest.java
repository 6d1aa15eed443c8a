package dev.bulwark.source.host.logging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What BusyBox syslogd's options (SYSLOGD_OPTS) say about where the logs go. */
class BusyboxSyslogTest {
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
            "'' | false | true | ''",
            "-t | false | true | ''",
            "-C | true | false | ''",
            "-t -C128 | true | false | ''",
            "-R logs:514 | false | false | logs:514",
            "-Rlogs:514 -L | false | true | logs:514",
            "-L -R a -R b:1514 | false | true | a,b:1514",
    })
    void options(String opts, boolean inMemory, boolean local, String remotes) {
        BusyboxSyslog b = BusyboxSyslog.parse(opts, null);
        assertThat(b.inMemory()).isEqualTo(inMemory);
        assertThat(b.local()).isEqualTo(local);
        assertThat(String.join(",", b.remotes())).isEqualTo(remotes);
    }
}
