package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opendars.testing.Tokens;

/** The local stack's demo cohort, and its upload as an applicant of an organisation would make it. */
final class TestCohorts {

    private TestCohorts() {
    }

    static Path demoCohort() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/local/demo/cohort.csv"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/local/demo/cohort.csv not found");
        }
        return dir.resolve("deploy/local/demo/cohort.csv");
    }

    static String demoCohortFile() {
        try {
            return Files.readString(demoCohort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads the demo cohort for an organisation; returns the cohort id. */
    static String upload(String organisation) {
        return upload(organisation, demoCohortFile());
    }

    /** Uploads a cohort file of the demo's columns for an organisation; returns the cohort id. */
    static String upload(String organisation, String file) {
        return given().auth().oauth2(Tokens.of("applicant-" + organisation, organisation, "applicant"))
                .contentType("text/csv").body(file).post("/api/cohorts")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private static final java.util.concurrent.atomic.AtomicLong NEXT = new java.util.concurrent.atomic.AtomicLong(
            java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L, 800_000_000L));

    /** A valid NHS number no fixture uses (the 7xx to 8xx range, walked from a random start). */
    static String freshNhsNumber() {
        while (true) {
            String nine = Long.toString(100_000_000L * 7 + NEXT.getAndAdd(7919) % 199_999_999L);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            return nine + (check == 11 ? 0 : check);
        }
    }
}
