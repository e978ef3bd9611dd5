package org.opendars.releases;

import java.util.List;
import java.util.SplittableRandom;

/** A data set's records of one person in one financial year. */
interface Activity {

    /**
     * The person's records whose activity date falls in the year, none after their death, in a fixed order; the
     * same arguments give the same records.
     */
    List<Draft> records(Person person, FinancialYear year);

    /** Changes one content field, as a provider's resubmission would. */
    void correct(String[] content, SplittableRandom random);

    static Activity of(Dataset dataset, long seed) {
        Lifetimes lifetimes = new Lifetimes(seed);
        return switch (dataset) {
            case HES_APC -> new AdmittedPatientCare(seed, lifetimes);
            case HES_OP -> new Outpatients(seed, lifetimes);
            case HES_AE -> new AccidentAndEmergency(seed, lifetimes);
            case ONS_MORTALITY -> new DeathRegistrations(lifetimes);
            case DID -> new DiagnosticImaging(seed, lifetimes);
            case PROMS -> new PatientReportedOutcomes(seed, new AdmittedPatientCare(seed, lifetimes), lifetimes);
        };
    }
}
