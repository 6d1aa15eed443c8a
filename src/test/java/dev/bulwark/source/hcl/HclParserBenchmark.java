package dev.bulwark.source.hcl;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH benchmark of the native-syntax parser on realistic Terraform (about 1 MB per operation, so
 * ops/s is roughly MB/s). Run with the test classpath: {@code java ... HclParserBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HclParserBenchmark {
    private String corpus;
    private String smallFile;

    @Setup
    public void setUp() {
        corpus = HclParserThroughputTest.realisticCorpus(1_000_000);
        smallFile = HclParserPositionTest.fixture("storage.tf");
    }

    @Benchmark
    public Body parseOneMegabyte() throws HclParseException {
        return HclParser.parse("corpus.tf", corpus).body();
    }

    @Benchmark
    public Body parseSmallFile() throws HclParseException {
        return HclParser.parse("storage.tf", smallFile).body();
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(HclParserBenchmark.class.getSimpleName()).build()).run();
    }
}
