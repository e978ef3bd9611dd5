package org.opendars.approvals;

import java.util.List;

/**
 * A data set as approved: its fields, financial years (2019 meaning 2019-20) and filters. Agreements and the events
 * that start linkage and extraction carry it.
 */
public record RequestedDataset(String code, List<String> fields, Integer fromYear, Integer toYear,
        ApplicationForm.Filters filters) {

    public RequestedDataset(String code, List<String> fields) {
        this(code, fields, null, null, null);
    }

    static List<RequestedDataset> of(ApplicationForm form) {
        return form.productsOrNone().stream().flatMap(p -> p.datasets() == null ? java.util.stream.Stream.empty()
                : p.datasets().stream())
                .map(d -> new RequestedDataset(d.code(), d.fields() == null ? List.of()
                        : d.fields().stream().map(ApplicationForm.RequestedField::name).toList(),
                        d.fromYear(), d.toYear(), d.filters()))
                .toList();
    }

    /** Financial years, for the agreement: "2019-20 to 2023-24". */
    public String yearsLabel() {
        if (fromYear == null || toYear == null) {
            return "as approved for the application version";
        }
        return financialYear(fromYear) + (fromYear.equals(toYear) ? "" : " to " + financialYear(toYear));
    }

    public String filtersLabel() {
        if (filters == null) {
            return "none";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (filters.from() != null || filters.to() != null) {
            parts.add("activity " + (filters.from() == null ? "" : "from " + filters.from()) + " "
                    + (filters.to() == null ? "" : "to " + filters.to()));
        }
        if (filters.minAge() != null || filters.maxAge() != null) {
            parts.add("aged " + (filters.minAge() == null ? 0 : filters.minAge()) + " to "
                    + (filters.maxAge() == null ? "any" : filters.maxAge()));
        }
        if (filters.geography() != null && !filters.geography().isEmpty()) {
            parts.add("areas " + String.join(", ", filters.geography()));
        }
        if (filters.diagnosisCodes() != null && !filters.diagnosisCodes().isEmpty()) {
            parts.add("diagnoses " + String.join(", ", filters.diagnosisCodes()));
        }
        return parts.isEmpty() ? "none" : String.join("; ", parts).replaceAll("\\s+", " ").strip();
    }

    private static String financialYear(int start) {
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}
