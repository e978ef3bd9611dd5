package org.opendars.linkage.engine.probabilistic;

import java.util.Arrays;

/** Scored candidate pairs in parallel primitive arrays (12 bytes a pair). */
public final class ScoredPairs {

    private int[] left = new int[256];
    private int[] right = new int[256];
    private float[] weight = new float[256];
    private int size;

    public void add(int l, int r, double w) {
        if (size == left.length) {
            int capacity = size * 2;
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            weight = Arrays.copyOf(weight, capacity);
        }
        left[size] = l;
        right[size] = r;
        weight[size] = (float) w;
        size++;
    }

    public void addAll(ScoredPairs other) {
        for (int i = 0; i < other.size; i++) {
            add(other.left[i], other.right[i], other.weight[i]);
        }
    }

    public int size() {
        return size;
    }

    public int left(int i) {
        return left[i];
    }

    public int right(int i) {
        return right[i];
    }

    public float weight(int i) {
        return weight[i];
    }

    /** Pair indices ordered by descending weight, ties by ascending left then right row. */
    public int[] byDescendingWeight() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            int bits = Float.floatToIntBits(weight[i]);
            int sortable = bits ^ ((bits >> 31) & 0x7FFFFFFF);
            keys[i] = ((long) ~sortable << 32) | i;
        }
        Arrays.parallelSort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
