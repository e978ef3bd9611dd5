package org.opendars.linkage.engine.probabilistic;

/**
 * Remembers the level of pairs of dictionary codes for one comparison. Values repeat (suburbs, street names,
 * postcodes), so most pairs a run meets it met before. One direct-mapped table shared by all threads: an entry is
 * a single {@code long} holding both codes and the level, so a racing write can replace an entry but never
 * mix two of them, and a lost entry is only computed again.
 */
final class LevelCache {

    /** Codes up to 2^24 fit an entry beside an eight-bit level; rarer columns than that are not cached. */
    private static final int MAX_CODE = (1 << 24) - 1;
    private static final int MAX_SLOTS = 1 << 20;

    interface Levels {
        int between(int a, int b);
    }

    private final long[] entries;
    private final int mask;

    /** Sized to the column's distinct values: a small dictionary needs few slots. */
    LevelCache(int distinctValues) {
        int slots = Integer.highestOneBit(Math.max(1024, Math.min(MAX_SLOTS, distinctValues * 16)));
        entries = new long[slots];
        mask = slots - 1;
    }

    int level(int a, int b, Levels levels) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        if (high > MAX_CODE) {
            return levels.between(a, b);
        }
        long key = ((long) low << 24) | high;
        long h = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (h >>> 40) & mask;
        long entry = entries[slot];
        if (entry >>> 8 == key) {
            return (int) (entry & 0xFF);
        }
        int level = levels.between(a, b);
        entries[slot] = key << 8 | level;
        return level;
    }
}
