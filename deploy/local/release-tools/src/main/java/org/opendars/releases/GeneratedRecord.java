package org.opendars.releases;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a release with what the file does not say: whose record it is, and which errors its identifiers
 * carry.
 */
public record GeneratedRecord(int person, String recordId, LocalDate activityDate,
        RecordedIdentifiers identifiers, List<String> row) {

    public String value(Dataset dataset, String column) {
        int index = dataset.header().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(dataset + " has no column " + column);
        }
        return row.get(index);
    }
}
