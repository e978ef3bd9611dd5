package org.opendars.releases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generated releases held in memory, for tests small enough to afford it. */
final class Releases {

    static final long SEED = 42;
    static final FinancialYear YEAR = FinancialYear.parse("2024-25");

    private Releases() {
    }

    static List<GeneratedRecord> of(Dataset dataset, Release release, int persons) {
        return of(dataset, release, persons, SEED, IdentifierErrors.DEFAULTS);
    }

    static List<GeneratedRecord> of(Dataset dataset, Release release, int persons, long seed,
            IdentifierErrors errors) {
        List<GeneratedRecord> records = new ArrayList<>();
        new ReleaseGenerator(dataset, release, persons, seed, errors, Revisions.DEFAULTS).generate(records::add);
        return records;
    }

    static Map<String, GeneratedRecord> byRecordId(List<GeneratedRecord> records) {
        Map<String, GeneratedRecord> byId = new LinkedHashMap<>();
        for (GeneratedRecord record : records) {
            byId.put(record.recordId(), record);
        }
        return byId;
    }

    static Release month(int month) {
        return Release.monthly(YEAR, month);
    }

    static Release annualRefresh() {
        return Release.annualRefresh(YEAR);
    }
}
