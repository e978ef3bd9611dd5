package org.opendars.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.opendars.testing.Tokens;

import io.restassured.http.ContentType;

/** The steps of the chain as its users take them, against a running {@link Platform}. */
final class Chain {

    static final String ALICE = Tokens.of("alice", "ORG-A", "applicant");
    static final String BOB = Tokens.of("bob", "ORG-B", "applicant");
    static final String RITA = Tokens.of("rita", "ORG-A", "recipient");
    static final String ROB = Tokens.of("rob", "ORG-B", "recipient");
    static final String CAROL = Tokens.staff("carol", "case-officer");
    static final String DAVE = Tokens.staff("dave", "approver");
    static final String MAYA = Tokens.staff("maya", "data-manager");
    static final String SAM = Tokens.of("sam", "ORG-A", "signatory");
    static final String CORA = Tokens.staff("cora", "custodian-signatory");
    static final String ADMIN = Tokens.staff("admin", "admin");

    private final Platform platform;

    Chain(Platform platform) {
        this.platform = platform;
    }

    /**
     * The demo cohort, repeated {@code copies} times with distinct local ids, so a run can be made to take as
     * long as a test needs while its match counts stay known. The applicant uploads it to linkage-service, the only
     * service that keeps identifiers, and the application names the cohort it registered.
     */
    String application(int copies) throws IOException {
        List<String> rows = Files.readAllLines(platform.root().resolve("deploy/local/demo/cohort.csv"));
        StringBuilder file = new StringBuilder(rows.get(0)).append('\n');
        for (int copy = 0; copy < copies; copy++) {
            for (String row : rows.subList(1, rows.size())) {
                int comma = row.indexOf(',');
                String localId = copies == 1 ? row.substring(0, comma) : row.substring(0, comma) + "-" + copy;
                file.append(localId).append(row.substring(comma)).append('\n');
            }
        }
        String cohortId = given().auth().oauth2(ALICE).contentType("text/csv").body(file.toString())
                .post(platform.url("linkage-service") + "/api/cohorts").then().statusCode(201).extract().path("id");
        return """
                {"title": "Mortality after emergency admission",
                 "purpose": "Estimate one-year mortality after emergency admissions in a cohort study.",
                 "productType": "BESPOKE_EXTRACT",
                 "legalBasis": {"article6": "6(1)(e)", "article9": "9(2)(j)", "commonLaw": "s251", "cagReference": "CAG 2-03(a)/2026"},
                 "datasets": [{"code": "HES_APC", "fields": ["admidate", "admimeth", "diag_01"]},
                              {"code": "ONS_MORTALITY", "fields": ["dod", "underlying_cause"]}],
                 "cohortId": "%s"}""".formatted(cohortId);
    }

    /** Creates and submits; the submission waits (409) until linkage-service's cohort-registered has arrived. */
    String submit(String application) {
        String id = given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(application)
                .post(platform.url("applications-service") + "/api/applications").then().statusCode(201)
                .extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(ALICE)
                .post(platform.url("applications-service") + "/api/applications/{id}/submit", id).statusCode(),
                status -> status == 200);
        return id;
    }

    /** Approved and its agreement signed by both parties, so data moves. */
    void approve(String applicationId) {
        sign(decide(applicationId));
    }

    /** Reviewed and approved with four eyes; returns the agreement the decision issued, not yet signed. */
    String decide(String applicationId) {
        String approvals = platform.url("approvals-service");
        String caseId = await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(CAROL)
                .get(approvals + "/api/cases?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("[0].id"), id -> id != null);
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body("{\"recommendation\": \"APPROVE\", \"notes\": \"purpose and minimisation acceptable\"}")
                .post(approvals + "/api/cases/{id}/review", caseId).then().statusCode(200);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"approved with standard conditions\"}")
                .post(approvals + "/api/cases/{id}/decision", caseId).then().statusCode(200);
        return given().auth().oauth2(SAM).get(approvals + "/api/agreements?applicationId={id}", applicationId).then()
                .statusCode(200).extract().path("[0].id");
    }

    /** Sam signs for ORG-A and Cora for the custodian, each over the document's digest. */
    void sign(String agreementId) {
        String approvals = platform.url("approvals-service");
        String sha256 = given().auth().oauth2(SAM).get(approvals + "/api/agreements/{id}", agreementId).then()
                .statusCode(200).extract().path("documentSha256");
        for (String signatory : List.of(SAM, CORA)) {
            given().auth().oauth2(signatory).contentType(ContentType.JSON)
                    .body("{\"documentSha256\": \"" + sha256 + "\"}")
                    .post(approvals + "/api/agreements/{id}/signatures", agreementId).then().statusCode(200);
        }
    }

    void awaitStatus(String applicationId, String status, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                given().auth().oauth2(ALICE).get(platform.url("applications-service") + "/api/applications/{id}",
                        applicationId).then().body("status", equalTo(status)));
    }
}
