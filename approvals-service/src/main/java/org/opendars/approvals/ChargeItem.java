package org.opendars.approvals;

/** The custodian's chargeable items, each priced in the price list for a date. */
public enum ChargeItem {
    NEW_APPLICATION,
    /** An amendment, renewal or extension. */
    CHANGE_OF_AGREEMENT,
    /** Each complete year of the term beyond the first. */
    ANNUAL_REVIEW,
    /** Data volume: each data set, each financial year of it. */
    DATASET_YEAR,
    DISSEMINATION,
    /** Each table of a tabulation, at each dissemination. */
    TABULATION,
    /** Bespoke linkage: each data set linked to the cohort, at each dissemination. */
    LINKAGE,
    /** Permission to sub-license, each year of the term. */
    SUB_LICENCE_YEAR
}
