package org.opendars.applications;

public enum ProductType {
    TABULATION, STANDARD_EXTRACT, BESPOKE_EXTRACT, BESPOKE_LINKAGE, PATIENT_STATUS_TRACKING;

    /** Bespoke products are built around the applicant's own cohort, so they cannot be requested without one. */
    public boolean needsCohort() {
        return this == BESPOKE_EXTRACT || this == BESPOKE_LINKAGE;
    }
}
