package dev.bulwark.process;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.Item;

import java.util.List;

/** The items behind findings, for one line: the first few by name, then how many more. */
final class ItemNames {
    /** How many items a line names before "and N more". */
    static final int SHOWN = 5;

    private ItemNames() {}

    /**
     * "bob, carol and dave"; "CVE-1 in a, CVE-2 in b and 3 more (all on t)" when every item is in the same
     * scanned target. Findings on the same item name it once.
     */
    static String of(List<Finding> findings) {
        List<Item> items = findings.stream().map(Item::of).toList();
        List<String> targets = items.stream().map(Item::target).distinct().toList();
        boolean oneTarget = targets.size() == 1 && targets.get(0) != null;
        List<String> names = items.stream().map(oneTarget ? Item::shortLabel : Item::label).distinct().toList();
        String listed = names.size() <= SHOWN ? and(names)
                : String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
        if (!oneTarget) return listed;
        return listed + (names.size() == 1 ? " on " : " (all on ") + targets.get(0) + (names.size() == 1 ? "" : ")");
    }

    private static String and(List<String> names) {
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
