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
        return given().auth().oauth2(Tokens.of("applicant-" + organisation, organisation, "applicant"))
                .contentType("text/csv").body(demoCohortFile()).post("/api/cohorts")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }
}
