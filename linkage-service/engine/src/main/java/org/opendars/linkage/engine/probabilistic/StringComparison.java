package org.opendars.linkage.engine.probabilistic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opendars.linkage.engine.data.Dictionary;
import org.opendars.linkage.engine.data.Table;

/**
 * Exact, then ordered fuzzy levels ({@code jw>=t} Jaro-Winkler similarity, {@code dl<=k} Damerau-Levenshtein
 * distance), then else. Jaro-Winkler is computed at most once per pair whatever the number of thresholds.
 */
final class StringComparison implements Comparison {


    private final String name;
    private final String column;
    private final int[] left;
    private final int[] right;
    private final Dictionary dictionary;
    private final List<String> labels = new ArrayList<>();
    private final double[] jaroWinklerAtLeast;
    private final int[] editsAtMost;
    private final double[] frequencies;
    private final LevelCache cache;
    /** Per value, the set of its characters: lets a pair that cannot reach a similarity level skip computing it. */
    private final long[] characters;
    private double lowestJaroWinkler = 2;
    private final LevelCache.Levels fuzzy = this::fuzzyLevel;

    StringComparison(String name, String column, List<String> levels, Table left, Table right,
            boolean termFrequency) {
        this.name = name;
        this.column = column;
        this.left = left.codes(column);
        this.right = right.codes(column);
        this.dictionary = left.dictionary(column);
        this.frequencies = termFrequency ? TermFrequencies.of(column, left, right) : null;
        this.cache = new LevelCache(dictionary.size());
        characters = new long[dictionary.size()];
        for (int code = 1; code < characters.length; code++) {
            characters[code] = JaroWinkler.characterSet(dictionary.value(code));
        }
        labels.add("exact");
        jaroWinklerAtLeast = new double[levels.size()];
        editsAtMost = new int[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            String level = levels.get(i).replace(" ", "");
            if (level.startsWith("jw>=")) {
                jaroWinklerAtLeast[i] = Double.parseDouble(level.substring(4));
                editsAtMost[i] = -1;
            } else if (level.startsWith("dl<=")) {
                editsAtMost[i] = Integer.parseInt(level.substring(4));
                jaroWinklerAtLeast[i] = -1;
            } else {
                throw new IllegalArgumentException("comparison " + name + ": unknown level " + level
                        + " (use jw>=0.9 or dl<=1)");
            }
            labels.add(level);
        }
        labels.add("else");
        for (double threshold : jaroWinklerAtLeast) {
            if (threshold >= 0) {
                lowestJaroWinkler = Math.min(lowestJaroWinkler, threshold);
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levelLabels() {
        return labels;
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
        if (a == b) {
            return 1;
        }
        return cache.level(a, b, fuzzy);
    }

    private boolean editLevelsAfter(int level) {
        for (int i = level; i < editsAtMost.length; i++) {
            if (editsAtMost[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The level of two different values; symmetric, so one cache entry serves both orders. */
    private int fuzzyLevel(int a, int b) {
        String x = dictionary.value(a);
        String y = dictionary.value(b);
        double jaroWinkler = -1;
        for (int i = 0; i < editsAtMost.length; i++) {
            if (editsAtMost[i] >= 0) {
                if (EditDistances.damerauLevenshtein(x, y, editsAtMost[i]) <= editsAtMost[i]) {
                    return i + 2;
                }
            } else {
                if (jaroWinkler < 0) {
                    if (JaroWinkler.mostPossible(x, characters[a], y, characters[b]) < lowestJaroWinkler
                            && !editLevelsAfter(i)) {
                        return labels.size();
                    }
                    jaroWinkler = JaroWinkler.similarity(x, y);
                }
                if (jaroWinkler >= jaroWinklerAtLeast[i]) {
                    return i + 2;
                }
            }
        }
        return labels.size();
    }

    @Override
    public double termFrequency(int level, int l, int r) {
        return frequencies != null && level == 1 ? frequencies[left[l]] : -1;
    }

    @Override
    public int cost() {
        for (int edits : editsAtMost) {
            if (edits < 0) {
                return 3;
            }
        }
        return 1;
    }

    @Override
    public double[] termFrequencyRange() {
        return TermFrequencies.range(frequencies);
    }
}
