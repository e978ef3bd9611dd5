package org.opendars.approvals.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.opendars.approvals.TestCases;
import org.opendars.testing.EventContract;
import org.opendars.testing.TestKafka;
import org.opendars.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Drives an application through the custodian's side (submitted, reviewed, approved, signed) as the tests need. */
final class TestAgreements {

    static final String CAROL = Tokens.staff("carol", "case-officer");
    static final String DAVE = Tokens.staff("dave", "approver");
    static final String CORA = Tokens.staff("cora", "custodian-signatory");
    static final String SAM = Tokens.of("sam", "ORG-A", "signatory");
    static final String SID_OF_ORG_B = Tokens.of("sid", "ORG-B", "signatory");
    static final String RITA = Tokens.of("rita", "ORG-A", "recipient");
    static final String AUDITOR = Tokens.staff("aud", "auditor");

    private final String bootstrap;

    TestAgreements(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** The custodian's date now, as the service's own clock reads it. */
    static java.time.LocalDate today() {
        return java.time.LocalDate.now(io.quarkus.arc.Arc.container().instance(org.opendars.approvals.TestClock.class).get());
    }

    /** A submitted application's open case id. */
    String openCase(String applicationId, String submittedBy) {
        new TestKafka(bootstrap).sendEvent("application-submitted", applicationId,
                TestCases.submittedJson(applicationId, submittedBy, today(), event -> event));
        return await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(CAROL)
                .get("/api/cases?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("[0].id"), id -> id != null);
    }

    /** Reviewed by carol and approved by dave with the given decision body; the agreement it issued. */
    JsonPath approve(String applicationId, String decision) {
        String caseId = openCase(applicationId, "alice");
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body("{\"recommendation\": \"APPROVE\", \"notes\": \"meets the standards\"}")
                .post("/api/cases/{id}/review", caseId).then().statusCode(200);
        supportedByThePanel(caseId);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body(decision)
                .post("/api/cases/{id}/decision", caseId).then().statusCode(200);
        return agreementOf(applicationId);
    }

    /** The advisory panel considers the case at a meeting of its own and supports it. */
    static void supportedByThePanel(String caseId) {
        String meeting = TestPanel.schedule();
        String item = TestPanel.list(meeting, caseId);
        for (String member : java.util.List.of(TestPanel.CHAIR, PanelResourceTest.LAY, PanelResourceTest.CLINICIAN,
                PanelResourceTest.TECHNOLOGIST)) {
            TestPanel.post(member, "{\"recommendation\": \"SUPPORTED\"}", "/api/panel/meetings/{id}/items/{item}/votes",
                    meeting, item).then().statusCode(200);
        }
        TestPanel.post(TestPanel.CHAIR, "{}", "/api/panel/meetings/{id}/items/{item}/conclusion", meeting, item)
                .then().statusCode(200);
    }

    JsonPath approve(String applicationId) {
        return approve(applicationId, "{\"decision\": \"APPROVE\", \"reason\": \"meets the standards\"}");
    }

    /** The newest agreement version of the application, as the auditor sees it. */
    static JsonPath agreementOf(String applicationId) {
        return given().auth().oauth2(AUDITOR).get("/api/agreements?applicationId={id}", applicationId).then()
                .statusCode(200).extract().jsonPath().setRootPath("[-1]");
    }

    static JsonPath agreement(String id) {
        return given().auth().oauth2(AUDITOR).get("/api/agreements/{id}", id).then().statusCode(200).extract()
                .jsonPath();
    }

    static io.restassured.response.Response sign(String agreementId, String token, String sha256) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"documentSha256\": \"" + sha256 + "\"}").post("/api/agreements/{id}/signatures", agreementId);
    }

    /** Signed by sam for ORG-A and by cora for the custodian. */
    static void signByBoth(String agreementId) {
        String sha = agreement(agreementId).getString("documentSha256");
        sign(agreementId, SAM, sha).then().statusCode(200);
        sign(agreementId, CORA, sha).then().statusCode(200);
    }

    /** An agreement in force: approved, then signed by both parties (it starts today). */
    JsonPath active(String applicationId) {
        String id = approve(applicationId).getString("id");
        signByBoth(id);
        return agreement(id);
    }

    static String revoke(String agreementId, String reason) {
        return given().auth().oauth2(DAVE).contentType(ContentType.JSON).body("{\"reason\": \"" + reason + "\"}")
                .post("/api/agreements/{id}/revocation", agreementId).then().statusCode(200).extract()
                .path("status");
    }

    /** A multipart destruction record; any field may be left out by passing null. */
    static byte[] destructionForm(String boundary, String destroyedOn, String method, String contentType,
            byte[] certificate) {
        StringBuilder head = new StringBuilder();
        if (destroyedOn != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"destroyedOn\"\r\n\r\n")
                    .append(destroyedOn).append("\r\n");
        }
        if (method != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\n")
                    .append(method).append("\r\n");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (certificate != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"certificate\";"
                    + " filename=\"certificate.pdf\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(certificate);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static final byte[] CERTIFICATE = "%PDF-1.4\n% destruction certificate\n".getBytes(StandardCharsets.UTF_8);

    static io.restassured.response.Response recordDestruction(String agreementId, String token, String destroyedOn,
            String method, byte[] certificate) {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        return given().auth().oauth2(token).contentType("multipart/form-data; boundary=" + boundary)
                .body(destructionForm(boundary, destroyedOn, method, "application/pdf", certificate))
                .post("/api/agreements/{id}/destruction", agreementId);
    }
}
