package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The parser must sustain at least 50 MB/s single-threaded on realistic Terraform. Measured in
 * CPU time of the parsing thread, so other processes competing for the machine do not distort it.
 */
@Tag("slow")
class HclParserThroughputTest {

    static String realisticCorpus(int minChars) {
        String one = HclParserPositionTest.fixture("storage.tf") + "\n" + HclParserPositionTest.fixture("network.tf")
                + "\n" + HclParserPositionTest.fixture("iam.tf") + "\n";
        return one.repeat(minChars / one.length() + 1);
    }

    @Test
    void parsesAtLeastFiftyMegabytesPerSecond() throws HclParseException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assertThat(threads.isCurrentThreadCpuTimeSupported()).isTrue();
        String source = realisticCorpus(2_000_000);
        long bytes = source.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < 30; i++) {
            HclParser.parse("warmup.tf", source);
        }
        double best = 0;
        for (int i = 0; i < 15; i++) {
            long start = threads.getCurrentThreadCpuTime();
            Body body = HclParser.parse("corpus.tf", source).body();
            long nanos = threads.getCurrentThreadCpuTime() - start;
            assertThat(body.blocks()).isNotEmpty();
            best = Math.max(best, bytes / 1e6 / (nanos / 1e9));
        }
        assertThat(best).as("MB/s").isGreaterThanOrEqualTo(50.0);
    }
}
