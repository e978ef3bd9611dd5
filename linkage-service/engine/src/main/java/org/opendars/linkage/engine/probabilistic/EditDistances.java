package org.opendars.linkage.engine.probabilistic;

/**
 * Damerau-Levenshtein (optimal string alignment) distance, which Apache Commons Text does not provide: it
 * counts a swap of two adjacent characters as one edit, the commonest keying error in identifiers and dates.
 */
final class EditDistances {

    private EditDistances() {
    }

    /** The distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    static int damerauLevenshtein(String a, String b, int limit) {
        if (limit == 1) {
            return a.equals(b) ? 0 : withinOneEdit(a, b) ? 1 : 2;
        }
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], limit + 1);
    }

    /** Linear-time test for distance exactly one: a substitution, insertion, deletion or adjacent swap. */
    static boolean withinOneEdit(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(n, m) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (n == m) {
            if (i == n) {
                return false;
            }
            if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
                return true;
            }
            return i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2);
        }
        return n > m ? a.regionMatches(i + 1, b, i, m - i) : b.regionMatches(i + 1, a, i, n - i);
    }
}
