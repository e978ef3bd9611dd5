package org.opendars.linkage.engine.run;

import org.opendars.linkage.engine.probabilistic.ModelParameters;
import org.opendars.linkage.engine.probabilistic.PairScorer;
import org.opendars.linkage.engine.quality.QualityReport;

/**
 * What a run produced. {@code clusterOf} is set for deduplication only (cluster id = smallest member row).
 * The scorer can explain any pair of the two tables.
 */
public record LinkageResult(LoadedTables tables, ModelParameters model, PairScorer scorer, LinkRows links,
        int[] clusterOf, QualityReport report) {
}
