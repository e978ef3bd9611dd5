package org.opendars.linkage.engine.run;

import java.util.Arrays;
import org.opendars.linkage.engine.probabilistic.PairScorer;

/** The final links of a run: row pairs with weight, probability and deterministic rank (0 = none). */
public final class LinkRows {

    private int[] left = new int[1024];
    private int[] right = new int[1024];
    private double[] weight = new double[1024];
    private byte[] rank = new byte[1024];
    private int size;

    void add(int l, int r, double w, int matchRank) {
        if (size == left.length) {
            int capacity = size * 2;
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            weight = Arrays.copyOf(weight, capacity);
            rank = Arrays.copyOf(rank, capacity);
        }
        left[size] = l;
        right[size] = r;
        weight[size] = w;
        rank[size] = (byte) matchRank;
        size++;
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

    public double weight(int i) {
        return weight[i];
    }

    public double probability(int i) {
        return PairScorer.probability(weight[i]);
    }

    public int rank(int i) {
        return rank[i];
    }

    int[] leftRows() {
        return Arrays.copyOf(left, size);
    }

    int[] rightRows() {
        return Arrays.copyOf(right, size);
    }
}
