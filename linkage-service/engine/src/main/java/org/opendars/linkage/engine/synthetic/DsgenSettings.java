package org.opendars.linkage.engine.synthetic;

/**
 * The knobs of Febrl's data set generator. Link mode defaults are those FEBRL's dataset 4 was made with (one
 * duplicate per original, at most 2 modifications per field and 4 per record, uniform); dedupe mode defaults
 * give up to 5 duplicates with a Zipf distribution, close to the spread measured in FEBRL's dataset 3.
 */
public record DsgenSettings(DuplicateDistribution distribution, int maxDuplicates, int maxModificationsPerField,
        int maxModificationsPerRecord, boolean dedupe) {

    public DsgenSettings {
        if (maxDuplicates < 1 || maxModificationsPerField < 1 || maxModificationsPerRecord < 1) {
            throw new IllegalArgumentException("duplicates and modifications must be at least 1");
        }
    }

    public static DsgenSettings link() {
        return new DsgenSettings(DuplicateDistribution.UNIFORM, 1, 2, 4, false);
    }

    public static DsgenSettings dedupeDefaults() {
        return new DsgenSettings(DuplicateDistribution.ZIPF, 5, 2, 4, true);
    }

    /** Originals have at least one duplicate when linking two files, possibly none when deduplicating one. */
    int leastDuplicates() {
        return dedupe ? 0 : 1;
    }
}
