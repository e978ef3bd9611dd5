package org.opendars.linkage.engine.data;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Maps {@code long} keys to the rows holding them, with open addressing over primitive arrays: no boxing, and the
 * rows of each key stored next to each other (compressed sparse rows), so a ten-million-row index costs about
 * 250 MB instead of gigabytes of map entries, and reading a block's rows reads consecutive memory.
 * Key 0 means "no key" and is never indexed.
 */
public final class LongMultiIndex {

    private final long[] keys;
    private final int[] starts;
    private final int[] counts;
    private final int[] rows;
    private final int mask;
    private int indexed;

    private LongMultiIndex(int capacity, int rowCount) {
        keys = new long[capacity];
        starts = new int[capacity];
        counts = new int[capacity];
        rows = new int[Math.max(1, rowCount)];
        mask = capacity - 1;
    }

    public interface KeyFunction {
        long keyOf(int row);
    }

    public static LongMultiIndex build(int rowCount, KeyFunction keyFunction) {
        int capacity = Integer.highestOneBit(Math.max(4, rowCount + rowCount / 2)) << 1;
        LongMultiIndex index = new LongMultiIndex(capacity, rowCount);
        int[] slotOfRow = new int[rowCount];
        for (int row = 0; row < rowCount; row++) {
            long key = keyFunction.keyOf(row);
            if (key == 0) {
                slotOfRow[row] = -1;
                continue;
            }
            int slot = index.slotOf(key);
            index.keys[slot] = key;
            index.counts[slot]++;
            slotOfRow[row] = slot;
        }
        int offset = 0;
        for (int slot = 0; slot < capacity; slot++) {
            index.starts[slot] = offset;
            offset += index.counts[slot];
        }
        index.indexed = offset;
        int[] filled = new int[capacity];
        for (int row = 0; row < rowCount; row++) {
            int slot = slotOfRow[row];
            if (slot >= 0) {
                index.rows[index.starts[slot] + filled[slot]++] = row;
            }
        }
        return index;
    }

    private int slotOf(long key) {
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** Calls {@code action} for every row stored under {@code key}, in ascending row order. */
    public void forEach(long key, IntConsumer action) {
        if (key == 0) {
            return;
        }
        int slot = slotOf(key);
        for (int i = starts[slot], end = i + counts[slot]; i < end; i++) {
            action.accept(rows[i]);
        }
    }

    /** Number of rows stored under {@code key}, in constant time. */
    public int count(long key) {
        return key == 0 ? 0 : counts[slotOf(key)];
    }

    /** Every indexed row, those sharing a key next to each other. */
    public int[] rowsGroupedByKey() {
        return Arrays.copyOf(rows, indexed);
    }
}
