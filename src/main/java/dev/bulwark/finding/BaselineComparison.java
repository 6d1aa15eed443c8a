package dev.bulwark.finding;

import dev.bulwark.rule.Status;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * This run's findings against a baseline. A failed or undecided finding is existing when the baseline
 * holds one with the same rule, resource address, status and content fingerprint (see
 * {@link ContentFingerprint}), else new; each baseline entry matches one finding at most. Baseline
 * entries no finding matched are absent. An entry without a fingerprint (an older baseline) matches on
 * rule, address and status alone.
 */
public final class BaselineComparison {
    private final Baseline baseline;
    private final Map<Finding, BaselineState> states = new IdentityHashMap<>();
    private final List<BaselineEntry> absent = new ArrayList<>();

    private BaselineComparison(Baseline baseline) {
        this.baseline = baseline;
    }

    /** Compares {@code findings} (fingerprinted with {@code fingerprints}) with {@code baseline}. */
    public static BaselineComparison compare(Baseline baseline, List<Finding> findings, ContentFingerprint fingerprints) {
        BaselineComparison c = new BaselineComparison(baseline);
        Map<String, Deque<BaselineEntry>> exact = new HashMap<>();
        Map<String, Deque<BaselineEntry>> loose = new HashMap<>();
        for (BaselineEntry e : baseline.entries()) {
            String k = key(e.rule(), e.resourceAddress(), e.status(), e.fingerprint());
            (e.fingerprint() != null ? exact : loose).computeIfAbsent(k, x -> new ArrayDeque<>()).add(e);
        }
        List<Finding> unmatched = new ArrayList<>();
        for (Finding f : findings) {
            if (!judged(f)) continue;
            String fp = fingerprints.fingerprint(f);
            Deque<BaselineEntry> same = exact.get(key(f.rule().id(), f.resourceAddress(), f.status().name(), fp));
            if (same != null && !same.isEmpty()) {
                same.poll();
                c.states.put(f, BaselineState.EXISTING);
            } else {
                unmatched.add(f);
            }
        }
        // Entries without a fingerprint only take findings no fingerprinted entry claimed.
        for (Finding f : unmatched) {
            Deque<BaselineEntry> same = loose.get(key(f.rule().id(), f.resourceAddress(), f.status().name(), null));
            boolean found = same != null && same.poll() != null;
            c.states.put(f, found ? BaselineState.EXISTING : BaselineState.NEW);
        }
        exact.values().forEach(c.absent::addAll);
        loose.values().forEach(c.absent::addAll);
        c.absent.sort(Comparator.comparing(BaselineEntry::file).thenComparingInt(BaselineEntry::line)
                .thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::resourceAddress));
        return c;
    }

    /** Failed and undecided findings take part; passes and checks that did not apply have nothing to compare. */
    public static boolean judged(Finding f) {
        return f.status() == Status.FAIL || f.status() == Status.UNKNOWN;
    }

    private static String key(String rule, String address, String status, String fingerprint) {
        return rule + "\u0000" + address + "\u0000" + status + "\u0000" + (fingerprint == null ? "" : fingerprint);
    }

    /** NEW or EXISTING for a failed or undecided finding of this run; null for others. */
    public BaselineState state(Finding f) {
        return states.get(f);
    }

    public boolean isNew(Finding f) {
        return states.get(f) == BaselineState.NEW;
    }

    /** Baseline entries no finding of this run matched, by file and line. */
    public List<BaselineEntry> absent() {
        return List.copyOf(absent);
    }

    public Baseline baseline() {
        return baseline;
    }

    public long count(BaselineState state) {
        return state == BaselineState.ABSENT ? absent.size() : states.values().stream().filter(s -> s == state).count();
    }
}
