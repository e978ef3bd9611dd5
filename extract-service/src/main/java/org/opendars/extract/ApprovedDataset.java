package org.opendars.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A data set the agreement lets the custodian release: its fields, its financial years (2019 meaning 2019-20) and
 * the filters the applicant asked for. Agreements made before years and filters were recorded carry neither.
 */
public record ApprovedDataset(String code, List<String> fields, Integer fromYear, Integer toYear, Filters filters) {

    public ApprovedDataset(String code, List<String> fields) {
        this(code, fields, null, null, null);
    }

    public ApprovedDataset {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Which records of the data set are wanted; a null or empty condition does not restrict. */
    public record Filters(LocalDate from, LocalDate to, Integer minAge, Integer maxAge, List<String> geography,
            List<String> diagnosisCodes) {

        public Filters {
            geography = geography == null ? List.of() : List.copyOf(geography);
            diagnosisCodes = diagnosisCodes == null ? List.of() : List.copyOf(diagnosisCodes);
        }
    }

    public Filters filtersOrNone() {
        return filters == null ? new Filters(null, null, null, null, List.of(), List.of()) : filters;
    }
}
