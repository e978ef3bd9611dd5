package org.opendars.applications;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Cohorts as linkage-service would have announced them, for tests that need a draft with a registered cohort. */
public final class TestCohorts {

    /** A cohort of ORG-A with two members. */
    public static final String ORG_A = "00000000-0000-4000-8000-00000000c0a0";

    private TestCohorts() {
    }

    public static void register(String cohortId, String organisationId, int members) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (CohortSummary.of(UUID.fromString(cohortId)).isEmpty()) {
                CohortSummary summary = new CohortSummary();
                summary.cohortId = UUID.fromString(cohortId);
                summary.organisationId = organisationId;
                summary.members = members;
                summary.withNhsNumber = members;
                summary.withDateOfBirth = members;
                summary.withPostcode = members;
                summary.registeredAt = Instant.now();
                summary.persist();
            }
        });
    }

    public static void registerOrgA() {
        register(ORG_A, "ORG-A", 2);
    }
}
