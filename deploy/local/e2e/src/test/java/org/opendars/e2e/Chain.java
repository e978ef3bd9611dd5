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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    static final String PAUL = Tokens.staff("paul", "panel-member");
    static final String LENA = Tokens.staff("lena", "panel-member");
    static final String PRIYA = Tokens.staff("priya", "panel-member");
    static final byte[] ETHICS_LETTER = "%PDF-1.4\n% favourable opinion of the research ethics committee\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final ObjectMapper JSON = new ObjectMapper();

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
        return form(cohortId);
    }

    /**
     * The demo's application form, as an applicant fills it in: the cohort it names, and each party's DSPT
     * attainment as the organisations registry publishes it.
     */
    String form(String cohortId) throws IOException {
        ObjectNode form = (ObjectNode) JSON.readTree(platform.root().resolve("deploy/local/demo/application.json").toFile());
        form.put("cohortId", cohortId);
        for (JsonNode party : form.get("parties")) {
            String published = given().auth().oauth2(ALICE)
                    .get(platform.url("applications-service") + "/api/organisations/{ods}", party.get("odsCode").asText())
                    .then().statusCode(200).extract().path("dsptPublished");
            ((ObjectNode) party).put("dsptPublished", published);
        }
        return JSON.writeValueAsString(form);
    }

    /**
     * Creates, attaches the ethics committee's letter, and submits; the submission waits (409) until
     * linkage-service's cohort-registered has arrived.
     */
    String submit(String application) {
        String id = given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(application)
                .post(platform.url("applications-service") + "/api/applications").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(ALICE).multiPart("kind", "ETHICS_LETTER")
                .multiPart("file", "favourable-opinion.pdf", ETHICS_LETTER, "application/pdf")
                .post(platform.url("applications-service") + "/api/applications/{id}/attachments", id)
                .then().statusCode(201);
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
        boolean panel = given().auth().oauth2(CAROL).get(approvals + "/api/cases/{id}", caseId).then().statusCode(200)
                .extract().path("panelRequired");
        if (panel) {
            supportedByThePanel(caseId);
        }
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"approved with standard conditions\"}")
                .post(approvals + "/api/cases/{id}/decision", caseId).then().statusCode(200);
        return given().auth().oauth2(SAM).get(approvals + "/api/agreements?applicationId={id}", applicationId).then()
                .statusCode(200).extract().path("[0].id");
    }

    /** The advisory panel meets on the case: paul in the chair, lena the lay member, priya; all three support it. */
    void supportedByThePanel(String caseId) {
        String panel = platform.url("approvals-service") + "/api/panel/meetings";
        String meeting = given().auth().oauth2(CAROL).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "quorum": 3, "seats": [{"member": "paul", "role": "CHAIR"},
                 {"member": "lena", "role": "LAY_MEMBER"}, {"member": "priya", "role": "SPECIALIST"}]}"""
                .formatted(java.time.LocalDate.now())).post(panel).then().statusCode(201).extract().path("id");
        String item = given().auth().oauth2(CAROL).contentType(ContentType.JSON).body("{\"caseId\": \"" + caseId + "\"}")
                .post(panel + "/{id}/agenda", meeting).then().statusCode(200).extract().path("id");
        for (String member : List.of(PAUL, LENA, PRIYA)) {
            given().auth().oauth2(member).contentType(ContentType.JSON).body("{\"recommendation\": \"SUPPORTED\"}")
                    .post(panel + "/{id}/items/{item}/votes", meeting, item).then().statusCode(200);
        }
        given().auth().oauth2(PAUL).post(panel + "/{id}/items/{item}/conclusion", meeting, item).then().statusCode(200);
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
