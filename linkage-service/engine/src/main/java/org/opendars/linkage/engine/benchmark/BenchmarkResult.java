package org.opendars.linkage.engine.benchmark;

import java.util.Locale;
import org.opendars.linkage.engine.quality.Metrics;

/** One measured benchmark run. */
public record BenchmarkResult(String name, long records, long comparisons, double seconds, double cpuSeconds,
        long peakMegabytes, Metrics pairwise, Metrics clusters) {

    public String summary() {
        return String.format(Locale.ROOT,
                "%s: %,d records, %,d comparisons, %.2f s wall (%.2f s CPU), %,.0f records/s, %,.0f comparisons/s,"
                        + " peak %,d MB%s%s",
                name, records, comparisons, seconds, cpuSeconds, records / seconds, comparisons / seconds,
                peakMegabytes,
                pairwise == null ? "" : String.format(Locale.ROOT, "; pairwise P %.4f R %.4f F1 %.4f",
                        pairwise.precision(), pairwise.recall(), pairwise.f1()),
                clusters == null ? "" : String.format(Locale.ROOT, "; cluster P %.4f R %.4f F1 %.4f",
                        clusters.precision(), clusters.recall(), clusters.f1()));
    }
}
