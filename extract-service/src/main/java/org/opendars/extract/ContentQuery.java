package org.opendars.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.opendars.kit.api.SpreadsheetSafe;

/**
 * The query that writes one data set's file of an extract: the linkage results joined to the content in force,
 * restricted to the approved fields, financial years and filters. COPY takes no bind parameters, so every name and
 * value reaches the SQL text only after it has been checked against a strict pattern.
 */
public final class ContentQuery {

    /** The agreement asks for something this data set's content cannot honour; nothing is released. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The columns every data set file starts with: whose record it is, how sure the link is, what it came from. */
    public static final List<String> LEADING = List.of("pseudonym", "study_id", "match_rank", "index_version",
            "release");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    private static final Pattern AREA = Pattern.compile("[A-Z][0-9]{8}");
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9]{2}(\\.?[0-9X]{1,2})?");

    private ContentQuery() {
    }

    public static String of(ApprovedDataset approved, Set<String> recordKeys, int indexVersion) {
        ContentTable table = ContentTable.of(approved.code()).orElseThrow(() -> new Refused("the agreement names "
                + approved.code() + ", whose content this service does not hold"));
        List<String> problems = new ArrayList<>();
        for (String field : approved.fields()) {
            if (!NAME.matcher(field == null ? "" : field).matches() || !table.has(field)) {
                problems.add(field);
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused("the agreement names fields of " + approved.code() + " that its content does not hold "
                    + problems + " (identifiers are never held here)");
        }
        String columns = approved.fields().stream()
                .map(field -> {
                    String value = "c.\"" + field + "\"::text";
                    ContentTable.Type type = table.columns().get(field);
                    // A date or a number as the database writes it never starts like a formula.
                    boolean numeric = type == ContentTable.Type.DATE || type == ContentTable.Type.INTEGER
                            || type == ContentTable.Type.DECIMAL;
                    return (recordKeys.contains(field) ? pseudonymised(value)
                            : numeric ? value : SpreadsheetSafe.sql(value)) + " as \"" + field + "\"";
                })
                .collect(Collectors.joining(", "));
        String code = approved.code();
        return "select r.pseudonym, " + SpreadsheetSafe.sql("r.study_id") + " as study_id, r.match_rank, "
                + indexVersion + " as index_version, c.release_id || ' v' || c.file_version as release"
                + (columns.isEmpty() ? "" : ", " + columns)
                + " from results_in r join " + table.table() + " c on c.record_id = r.record_id"
                + " join release_file f on f.dataset_code = '" + code + "' and f.financial_year = c.financial_year"
                + " and f.release_id = c.release_id and f.file_version = c.file_version and f.status = 'CURRENT'"
                + " where r.dataset = '" + code + "'" + conditions(approved, table)
                + " order by r.study_id, r.pseudonym, c.record_id";
    }

    /**
     * The content in force that the agreement allows, as a FROM and WHERE over alias {@code c}, without the link to
     * any person: what a tabulation counts.
     */
    static String inForce(ApprovedDataset approved, ContentTable table) {
        return " from " + table.table() + " c join release_file f on f.dataset_code = '" + table.datasetCode() + "'"
                + " and f.financial_year = c.financial_year and f.release_id = c.release_id"
                + " and f.file_version = c.file_version and f.status = 'CURRENT' where true"
                + conditions(approved, table);
    }

    /** The data set's files in force within the approved years: what an extract of it is built from. */
    public static String releasesInForce(ApprovedDataset approved) {
        return "select release_id, file_version, financial_year, period, sha256 from release_file"
                + " where dataset_code = '" + approved.code() + "' and status = 'CURRENT'" + years(approved, "")
                + " order by financial_year, release_id, file_version";
    }

    private static String years(ApprovedDataset approved, String alias) {
        String column = alias + "financial_year";
        return (approved.fromYear() == null ? "" : " and " + column + " >= " + approved.fromYear().intValue())
                + (approved.toYear() == null ? "" : " and " + column + " <= " + approved.toYear().intValue());
    }

    private static String conditions(ApprovedDataset approved, ContentTable table) {
        ApprovedDataset.Filters filters = approved.filtersOrNone();
        StringBuilder where = new StringBuilder(years(approved, "c."));
        String date = table.dateColumn();
        if (filters.from() != null) {
            where.append(" and c.\"").append(date).append("\" >= date '").append(filters.from()).append("'");
        }
        if (filters.to() != null) {
            where.append(" and c.\"").append(date).append("\" <= date '").append(filters.to()).append("'");
        }
        if (filters.minAge() != null || filters.maxAge() != null) {
            String age = required(table, table.ageColumn(), "an age");
            if (filters.minAge() != null) {
                where.append(" and c.\"").append(age).append("\" >= ").append(filters.minAge().intValue());
            }
            if (filters.maxAge() != null) {
                where.append(" and c.\"").append(age).append("\" <= ").append(filters.maxAge().intValue());
            }
        }
        if (!filters.geography().isEmpty()) {
            String area = required(table, table.geographyColumn(), "an area of residence");
            where.append(" and c.\"").append(area).append("\" in (").append(filters.geography().stream()
                    .map(code -> "'" + checked(code, AREA, "an ONS area code") + "'")
                    .collect(Collectors.joining(", "))).append(")");
        }
        if (!filters.diagnosisCodes().isEmpty()) {
            if (table.diagnosisColumns().isEmpty()) {
                throw new Refused("the agreement limits " + table.datasetCode() + " by diagnosis, but its content has"
                        + " no diagnosis: nothing is released");
            }
            // I21 takes in I21.0 to I21.9; codes are compared without the dot, which sources write or leave out.
            where.append(" and (").append(table.diagnosisColumns().stream()
                    .flatMap(column -> filters.diagnosisCodes().stream().map(code -> "replace(c.\"" + column
                            + "\", '.', '') like '" + checked(code, ICD10, "an ICD-10 code").replace(".", "") + "%'"))
                    .collect(Collectors.joining(" or "))).append(")");
        }
        return where.toString();
    }

    private static String required(ContentTable table, String column, String what) {
        if (column == null) {
            throw new Refused("the agreement limits " + table.datasetCode() + " by " + what.substring(what.indexOf(' ')
                    + 1) + ", but its content has no such column: nothing is released");
        }
        return column;
    }

    private static String checked(String value, Pattern pattern, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new Refused("a filter value is not " + what + ": nothing is released");
        }
        return value;
    }

    /** HMAC-SHA-256 of a value under the organisation's record-key secret, as 32 hex digits like person pseudonyms. */
    private static String pseudonymised(String value) {
        return "(select left(encode(sha256(p.outer_pad || sha256(p.inner_pad || convert_to(" + value
                + ", 'UTF8'))), 'hex'), 32) from record_key_pads p)";
    }
}
