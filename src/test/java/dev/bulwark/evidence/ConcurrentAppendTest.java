package dev.bulwark.evidence;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Appends racing from several threads, and from two separate processes, lose nothing and leave one valid chain. */
class ConcurrentAppendTest {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 6;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void threadsSharingOneLedgerTakeTurns(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        Path f = t.file("shared.txt", "the same attachment from every thread");
        try (EvidenceLedger ledger = t.open()) {
            race(thread -> () -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    List<Path> files = i % 2 == 0 ? List.of(f) : List.of();
                    ledger.append(new EvidenceDraft("other", List.of("3.7.5"), "all", "2026-03-01", "t" + thread, null,
                            "t" + thread + "-" + i, files, null));
                }
                return null;
            });
            assertIntactWithAll(ledger, THREADS * PER_THREAD);
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void threadsEachOpeningTheirOwnLedgerTakeTurns(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        race(thread -> () -> {
            for (int i = 0; i < PER_THREAD; i++) {
                try (EvidenceLedger ledger = t.open()) {
                    ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-01", "t" + thread));
                }
            }
            return null;
        });
        try (EvidenceLedger ledger = t.open()) {
            assertIntactWithAll(ledger, THREADS * PER_THREAD);
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void readersDuringAppendsSeeAConsistentLedger(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        try (EvidenceLedger ledger = t.open()) {
            java.util.concurrent.atomic.AtomicBoolean appending = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.concurrent.atomic.AtomicInteger verifications = new java.util.concurrent.atomic.AtomicInteger();
            race(thread -> thread == 0
                    ? () -> {
                        do {
                            VerificationReport report = ledger.verify();
                            assertThat(report.problems()).as("verification while appending").isEmpty();
                            assertThat(ledger.records().size()).isGreaterThanOrEqualTo(report.records());
                            verifications.incrementAndGet();
                        } while (appending.get());
                        return null;
                    }
                    : () -> {
                        try {
                            for (int i = 0; i < PER_THREAD; i++) {
                                ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-01", "t" + thread));
                            }
                        } finally {
                            if (thread == THREADS - 1) appending.set(false);
                        }
                        return null;
                    });
            assertThat(verifications.get()).isPositive();
            assertIntactWithAll(ledger, (THREADS - 1) * PER_THREAD);
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void theHeadFileIsAlwaysReadWholeAndOnlyMovesForward(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        try (EvidenceLedger ledger = t.open()) {
            HeadFile headFile = new HeadFile(ledger.headFile().getParent());
            java.util.concurrent.atomic.AtomicBoolean appending = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
            race(thread -> thread == 0
                    ? () -> {
                        long last = 0;
                        do {
                            long now = headFile.read().orElseThrow().recordCount(); // a half-written file would not parse
                            assertThat(now).isGreaterThanOrEqualTo(last);
                            last = now;
                            reads.incrementAndGet();
                        } while (appending.get());
                        return null;
                    }
                    : () -> {
                        try {
                            for (int i = 0; i < PER_THREAD; i++) {
                                ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-01", "t" + thread));
                            }
                        } finally {
                            if (thread == THREADS - 1) appending.set(false);
                        }
                        return null;
                    });
            assertThat(reads.get()).isPositive();
            assertIntactWithAll(ledger, (THREADS - 1) * PER_THREAD);
        }
        try (var files = Files.list(t.dir())) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file is left behind")
                    .allMatch(name -> !name.endsWith(".tmp"));
        }
    }

    @Tag("slow")
    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void twoProcessesAppendingAtOnceLoseNothing(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        int perProcess = 8;
        Path go = tmp.resolve("go");
        List<Process> processes = new ArrayList<>();
        for (String tag : List.of("first", "second")) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), AppendMany.class.getName(),
                    t.dir().toString(), t.databaseUrl() == null ? "-" : t.databaseUrl(), Integer.toString(perProcess), tag,
                    go.toString()).redirectErrorStream(true).start());
        }
        List<BufferedReader> outputs = new ArrayList<>();
        for (Process p : processes) {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            outputs.add(out);
        }
        Files.createFile(go);
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            StringBuilder rest = new StringBuilder();
            for (String line; (line = outputs.get(i).readLine()) != null; ) rest.append(line).append('\n');
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(rest.toString()).isZero();
        }
        try (EvidenceLedger ledger = t.open()) {
            List<EvidenceRecord> records = assertIntactWithAll(ledger, 2 * perProcess);
            assertThat(records).filteredOn(r -> r.performedBy().equals("first")).hasSize(perProcess);
            assertThat(records).filteredOn(r -> r.performedBy().equals("second")).hasSize(perProcess);
        }
    }

    private static List<EvidenceRecord> assertIntactWithAll(EvidenceLedger ledger, int expected) throws Exception {
        List<EvidenceRecord> records = ledger.records();
        assertThat(records).extracting(EvidenceRecord::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).previousHash()).isEqualTo(records.get(i - 1).recordHash());
        }
        VerificationReport report = ledger.verify();
        assertThat(report.problems()).isEmpty();
        assertThat(ledger.head()).isEqualTo(new ChainHead(expected, records.get(expected - 1).recordHash()));
        // appends finishing in any order leave the head file at the last one, never behind it
        assertThat(new HeadFile(ledger.headFile().getParent()).read()).contains(ledger.head());
        return records;
    }

    interface Worker {
        Callable<Void> forThread(int thread);
    }

    /** Starts every thread's work at the same moment and rethrows the first failure. */
    private static void race(Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<Void> work = worker.forThread(t);
                results.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            for (Future<Void> r : results) r.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
