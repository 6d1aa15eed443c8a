package dev.bulwark.secret;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho–Corasick automaton over the detectors' literal anchors (ASCII), compiled to a full transition
 * table so the scan reads each character once with one array lookup and no backtracking. A
 * character outside ASCII sends the automaton back to its start, as no anchor contains one.
 */
final class AnchorAutomaton {
    private static final int ALPHABET = 128;
    private static final int[] NONE = new int[0];

    private final int[][] next;
    /** For each state, the indexes of the anchors that end there (its own and those of its suffixes). */
    private final int[][] accepts;
    private final int[] lengths;

    AnchorAutomaton(List<String> anchors) {
        lengths = new int[anchors.size()];
        List<int[]> edges = new ArrayList<>();
        List<int[]> own = new ArrayList<>();
        edges.add(newRow());
        own.add(NONE);
        for (int a = 0; a < anchors.size(); a++) {
            String anchor = anchors.get(a);
            if (anchor.isEmpty()) throw new IllegalArgumentException("empty anchor");
            lengths[a] = anchor.length();
            int state = 0;
            for (int i = 0; i < anchor.length(); i++) {
                char c = anchor.charAt(i);
                if (c >= ALPHABET) throw new IllegalArgumentException("anchors are ASCII: " + anchor);
                if (edges.get(state)[c] < 0) {
                    edges.get(state)[c] = edges.size();
                    edges.add(newRow());
                    own.add(NONE);
                }
                state = edges.get(state)[c];
            }
            int[] o = own.get(state);
            int[] grown = Arrays.copyOf(o, o.length + 1);
            grown[o.length] = a;
            own.set(state, grown);
        }
        int n = edges.size();
        next = edges.toArray(new int[0][]);
        accepts = own.toArray(new int[0][]);
        int[] fail = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            if (next[0][c] < 0) {
                next[0][c] = 0;
            } else {
                fail[next[0][c]] = 0;
                queue.add(next[0][c]);
            }
        }
        // Breadth first, so a state's fallback is complete before its children need it
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int[] merged = accepts[s];
            if (accepts[fail[s]].length > 0) {
                merged = Arrays.copyOf(merged, merged.length + accepts[fail[s]].length);
                System.arraycopy(accepts[fail[s]], 0, merged, accepts[s].length, accepts[fail[s]].length);
            }
            accepts[s] = merged;
            for (int c = 0; c < ALPHABET; c++) {
                int t = next[s][c];
                if (t < 0) {
                    next[s][c] = next[fail[s]][c];
                } else {
                    fail[t] = next[fail[s]][c];
                    queue.add(t);
                }
            }
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** Reports every occurrence of every anchor in {@code text}, in order of where it ends. */
    void scan(CharSequence text, Hit hit) {
        int state = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            state = c < ALPHABET ? next[state][c] : 0;
            int[] found = accepts[state];
            for (int a : found) hit.found(a, i + 1 - lengths[a]);
        }
    }

    @FunctionalInterface
    interface Hit {
        void found(int anchor, int start);
    }
}
