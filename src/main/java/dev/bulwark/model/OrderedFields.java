package dev.bulwark.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The immutable, insertion-ordered map behind {@link Value.Obj}: two arrays instead of a
 * LinkedHashMap, because a scan holds millions of small objects. Lookups scan the keys of small maps
 * and use a hash index, built on first use, for large ones.
 */
final class OrderedFields extends AbstractMap<String, Value> {
    private static final int INDEX_FROM = 9;
    static final OrderedFields EMPTY = new OrderedFields(new String[0], new Value[0]);

    private final String[] keys;
    private final Value[] values;
    private Map<String, Integer> index;

    private OrderedFields(String[] keys, Value[] values) {
        this.keys = keys;
        this.values = values;
    }

    static OrderedFields copyOf(Map<String, Value> source) {
        if (source instanceof OrderedFields already) return already;
        if (source.isEmpty()) return EMPTY;
        String[] k = new String[source.size()];
        Value[] v = new Value[source.size()];
        int i = 0;
        for (Map.Entry<String, Value> e : source.entrySet()) {
            k[i] = java.util.Objects.requireNonNull(e.getKey(), "object key");
            v[i] = java.util.Objects.requireNonNull(e.getValue(), "object value");
            i++;
        }
        return new OrderedFields(k, v);
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

    @Override
    public Value get(Object key) {
        int i = find(key);
        return i < 0 ? null : values[i];
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
    public Set<Entry<String, Value>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Value>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Value> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
