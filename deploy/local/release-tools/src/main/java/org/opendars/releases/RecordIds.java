package org.opendars.releases;

/**
 * Record identifiers and record keys: keyed shuffles of the person number and the record's place among the
 * person's records of the year. Unique, stable across releases, and telling nothing of the person (a linkage
 * that read the person back from them would be cheating).
 */
final class RecordIds {

    /** Records one person can have in one data set and year. */
    static final int PER_PERSON = 100;

    private static final long IDS = 1_000_000_000L;
    private static final long FIRST_KEY = 100_000_000_000L;
    private static final long KEYS = 900_000_000_000L;

    private final Permutation[] ids = new Permutation[Dataset.values().length];
    private final Permutation[] keys = new Permutation[Dataset.values().length];

    RecordIds(long seed) {
        for (Dataset dataset : Dataset.values()) {
            ids[dataset.ordinal()] = new Permutation(Streams.hash(seed, Streams.RECORD_IDS, dataset.ordinal()), IDS);
            keys[dataset.ordinal()] = new Permutation(Streams.hash(seed, Streams.RECORD_IDS, dataset.ordinal(), 1),
                    KEYS);
        }
    }

    /**
     * {@code APC-2425-000000123}; for deaths {@code ONS-000000123}, without the year, since a person dies once.
     */
    String recordId(Dataset dataset, FinancialYear year, int person, int index) {
        if (index >= PER_PERSON) {
            throw new IllegalStateException("more than " + PER_PERSON + " records for one person");
        }
        Permutation permutation = ids[dataset.ordinal()];
        if (dataset == Dataset.ONS_MORTALITY) {
            return dataset.recordPrefix() + "-" + nineDigits(permutation.apply(person));
        }
        return dataset.recordPrefix() + "-" + year.compact() + "-"
                + nineDigits(permutation.apply((long) person * PER_PERSON + index));
    }

    /** A twelve-digit key, unique in the data set across years (epikey, attendkey, aekey). */
    String key(Dataset dataset, FinancialYear year, int person, int index) {
        long x = (year.startYear() - 2000) * IDS + (long) person * PER_PERSON + index;
        return Long.toString(FIRST_KEY + keys[dataset.ordinal()].apply(x));
    }

    private static String nineDigits(long n) {
        String digits = Long.toString(n);
        return "000000000".substring(digits.length()) + digits;
    }
}
