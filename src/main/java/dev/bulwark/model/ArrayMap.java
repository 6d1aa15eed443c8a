package dev.bulwark.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable, insertion-ordered map on two arrays instead of a LinkedHashMap, because a scan holds
 * millions of small objects. Lookups scan the keys of small maps and use a hash index, built on first
 * use, for large ones. Every read of a value goes through {@link #read(int)}, so a subclass can
 * notice which values were looked at.
 */
public class ArrayMap<V> extends AbstractMap<String, V> {
    private static final int INDEX_FROM = 9;

    private final String[] keys;
    private final V[] values;
    private Map<String, Integer> index;

    protected ArrayMap(String[] keys, V[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The value at position {@code i}; the one place values are read. */
    protected V read(int i) {
        return values[i];
    }

    private int find(Object key) {
        if (keys.length >= INDEX_FROM) {
            Map<String, Integer> idx = index;
            if (idx == null) {
                idx = new HashMap<>(keys.length * 2);
                for (int i = 0; i < keys.length; i++) idx.putIfAbsent(keys[i], i);
                index = idx;
            }
            Integer at = idx.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) return i;
        }
        return -1;
    }

    /** The key at position {@code i}, in insertion order: loops over a map's entries without an entry object each. */
    public final String keyAt(int i) {
        return keys[i];
    }

    /** The value at position {@code i}, read as {@link #get} reads it. */
    public final V valueAt(int i) {
        return read(i);
    }

    @Override
    public V get(Object key) {
        int i = find(key);
        return i < 0 ? null : read(i);
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

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        return new Slot(next++);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    /** An entry whose value is read only when asked for. */
    private final class Slot implements Entry<String, V> {
        private final int i;

        Slot(int i) {
            this.i = i;
        }

        @Override
        public String getKey() {
            return keys[i];
        }

        @Override
        public V getValue() {
            return read(i);
        }

        @Override
        public V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry<?, ?> e && keys[i].equals(e.getKey()) && java.util.Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return keys[i].hashCode() ^ java.util.Objects.hashCode(getValue());
        }
    }
}
