package dev.bulwark.rule.cel;

import dev.bulwark.model.ArrayMap;

import java.util.AbstractList;

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

    /** A map whose entries at {@code unknown[i]} stand for unknown values. */
    static final class WatchedMap extends ArrayMap<Object> {
        private final boolean[] unknown;

        WatchedMap(String[] keys, Object[] values, boolean[] unknown) {
            super(keys, values);
            this.unknown = unknown;
        }

        @Override
        protected Object read(int i) {
            return UnknownReads.read(super.read(i), unknown[i]);
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
