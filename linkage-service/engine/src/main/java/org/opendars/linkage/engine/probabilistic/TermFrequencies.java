package org.opendars.linkage.engine.probabilistic;

import org.opendars.linkage.engine.data.Table;

/** Relative frequency of each value of a column over both files (missing values excluded). */
final class TermFrequencies {

    private TermFrequencies() {
    }

    static double[] of(String column, Table left, Table right) {
        double[] counts = new double[left.dictionary(column).size()];
        long total = count(left.codes(column), left.size(), counts) + (left == right ? 0
                : count(right.codes(column), right.size(), counts));
        for (int code = 0; code < counts.length; code++) {
            counts[code] = total == 0 ? 0 : counts[code] / total;
        }
        return counts;
    }

    private static long count(int[] codes, int size, double[] counts) {
        long total = 0;
        for (int row = 0; row < size; row++) {
            if (codes[row] != 0) {
                counts[codes[row]]++;
                total++;
            }
        }
        return total;
    }

    /** Smallest non-zero and largest frequency, or null for no frequencies. */
    static double[] range(double[] frequencies) {
        if (frequencies == null) {
            return null;
        }
        double smallest = Double.MAX_VALUE;
        double largest = 0;
        for (double frequency : frequencies) {
            if (frequency > 0) {
                smallest = Math.min(smallest, frequency);
                largest = Math.max(largest, frequency);
            }
        }
        return largest == 0 ? null : new double[] {smallest, largest};
    }
}
