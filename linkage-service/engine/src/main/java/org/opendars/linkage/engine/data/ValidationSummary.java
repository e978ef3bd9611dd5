package org.opendars.linkage.engine.data;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts of values that were present but unusable, per column and problem, for the quality report. */
public final class ValidationSummary {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void record(String column, String problem) {
        counts.computeIfAbsent(column + ": " + problem, k -> new LongAdder()).increment();
    }

    public Map<String, Long> counts() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }
}
