package dev.bulwark.bench;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.ScanRequest;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.source.terraform.LoadOptions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Prints how a scan's time splits between loading (parse + evaluate Terraform) and running the
 * rules, for docs/BENCHMARKS.md. Usage: {@code ScanStages PATH [RUNS]}; the first run includes JIT warm-up.
 */
public final class ScanStages {
    /** CPU time of the whole process: less disturbed than wall time when the machine is shared. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int i = 1; i <= runs; i++) {
            ScanRequest request = new ScanRequest(List.of(path), new LoadOptions(List.of(), Map.of(), Map.of(), Path.of("")).asSourceOptions(),
                    List.of(), List.of(), List.of(), null, LocalDate.now());
            ScanConfig config = Bulwark.config(request);
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            ScanResult r = Bulwark.scan(request, config);
            long total = (System.nanoTime() - t0) / 1_000_000;
            long cpu = (processCpuNanos() - cpu0) / 1_000_000;
            System.out.printf("run %d: %d resources, %d rules, %d findings; load %d ms, rules %d ms, total %d ms wall, %d ms CPU%n", i,
                    r.model().resources().size(), r.rules().size(), r.findings().size(), r.loadMillis(), r.evaluateMillis(), total, cpu);
        }
    }
}
