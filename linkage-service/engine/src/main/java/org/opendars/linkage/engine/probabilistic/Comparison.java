package org.opendars.linkage.engine.probabilistic;

import java.util.List;
import java.util.Set;

/**
 * A comparison bound to the two tables: it classifies a pair of rows into one of its ordered levels.
 * Level 0 is the null level (a value missing on either side, contributing no evidence); levels 1..n follow
 * {@link #levelLabels()}, the last being "else".
 */
public interface Comparison {

    String name();

    List<String> levelLabels();

    Set<String> columns();

    int level(int left, int right);

    /** Frequency of the agreeing value for a term-frequency adjusted exact level, or -1 when not adjusted. */
    default double termFrequency(int level, int left, int right) {
        return -1;
    }

    /**
     * The smallest and largest frequency {@link #termFrequency} can return (the smallest above zero), so that a
     * scorer can bound what a comparison may still add; null when the comparison is not adjusted.
     */
    default double[] termFrequencyRange() {
        return null;
    }

    /**
     * How costly a pair is to compare, in rough classes: 0 for code and number comparisons, 1 for edit
     * distances, 2 for cached string similarities, 3 for string similarities of many distinct values. A bounded
     * scorer runs the cheap ones first, so a pair they settle never reaches the costly ones.
     */
    default int cost() {
        return 0;
    }
}
