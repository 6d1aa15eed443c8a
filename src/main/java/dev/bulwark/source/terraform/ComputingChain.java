package dev.bulwark.source.terraform;

import dev.bulwark.source.hcl.Range;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells being computed, innermost last, each with the reference that asked for it, so a cycle
 * can be told as the chain of references that closes it. Kept in arrays: one push per read.
 */
final class ComputingChain {
    private Cell[] cells = new Cell[64];
    private String[] files = new String[64];
    private Range[] ranges = new Range[64];
    private int size;

    void push(Cell c, String file, Range at) {
        if (size == cells.length) {
            int grown = size * 2;
            cells = Arrays.copyOf(cells, grown);
            files = Arrays.copyOf(files, grown);
            ranges = Arrays.copyOf(ranges, grown);
        }
        cells[size] = c;
        files[size] = file;
        ranges[size] = at;
        size++;
    }

    void pop() {
        size--;
        cells[size] = null;
        files[size] = null;
        ranges[size] = null;
    }

    void clear() {
        while (size > 0) pop();
    }

    /**
     * {@code a → b (main.tf:3) → a (main.tf:8)}: from where {@code c} is being computed to its
     * reference at {@code file:at} that closes the cycle, each link with the place that reads it.
     */
    String cycle(Cell c, String file, Range at) {
        int from = size - 1;
        while (from > 0 && cells[from] != c) from--;
        List<String> links = new ArrayList<>();
        links.add(c.name());
        for (int i = from + 1; i < size; i++) links.add(link(cells[i].name(), files[i], ranges[i]));
        links.add(link(c.name(), file, at));
        return String.join(" → ", links);
    }

    private static String link(String name, String file, Range at) {
        return at == null ? name : name + " (" + file + ":" + at.startLine() + ")";
    }
}
