package org.opendars.applications;

public enum ProductType {
    TABULATION, STANDARD_EXTRACT, BESPOKE_EXTRACT, BESPOKE_LINKAGE, PATIENT_STATUS_TRACKING;

    /**
     * Bespoke products are built around the applicant's own cohort, and patient tracking reports on its list of
     * people, so none of them can be requested without one.
     */
    public boolean needsCohort() {
        return this == BESPOKE_EXTRACT || this == BESPOKE_LINKAGE || this == PATIENT_STATUS_TRACKING;
    }
}
