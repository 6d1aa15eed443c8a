package dev.bulwark.secret;

import dev.bulwark.bench.RealisticModules;
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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Single-threaded secret scan throughput over about 4 MB of mixed text: generated Terraform modules,
 * YAML-ish configuration with URLs and placeholders, base64 blobs (dense in anchor look-alikes) and
 * one planted secret of each kind per 64 KB. One operation scans the whole corpus as file bytes, so
 * MB/s = corpus bytes × ops/s (printed at setup with the number of matches).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SecretScanBenchmark {
    static final int TARGET_BYTES = 4 << 20;
    byte[] corpus;
    String text;
    private final SecretScanner scanner = SecretScanner.standard();

    @Setup
    public void setUp() {
        text = corpus(TARGET_BYTES, 11);
        corpus = text.getBytes(StandardCharsets.UTF_8);
        System.out.printf("%ncorpus: %d bytes, %d matches%n", corpus.length, scanner.scan(corpus).size());
    }

    static String corpus(int targetBytes, long seed) {
        Fakes fakes = new Fakes(seed);
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder(targetBytes + 65536);
        int module = 0;
        int nextSecret = 65536;
        while (b.length() < targetBytes) {
            switch (random.nextInt(4)) {
                case 0, 1 -> b.append(RealisticModules.file(module++, seed));
                case 2 -> {
                    for (int i = 0; i < 200; i++) {
                        b.append("  service_").append(i).append(":\n    url: https://svc-").append(i).append(".internal:8443/api?sv=2\n")
                                .append("    password: ${SERVICE_").append(i).append("_PASSWORD}\n    token: <set-by-deploy>\n")
                                .append("    note: ask the team at hooks or key-rotation, AC and SK ids in en-us docs\n");
                    }
                }
                default -> {
                    byte[] blob = new byte[48 * 1024];
                    random.nextBytes(blob);
                    b.append("data: ").append(Base64.getMimeEncoder().encodeToString(blob)).append('\n');
                }
            }
            if (b.length() >= nextSecret) {
                b.append("aws_access_key_id = ").append(fakes.awsKeyId()).append("\naws_secret_access_key = ").append(fakes.awsSecret())
                        .append("\nGITHUB_TOKEN=").append(fakes.githubToken("ghp_")).append("\nDATABASE_URL=postgres://app:")
                        .append(fakes.chars(Fakes.BASE62, 16)).append("@db/app\n").append(fakes.pem("RSA PRIVATE KEY", 1200))
                        .append("auth: Bearer ").append(fakes.jwt("HS256", 43)).append('\n');
                nextSecret += 65536;
            }
        }
        return b.toString();
    }

    @Benchmark
    public int scanBytes() {
        return scanner.scan(corpus).size();
    }

    @Benchmark
    public int scanString() {
        return scanner.scan(text).size();
    }
}
