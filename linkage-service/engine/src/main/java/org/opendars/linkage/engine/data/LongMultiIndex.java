package org.opendars.linkage.engine.data;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Maps {@code long} keys to the rows holding them, with open addressing over primitive arrays: no boxing and
 * one chain array, so a ten-million-row index costs about 250 MB instead of gigabytes of map entries.
 * Key 0 means "no key" and is never indexed.
 */
public final class LongMultiIndex {

    private final long[] keys;
    private final int[] heads;
    private final int[] next;
    private final int[] counts;
    private final int mask;

    private LongMultiIndex(int rows) {
        int capacity = Integer.highestOneBit(Math.max(4, rows + rows / 2)) << 1;
        keys = new long[capacity];
        heads = new int[capacity];
        counts = new int[capacity];
        Arrays.fill(heads, -1);
        next = new int[Math.max(1, rows)];
        mask = capacity - 1;
    }

    public interface KeyFunction {
        long keyOf(int row);
    }

    public static LongMultiIndex build(int rows, KeyFunction keyFunction) {
        LongMultiIndex index = new LongMultiIndex(rows);
        for (int row = rows - 1; row >= 0; row--) {
            index.put(keyFunction.keyOf(row), row);
        }
        return index;
    }

    private void put(long key, int row) {
        if (key == 0) {
            return;
        }
        int slot = slotOf(key);
        keys[slot] = key;
        next[row] = heads[slot];
        heads[slot] = row;
        counts[slot]++;
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
        for (int row = heads[slot]; row >= 0; row = next[row]) {
            action.accept(row);
        }
    }

    /** Number of rows stored under {@code key}, in constant time. */
    public int count(long key) {
        return key == 0 ? 0 : counts[slotOf(key)];
    }
}
