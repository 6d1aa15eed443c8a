package dev.bulwark.bench;

import dev.bulwark.source.hcl.ConfigFile;
import dev.bulwark.source.hcl.HclParseException;
import dev.bulwark.source.hcl.HclParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Single-threaded parse throughput over a corpus of 200 realistic module files. One operation parses
 * the whole corpus, so files/s = 200 × ops/s and MB/s = corpus bytes × ops/s (printed at setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class HclParseBenchmark {
    static final int FILES = 200;
    String[] sources;

    @Setup
    public void setUp() {
        sources = new String[FILES];
        long bytes = 0;
        for (int i = 0; i < FILES; i++) {
            sources[i] = RealisticModules.file(i, 7);
            bytes += sources[i].getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%ncorpus: %d files, %d bytes%n", FILES, bytes);
    }

    @Benchmark
    public void parseCorpus(Blackhole bh) throws HclParseException {
        for (int i = 0; i < sources.length; i++) {
            ConfigFile f = HclParser.parse("bench" + i + ".tf", sources[i]);
            bh.consume(f);
        }
    }
}
