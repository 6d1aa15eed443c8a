package dev.bulwark.rule.cel;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Containers for CEL input that notice when an unknown value inside them is read. A rule is first
 * evaluated by the plain interpreter on these; if it never read an unknown value its result cannot
 * depend on one and stands. Only when it did is the rule evaluated again with CEL's unknown
 * tracking, which is several times slower. Presence ({@code has()}), sizes and keys read nothing
 * unknown, so they stay decided.
 */
final class UnknownReads {
    /** The value standing for an unknown leaf; reading it through a container is what is noticed. */
    static final Object UNKNOWN = com.google.protobuf.NullValue.NULL_VALUE;

    private static final ThreadLocal<boolean[]> READ = ThreadLocal.withInitial(() -> new boolean[1]);

    private UnknownReads() {}

    /** Starts watching on this thread. */
    static void reset() {
        READ.get()[0] = false;
    }

    /** Whether an unknown value was read on this thread since {@link #reset()}. */
    static boolean happened() {
        return READ.get()[0];
    }

    private static Object read(Object value, boolean unknown) {
        if (unknown) READ.get()[0] = true;
        return value;
    }

    /** An immutable map whose entries at {@code unknown[i]} stand for unknown values. */
    static final class WatchedMap extends AbstractMap<String, Object> {
        private final String[] keys;
        private final Object[] values;
        private final boolean[] unknown;

        WatchedMap(String[] keys, Object[] values, boolean[] unknown) {
            this.keys = keys;
            this.values = values;
            this.unknown = unknown;
        }

        private int find(Object key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) return i;
            }
            return -1;
        }

        @Override
        public Object get(Object key) {
            int i = find(key);
            return i < 0 ? null : read(values[i], unknown[i]);
        }

        @Override
        public boolean containsKey(Object key) {
            return find(key) >= 0;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= keys.length) throw new NoSuchElementException();
                            int i = next++;
                            return new WatchedEntry(keys[i], values[i], unknown[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }

        @Override
        public Set<String> keySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<String> iterator() {
                    return List.of(keys).iterator();
                }

                @Override
                public int size() {
                    return keys.length;
                }

                @Override
                public boolean contains(Object o) {
                    return find(o) >= 0;
                }
            };
        }
    }

    /** A map entry that notices when its unknown value is read. */
    private static final class WatchedEntry implements Map.Entry<String, Object> {
        private final String key;
        private final Object value;
        private final boolean unknown;

        WatchedEntry(String key, Object value, boolean unknown) {
            this.key = key;
            this.value = value;
            this.unknown = unknown;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Object getValue() {
            return read(value, unknown);
        }

        @Override
        public Object setValue(Object v) {
            throw new UnsupportedOperationException();
        }
    }

    /** An immutable list whose elements at {@code unknown[i]} stand for unknown values. */
    static final class WatchedList extends AbstractList<Object> implements java.util.RandomAccess {
        private final Object[] items;
        private final boolean[] unknown;

        WatchedList(Object[] items, boolean[] unknown) {
            this.items = items;
            this.unknown = unknown;
        }

        @Override
        public Object get(int index) {
            return read(items[index], unknown[index]);
        }

        @Override
        public int size() {
            return items.length;
        }
    }
}
