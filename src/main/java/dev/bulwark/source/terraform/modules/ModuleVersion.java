package dev.bulwark.source.terraform.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module version as Terraform reads it: one to three numeric segments (missing ones are 0), an
 * optional pre-release and build metadata, an optional leading {@code v}. Ordered by semantic
 * versioning: a pre-release sorts before its release, build metadata is ignored.
 *
 * @param specified how many numeric segments were written, which {@code ~>} depends on
 */
public record ModuleVersion(long major, long minor, long patch, String prerelease, int specified) implements Comparable<ModuleVersion> {
    private static final Pattern SYNTAX = Pattern.compile(
            "v?(0|[1-9]\\d{0,17})(?:\\.(0|[1-9]\\d{0,17}))?(?:\\.(0|[1-9]\\d{0,17}))?"
                    + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

    public ModuleVersion {
        prerelease = prerelease == null ? "" : prerelease;
        if (specified < 1 || specified > 3) throw new IllegalArgumentException("specified must be 1 to 3");
    }

    public static ModuleVersion of(long major, long minor, long patch) {
        return new ModuleVersion(major, minor, patch, "", 3);
    }

    /** The version in {@code text}, or null when it is not one. */
    public static ModuleVersion parse(String text) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) return null;
        int specified = m.group(3) != null ? 3 : m.group(2) != null ? 2 : 1;
        return new ModuleVersion(Long.parseLong(m.group(1)), number(m.group(2)), number(m.group(3)), m.group(4), specified);
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    public boolean isPrerelease() {
        return !prerelease.isEmpty();
    }

    long segment(int i) {
        return i == 0 ? major : i == 1 ? minor : patch;
    }

    /** Same version, whatever the written precision or build metadata. */
    public boolean sameAs(ModuleVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public int compareTo(ModuleVersion o) {
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(segment(i), o.segment(i));
            if (c != 0) return c;
        }
        return comparePrerelease(prerelease, o.prerelease);
    }

    /** Semantic versioning's rule: no pre-release is higher; identifiers compare numerically or by text, numbers first. */
    private static int comparePrerelease(String a, String b) {
        if (a.equals(b)) return 0;
        if (a.isEmpty()) return 1;
        if (b.isEmpty()) return -1;
        List<String> x = identifiers(a);
        List<String> y = identifiers(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            String p = x.get(i);
            String q = y.get(i);
            boolean pn = numeric(p);
            boolean qn = numeric(q);
            int c;
            if (pn && qn) c = p.length() != q.length() ? Integer.compare(p.length(), q.length()) : p.compareTo(q);
            else if (pn) c = -1;
            else if (qn) c = 1;
            else c = p.compareTo(q);
            if (c != 0) return c;
        }
        return Integer.compare(x.size(), y.size());
    }

    private static List<String> identifiers(String s) {
        return new ArrayList<>(List.of(s.split("\\.")));
    }

    private static boolean numeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    /** Always three segments: how the version is shown and cached. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (prerelease.isEmpty() ? "" : "-" + prerelease);
    }
}
