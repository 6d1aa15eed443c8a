package dev.bulwark.source.hcl;

/**
 * Identifier character classes (Unicode ID_Start / ID_Continue plus {@code _} and {@code -}, as
 * HCL defines them) and a table that hands out one String per distinct name, so a file that says
 * {@code var} ten thousand times allocates it once. A thread keeps its table from one parse to the
 * next, as the same names recur in every file and live on as keys of the evaluated model.
 */
final class NativeIdentifiers {
    private static final boolean[] ASCII_START = new boolean[128];
    private static final boolean[] ASCII_PART = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            ASCII_START[c] = letter || c == '_';
            ASCII_PART[c] = letter || c == '_' || c == '-' || (c >= '0' && c <= '9');
        }
    }

    /** Past this many names a thread starts a new table, so one that is kept stays small. */
    private static final int MAX_KEPT = 1 << 14;
    private static final int MAX_SHARED_LENGTH = 256;
    private static final ThreadLocal<NativeIdentifiers> PER_THREAD = ThreadLocal.withInitial(NativeIdentifiers::new);

    private String[] names = new String[256];
    private int[] hashes = new int[256];
    private int count;

    /** The calling thread's table. */
    static NativeIdentifiers forThread() {
        NativeIdentifiers table = PER_THREAD.get();
        if (table.count > MAX_KEPT) {
            table = new NativeIdentifiers();
            PER_THREAD.set(table);
        }
        return table;
    }

    static boolean isStart(int cp) {
        if (cp < 128) {
            return cp >= 0 && ASCII_START[cp];
        }
        return Character.isUnicodeIdentifierStart(cp);
    }

    static boolean isAsciiPart(char c) {
        return c < 128 && ASCII_PART[c];
    }

    static boolean isPart(int cp) {
        if (cp < 128) {
            return cp >= 0 && ASCII_PART[cp];
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** The shared String for {@code buf[from, to)}; {@code hash} is the usual 31-based char hash. */
    String intern(char[] buf, int from, int to, int hash) {
        int mask = names.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            String existing = names[slot];
            if (existing == null) {
                return add(slot, new String(buf, from, to - from), hash);
            }
            if (hashes[slot] == hash && sameChars(existing, buf, from, to)) {
                return existing;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The shared String equal to {@code text}: labels and literal text recur across files as names
     * do. Long text is returned as is, so a kept table never holds much.
     */
    String intern(String text) {
        if (text.length() > MAX_SHARED_LENGTH) {
            return text;
        }
        int hash = text.hashCode();
        int mask = names.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            String existing = names[slot];
            if (existing == null) {
                return add(slot, text, hash);
            }
            if (hashes[slot] == hash && existing.equals(text)) {
                return existing;
            }
            slot = (slot + 1) & mask;
        }
    }

    private String add(int slot, String text, int hash) {
        names[slot] = text;
        hashes[slot] = hash;
        if (++count * 2 > names.length) {
            grow();
        }
        return text;
    }

    private static boolean sameChars(String s, char[] buf, int from, int to) {
        int n = to - from;
        if (s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) != buf[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldNames = names;
        int[] oldHashes = hashes;
        names = new String[oldNames.length * 2];
        hashes = new int[oldNames.length * 2];
        int mask = names.length - 1;
        for (int i = 0; i < oldNames.length; i++) {
            if (oldNames[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = oldNames[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
