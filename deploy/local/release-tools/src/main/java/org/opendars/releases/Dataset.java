package org.opendars.releases;

import java.util.List;
import java.util.stream.Stream;

/**
 * The national data sets a release can be generated for, with their columns. Every file starts with the record
 * identifier and the four identifiers the person index is matched on; the rest is the data set's content.
 */
public enum Dataset {

    HES_APC("APC", true, "epiend", "epikey", "startage",
            "epikey", "admidate", "epistart", "epiend", "disdate", "admimeth", "dismeth", "diag_01", "diag_02",
            "opertn_01", "procode3", "epiorder", "speldur", "startage", "resladst_ons"),
    HES_OP("OP", true, "apptdate", "attendkey", "apptage",
            "attendkey", "apptdate", "attended", "firstatt", "tretspef", "diag_01", "procode3", "apptage",
            "resladst_ons"),
    HES_AE("AE", true, "arrivaldate", "aekey", "arrivalage",
            "aekey", "arrivaldate", "aearrivalmode", "aedepttype", "diag_01", "aeattenddisp", "procode3",
            "arrivalage", "resladst_ons"),
    /** Deaths registered in the release month only: ONS releases are not cumulative. */
    ONS_MORTALITY("ONS", false, "date_of_registration", null, "age_at_death",
            "dod", "underlying_cause", "place_of_death", "age_at_death", "date_of_registration", "resladst_ons"),
    DID("DID", true, "exam_date", null, "age_at_exam",
            "exam_date", "modality", "body_site", "nicip_code", "referrer_source", "provider_code", "age_at_exam",
            "resladst_ons"),
    PROMS("PROMS", true, "post_op_date", null, null,
            "procedure", "pre_op_date", "post_op_date", "eq5d_pre", "eq5d_post", "oxford_score_pre",
            "oxford_score_post", "procode3", "resladst_ons");

    /** The columns every release starts with, in this order. */
    public static final List<String> IDENTITY_COLUMNS = Identity.COLUMNS;

    static final String RESIDENCE_COLUMN = "resladst_ons";

    private final String recordPrefix;
    private final boolean cumulative;
    private final String activityColumn;
    private final String keyColumn;
    private final String ageColumn;
    private final List<String> contentColumns;
    private final List<String> header;

    Dataset(String recordPrefix, boolean cumulative, String activityColumn, String keyColumn, String ageColumn,
            String... contentColumns) {
        this.recordPrefix = recordPrefix;
        this.cumulative = cumulative;
        this.activityColumn = activityColumn;
        this.keyColumn = keyColumn;
        this.ageColumn = ageColumn;
        this.contentColumns = List.of(contentColumns);
        this.header = Stream.concat(Identity.COLUMNS.stream(), this.contentColumns.stream()).toList();
    }

    /** Holds the identity columns where the constants' constructor can reach them. */
    private static final class Identity {
        static final List<String> COLUMNS = List.of("record_id", "nhs_number", "date_of_birth", "sex", "postcode");
    }

    public List<String> header() {
        return header;
    }

    /** The columns after the identity columns, as the generators fill them. */
    List<String> contentColumns() {
        return contentColumns;
    }

    /** Whether month m holds the year to date (HES, DID, PROMS) or only month m (ONS registrations). */
    public boolean cumulative() {
        return cumulative;
    }

    /** The date that places a record in a month of the financial year. */
    public String activityColumn() {
        return activityColumn;
    }

    String recordPrefix() {
        return recordPrefix;
    }

    /** Index among {@link #contentColumns()} of the data set's own record key, or -1. */
    int keyIndex() {
        return keyColumn == null ? -1 : contentColumns.indexOf(keyColumn);
    }

    /** Index among {@link #contentColumns()} of the age the collection derives from the date of birth, or -1. */
    int ageIndex() {
        return ageColumn == null ? -1 : contentColumns.indexOf(ageColumn);
    }

    int residenceIndex() {
        return contentColumns.indexOf(RESIDENCE_COLUMN);
    }
}
