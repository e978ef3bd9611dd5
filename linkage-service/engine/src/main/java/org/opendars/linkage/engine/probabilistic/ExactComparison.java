package org.opendars.linkage.engine.probabilistic;

import java.util.List;
import java.util.Set;
import org.opendars.linkage.engine.data.Table;

/** Agree exactly or not at all. */
final class ExactComparison implements Comparison {

    private final String name;
    private final String column;
    private final int[] left;
    private final int[] right;
    private final double[] frequencies;

    ExactComparison(String name, String column, Table left, Table right, boolean termFrequency) {
        this.name = name;
        this.column = column;
        this.left = left.codes(column);
        this.right = right.codes(column);
        this.frequencies = termFrequency ? TermFrequencies.of(column, left, right) : null;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levelLabels() {
        return List.of("exact", "else");
    }

    @Override
    public Set<String> columns() {
        return Set.of(column);
    }

    @Override
    public int level(int l, int r) {
        int a = left[l];
        int b = right[r];
        if (a == 0 || b == 0) {
            return 0;
        }
        return a == b ? 1 : 2;
    }

    @Override
    public double termFrequency(int level, int l, int r) {
        return frequencies != null && level == 1 ? frequencies[left[l]] : -1;
    }

    @Override
    public double[] termFrequencyRange() {
        return TermFrequencies.range(frequencies);
    }
}
