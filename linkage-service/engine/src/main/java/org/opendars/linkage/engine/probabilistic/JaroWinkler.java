package org.opendars.linkage.engine.probabilistic;

import java.util.Arrays;

/**
 * Jaro-Winkler similarity, computing exactly what Apache Commons Text's {@code JaroWinklerSimilarity} computes
 * (the tests check the two agree) but on reused per-thread buffers. Scoring calls it tens of millions of
 * times, and the library version allocates four arrays per call, which made it the largest cost of a run.
 */
final class JaroWinkler {

    private static final double SCALING = 0.1;
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private JaroWinkler() {
    }

    static double similarity(String first, String second) {
        if (first.equals(second)) {
            return 1.0;
        }
        String max = first.length() > second.length() ? first : second;
        String min = max == first ? second : first;
        Buffers buffers = BUFFERS.get().ensure(max.length());
        int[] matchIndexes = buffers.matchIndexes;
        boolean[] matchFlags = buffers.matchFlags;
        Arrays.fill(matchIndexes, 0, min.length(), -1);
        Arrays.fill(matchFlags, 0, max.length(), false);
        int range = Math.max(max.length() / 2 - 1, 0);
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            char c = min.charAt(mi);
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length()); xi < xn; xi++) {
                if (!matchFlags[xi] && c == max.charAt(xi)) {
                    matchIndexes[mi] = xi;
                    matchFlags[xi] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        int xi = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            if (matchIndexes[mi] != -1) {
                while (!matchFlags[xi]) {
                    xi++;
                }
                if (min.charAt(mi) != max.charAt(xi)) {
                    halfTranspositions++;
                }
                xi++;
            }
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(4, min.length()); i++) {
            if (first.charAt(i) != second.charAt(i)) {
                break;
            }
            prefix++;
        }
        double m = matches;
        double jaro = (m / first.length() + m / second.length() + (m - halfTranspositions / 2.0) / m) / 3;
        return jaro < 0.7 ? jaro : jaro + SCALING * prefix * (1 - jaro);
    }

    /** The characters of a value as a set of 64 buckets (a character's code modulo 64). */
    static long characterSet(String value) {
        long set = 0;
        for (int i = 0; i < value.length(); i++) {
            set |= 1L << (value.charAt(i) & 63);
        }
        return set;
    }

    /**
     * An upper bound on {@link #similarity}: a character whose bucket the other value lacks cannot match, so at
     * most the rest match, with no transpositions and the longest prefix bonus. Never below the similarity.
     */
    static double mostPossible(String first, long firstSet, String second, long secondSet) {
        int firstMatchable = matchable(first, secondSet);
        int secondMatchable = matchable(second, firstSet);
        double m = Math.min(firstMatchable, secondMatchable);
        if (m == 0) {
            return 0.0;
        }
        double jaro = (m / first.length() + m / second.length() + 1) / 3;
        return jaro + SCALING * 4 * (1 - jaro);
    }

    private static int matchable(String value, long otherSet) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            count += (int) (otherSet >>> (value.charAt(i) & 63)) & 1;
        }
        return count;
    }

    private static final class Buffers {
        int[] matchIndexes = new int[64];
        boolean[] matchFlags = new boolean[64];

        Buffers ensure(int length) {
            if (length > matchFlags.length) {
                matchIndexes = new int[length * 2];
                matchFlags = new boolean[length * 2];
            }
            return this;
        }
    }
}
