package org.opendars.extract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed table that holds one data set's content: its columns as the data dictionary types them, and which of
 * them an approval's filters read (the activity date, the age, the diagnoses, the area of residence). Every table
 * is partitioned by financial year and keeps each release file's rows apart, so a file can be superseded without
 * touching another.
 */
public record ContentTable(String datasetCode, String table, Map<String, Type> columns, String dateColumn,
        String ageColumn, List<String> diagnosisColumns, String geographyColumn, Accumulation accumulation) {

    /** How a column is stored; the values of a release file are checked against it before anything is loaded. */
    public enum Type {
        DATE("date", "^\\d{4}-\\d{2}-\\d{2}$"),
        INTEGER("integer", "^-?\\d{1,9}$"),
        DECIMAL("numeric", "^-?\\d{1,12}(\\.\\d{1,6})?$"),
        CODE("varchar(20)", "^[A-Za-z0-9.&/_ -]{1,20}$"),
        TEXT("varchar(200)", null);

        public final String sql;
        /** What a value must look like to be cast; {@code null} when any text of the column's length will do. */
        public final String pattern;

        Type(String sql, String pattern) {
            this.sql = sql;
            this.pattern = pattern;
        }
    }

    /**
     * Whether each release of the data set restates the financial year to date (HES: month 6 is April to September
     * again, refreshed) or brings only what is new (deaths registered in the month).
     */
    public enum Accumulation {
        YEAR_TO_DATE, INCREMENTAL
    }

    /** The columns every content table has besides the data set's own: where each row came from. */
    public static final List<String> PROVENANCE = List.of("financial_year", "release_id", "file_version", "record_id");

    public ContentTable {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        diagnosisColumns = List.copyOf(diagnosisColumns);
    }

    private static final List<ContentTable> ALL = List.of(
            new ContentTable("HES_APC", "hes_apc", columns(
                    "epikey", Type.CODE, "admidate", Type.DATE, "epistart", Type.DATE, "epiend", Type.DATE,
                    "disdate", Type.DATE, "admimeth", Type.CODE, "dismeth", Type.CODE, "diag_01", Type.CODE,
                    "diag_02", Type.CODE, "opertn_01", Type.CODE, "procode3", Type.CODE, "epiorder", Type.INTEGER,
                    "speldur", Type.INTEGER, "startage", Type.INTEGER, "sex", Type.CODE, "resladst_ons", Type.CODE),
                    "admidate", "startage", List.of("diag_01", "diag_02"), "resladst_ons", Accumulation.YEAR_TO_DATE),
            new ContentTable("HES_OP", "hes_op", columns(
                    "attendkey", Type.CODE, "apptdate", Type.DATE, "attended", Type.CODE, "firstatt", Type.CODE,
                    "tretspef", Type.CODE, "diag_01", Type.CODE, "procode3", Type.CODE, "apptage", Type.INTEGER,
                    "sex", Type.CODE, "resladst_ons", Type.CODE),
                    "apptdate", "apptage", List.of("diag_01"), "resladst_ons", Accumulation.YEAR_TO_DATE),
            new ContentTable("HES_AE", "hes_ae", columns(
                    "aekey", Type.CODE, "arrivaldate", Type.DATE, "aearrivalmode", Type.CODE, "aedepttype", Type.CODE,
                    "diag_01", Type.CODE, "aeattenddisp", Type.CODE, "procode3", Type.CODE, "arrivalage",
                    Type.INTEGER, "sex", Type.CODE, "resladst_ons", Type.CODE),
                    "arrivaldate", "arrivalage", List.of("diag_01"), "resladst_ons", Accumulation.YEAR_TO_DATE),
            new ContentTable("ONS_MORTALITY", "ons_mortality", columns(
                    "dod", Type.DATE, "underlying_cause", Type.CODE, "place_of_death", Type.TEXT, "age_at_death",
                    Type.INTEGER, "date_of_registration", Type.DATE, "sex", Type.CODE, "resladst_ons", Type.CODE),
                    "dod", "age_at_death", List.of("underlying_cause"), "resladst_ons", Accumulation.INCREMENTAL),
            new ContentTable("DID", "did", columns(
                    "exam_date", Type.DATE, "modality", Type.CODE, "body_site", Type.TEXT, "nicip_code", Type.CODE,
                    "referrer_source", Type.TEXT, "provider_code", Type.CODE, "age_at_exam", Type.INTEGER,
                    "sex", Type.CODE, "resladst_ons", Type.CODE),
                    "exam_date", "age_at_exam", List.of(), "resladst_ons", Accumulation.YEAR_TO_DATE),
            new ContentTable("PROMS", "proms", columns(
                    "procedure", Type.CODE, "pre_op_date", Type.DATE, "post_op_date", Type.DATE, "eq5d_pre",
                    Type.DECIMAL, "eq5d_post", Type.DECIMAL, "oxford_score_pre", Type.INTEGER, "oxford_score_post",
                    Type.INTEGER, "procode3", Type.CODE, "sex", Type.CODE, "resladst_ons", Type.CODE),
                    "pre_op_date", null, List.of(), "resladst_ons", Accumulation.YEAR_TO_DATE));

    public static Optional<ContentTable> of(String datasetCode) {
        return ALL.stream().filter(t -> t.datasetCode.equals(datasetCode)).findFirst();
    }

    public static List<ContentTable> all() {
        return ALL;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The partition of one financial year, named by its first calendar year. */
    public String partition(int financialYear) {
        return table + "_" + financialYear;
    }

    private static Map<String, Type> columns(Object... namesAndTypes) {
        Map<String, Type> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.put((String) namesAndTypes[i], (Type) namesAndTypes[i + 1]);
        }
        return columns;
    }

    @Override
    public String toString() {
        return datasetCode + " " + Arrays.toString(columns.keySet().toArray());
    }
}
