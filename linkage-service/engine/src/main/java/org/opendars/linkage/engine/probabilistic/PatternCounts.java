package org.opendars.linkage.engine.probabilistic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The comparison vectors of a set of pairs, reduced to counts of distinct level patterns: EM then iterates
 * over a few thousand patterns rather than millions of pairs. Four bits per comparison, so up to 16
 * comparisons of up to 15 levels.
 */
final class PatternCounts {

    private static final int CHUNK = 4096;

    final int[][] levels;
    final double[] counts;

    private PatternCounts(int[][] levels, double[] counts) {
        this.levels = levels;
        this.counts = counts;
    }

    static PatternCounts of(List<Comparison> comparisons, Blocker blocker, int rule, double sampleFraction,
            long seed) {
        if (comparisons.size() > 16) {
            throw new IllegalArgumentException("at most 16 comparisons are supported");
        }
        Comparison[] bound = comparisons.toArray(Comparison[]::new);
        int rows = blocker.leftSize();
        List<Map<Long, long[]>> chunks = IntStream.range(0, (rows + CHUNK - 1) / CHUNK).parallel()
                .mapToObj(chunk -> countChunk(bound, blocker, rule, chunk, rows, sampleFraction, seed))
                .toList();
        Map<Long, long[]> merged = new HashMap<>();
        chunks.forEach(chunk -> chunk.forEach((pattern, count) -> merged.merge(pattern, count,
                (x, y) -> new long[] {x[0] + y[0]})));
        int[][] levels = new int[merged.size()][];
        double[] counts = new double[merged.size()];
        int p = 0;
        for (Map.Entry<Long, long[]> entry : merged.entrySet()) {
            levels[p] = decode(entry.getKey(), bound.length);
            counts[p++] = entry.getValue()[0];
        }
        return new PatternCounts(levels, counts);
    }

    private static Map<Long, long[]> countChunk(Comparison[] bound, Blocker blocker, int rule, int chunk, int rows,
            double sampleFraction, long seed) {
        Map<Long, long[]> counts = new HashMap<>();
        int end = Math.min(rows, (chunk + 1) * CHUNK);
        for (int left = chunk * CHUNK; left < end; left++) {
            if (sampleFraction < 1 && unitHash(left, seed) >= sampleFraction) {
                continue;
            }
            blocker.forEachPairOfRule(rule, left, false, (l, r, ignored) -> {
                long pattern = 0;
                for (int c = 0; c < bound.length; c++) {
                    pattern |= (long) bound[c].level(l, r) << (4 * c);
                }
                counts.computeIfAbsent(pattern, k -> new long[1])[0]++;
            });
        }
        return counts;
    }

    private static double unitHash(int row, long seed) {
        long h = (row + seed) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53;
    }

    private static int[] decode(long pattern, int comparisons) {
        int[] levels = new int[comparisons];
        for (int c = 0; c < comparisons; c++) {
            levels[c] = (int) (pattern >>> (4 * c)) & 0xF;
        }
        return levels;
    }

    double total() {
        double total = 0;
        for (double count : counts) {
            total += count;
        }
        return total;
    }
}
