package org.opendars.linkage.engine.quality;

/**
 * Where the true matches that a run did not link were lost, from ground truth. Every true pair the run left
 * unlinked falls in exactly one of the four causes, so fixing a cause shows as moving pairs between them.
 *
 * @param trueMatches     true pairs examined (link: across the two files; dedupe: within a true entity)
 * @param linked          of those, linked (dedupe: placed in the same cluster)
 * @param neverBlocked    no blocking rule put the two records together
 * @param inSkippedBlocks a rule put them together, but only in a block skipped for being larger than
 *                        {@code maxBlockSize}
 * @param belowThreshold  compared, but scored below the link weight
 * @param lostInDecision  compared and scored above the link weight, but the one-to-one choice (or, for
 *                        deduplication, clustering's vetoes and size limit) kept them apart
 * @param entitiesSkipped true entities with too many records to enumerate their pairs, left out of the counts
 */
public record MissedPairs(long trueMatches, long linked, long neverBlocked, long inSkippedBlocks,
        long belowThreshold, long lostInDecision, long entitiesSkipped) {

    public long missed() {
        return neverBlocked + inSkippedBlocks + belowThreshold + lostInDecision;
    }

    /** Share of true pairs that some rule compared: the blocking recall measured against truth. */
    public double blockingRecall() {
        return trueMatches == 0 ? 1 : 1.0 - (double) (neverBlocked + inSkippedBlocks) / trueMatches;
    }
}
