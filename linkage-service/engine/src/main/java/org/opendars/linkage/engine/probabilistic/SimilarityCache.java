package org.opendars.linkage.engine.probabilistic;

import java.util.Arrays;

/**
 * Remembers Jaro-Winkler similarities of pairs of dictionary codes. Names repeat so much that most pairs
 * met while scoring were met before; a direct-mapped table per thread (no locking, no eviction policy)
 * turns most similarity computations into one array read.
 */
final class SimilarityCache {

    private static final int SIZE = 1 << 15;

    private final ThreadLocal<Table> tables = ThreadLocal.withInitial(Table::new);

    interface Similarity {
        double between(int a, int b);
    }

    double get(int a, int b, Similarity similarity) {
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        Table table = tables.get();
        long h = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (h >>> 49);
        if (table.keys[slot] == key) {
            return table.values[slot];
        }
        double value = similarity.between(a, b);
        table.keys[slot] = key;
        table.values[slot] = value;
        return value;
    }

    private static final class Table {
        final long[] keys = new long[SIZE];
        final double[] values = new double[SIZE];

        Table() {
            Arrays.fill(keys, -1L);
        }
    }
}
