package org.opendars.linkage.engine.data;

/** An open-addressing set of non-zero {@code long} values without boxing. */
public final class LongSet {

    private long[] slots;
    private int size;

    public LongSet(int expected) {
        slots = new long[Integer.highestOneBit(Math.max(4, expected * 2)) << 1];
    }

    public void add(long value) {
        if (size * 2 >= slots.length) {
            rehash();
        }
        int slot = find(slots, value);
        if (slots[slot] == 0) {
            slots[slot] = value;
            size++;
        }
    }

    public boolean contains(long value) {
        return slots[find(slots, value)] == value;
    }

    private static int find(long[] table, long value) {
        int mask = table.length - 1;
        long h = value * 0x9E3779B97F4A7C15L;
        int slot = (int) ((h ^ (h >>> 32)) & mask);
        while (table[slot] != 0 && table[slot] != value) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        long[] bigger = new long[slots.length * 2];
        for (long value : slots) {
            if (value != 0) {
                bigger[find(bigger, value)] = value;
            }
        }
        slots = bigger;
    }
}
