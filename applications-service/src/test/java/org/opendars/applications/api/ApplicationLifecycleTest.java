package org.opendars.applications.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendars.applications.TestCohorts;
import org.opendars.testing.EventContract;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.TestKafka;
import org.opendars.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The applicant's form through its life: drafts, edits, documents, returns, resubmissions and new versions. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class ApplicationLifecycleTest {

    static final String ALICE = ApplicationResourceTest.ALICE;
    static final String BOB = ApplicationResourceTest.BOB;
    static final String CAROL = ApplicationResourceTest.CAROL;
    static final String BODY = ApplicationResourceTest.BODY;
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void registerTheCohortLinkageServiceAnnounced() {
        TestCohorts.registerOrgA();
    }

    static String attachPdf(String token, String id, String kind) {
        return given().auth().oauth2(token).multiPart("kind", kind)
                .multiPart("file", "document.pdf", PDF, "application/pdf")
                .post("/api/applications/{id}/attachments", id).then().statusCode(201).extract().path("id");
    }

    private static String etag(String id) {
        return given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then().statusCode(200).extract()
                .header("ETag");
    }

    private static Response put(String id, String ifMatch, String body) {
        var request = given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/api/applications/{id}", id);
    }

    @Test
    void savesAPartialDraftAndShowsWhatIsStillMissing() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"title\": \"Only a title so far\"}")
                .post("/api/applications").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("Only a title so far"))
                .body("missing.pointer", hasItems("/purpose", "/parties", "/legalBasis", "/products"))
                .body("missing.pointer", not(hasItem("/title")));
    }

    @Test
    void editsADraftOnlyWithTheCurrentETag() {
        String id = ApplicationResourceTest.create(ALICE, "{\"title\": \"First thoughts\"}");
        put(id, null, BODY).then().statusCode(428).contentType("application/problem+json");
        put(id, "\"999\"", BODY).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then().body("title", equalTo("First thoughts"));

        String before = etag(id);
        String after = put(id, before, BODY).then().statusCode(200)
                .body("title", equalTo("Emergency readmission and mortality after hip replacement"))
                .body("missing.size()", equalTo(0)).extract().header("ETag");
        assertThat(after).isNotEqualTo(before);
        put(id, before, "{}").then().statusCode(412);
        put(ApplicationResourceTest.create(BOB, "{}"), "\"0\"", BODY).then().statusCode(404);
    }

    @Test
    void answersEachChangeWithTheETagTheNextChangeNeeds() {
        Response created = given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"title\": \"x\"}")
                .post("/api/applications");
        String id = created.path("id");
        String afterEdit = put(id, created.header("ETag"), BODY).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(ALICE).header("If-Match", afterEdit).post("/api/applications/{id}/submit", id).then()
                .statusCode(200);
    }

    @Test
    void refusesToSubmitAnIncompleteApplicationListingEveryMissingAnswerAtOnce() {
        String id = ApplicationResourceTest.create(ALICE, "{\"title\": \"Incomplete\", \"termMonths\": 12}");
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not complete"))
                .body("errors.size()", greaterThanOrEqualTo(7))
                .body("errors.pointer", hasItems("/purpose", "/parties", "/territory", "/legalBasis", "/ethics",
                        "/onwardSharing", "/products"))
                .body("errors.pointer", not(hasItem("/termMonths")));
        given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void needsTheEthicsLetterWhenEthicalApprovalIsRequired() {
        String withEthics = BODY.replace("\"required\": false", "\"required\": true, \"x\": 0")
                .replace(", \"x\": 0", "")
                .replace("\"committee\": null", "\"committee\": \"North East - York REC\"")
                .replace("\"reference\": null", "\"reference\": \"21/NE/0101\"")
                .replace("\"approvedOn\": null", "\"approvedOn\": \"2026-02-10\"");
        String id = ApplicationResourceTest.create(ALICE, withEthics);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(400)
                .body("errors.field", hasItem("attachments"));
        attachPdf(ALICE, id, "ETHICS_LETTER");
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(200);
    }

    @Test
    void keepsAttachmentsOnlyOfAnAcceptedTypeSizeAndContent() {
        String id = ApplicationResourceTest.create(ALICE, BODY);
        String attachment = attachPdf(ALICE, id, "PROTOCOL");
        given().auth().oauth2(ALICE).get("/api/applications/{id}/attachments", id).then().statusCode(200)
                .body("kind", hasItem("PROTOCOL")).body("sizeBytes", hasItem(PDF.length));
        byte[] back = given().auth().oauth2(CAROL).get("/api/applications/{id}/attachments/{a}", id, attachment)
                .then().statusCode(200).extract().asByteArray();
        assertThat(back).isEqualTo(PDF);

        given().auth().oauth2(ALICE).multiPart("kind", "PROTOCOL")
                .multiPart("file", "tool.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1),
                        "application/pdf")
                .post("/api/applications/{id}/attachments", id).then().statusCode(400)
                .body("errors.field", hasItem("file"));
        given().auth().oauth2(ALICE).multiPart("kind", "PROTOCOL")
                .multiPart("file", "run.exe", new byte[] { 'M', 'Z' }, "application/x-msdownload")
                .post("/api/applications/{id}/attachments", id).then().statusCode(400);
        byte[] large = new byte[5000];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        given().auth().oauth2(ALICE).multiPart("kind", "PROTOCOL").multiPart("file", "big.pdf", large, "application/pdf")
                .post("/api/applications/{id}/attachments", id).then().statusCode(400);
        given().auth().oauth2(ALICE).multiPart("kind", "SELFIE").multiPart("file", "a.pdf", PDF, "application/pdf")
                .post("/api/applications/{id}/attachments", id).then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(ALICE).get("/api/applications/{id}/attachments", id).then().body("size()", equalTo(1));
        given().auth().oauth2(BOB).get("/api/applications/{id}/attachments/{a}", id, attachment).then().statusCode(404);
    }

    @Test
    void isReturnedForInformationAnsweredAndResubmittedWithItsAnswers() {
        String id = ApplicationResourceTest.create(ALICE, BODY);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(200);
        TestKafka broker = new TestKafka(kafka);
        broker.sendEvent("application-returned", id, EventContract.example("application-returned",
                "applicationId", id));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ALICE)
                .get("/api/applications/{id}", id).then().body("status", equalTo("RETURNED"))
                .body("questions[0].number", equalTo(1)));

        given().auth().oauth2(ALICE).header("If-Match", etag(id)).post("/api/applications/{id}/resubmit", id)
                .then().statusCode(409).body("detail", containsString("answer every question"));
        put(id, etag(id), BODY.replace("\"termMonths\": 36", "\"termMonths\": 30")).then().statusCode(200);
        given().auth().oauth2(ALICE).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": 1, \"answer\": \"Revisions are coded on later episodes.\"}]}")
                .post("/api/applications/{id}/answers", id).then().statusCode(200)
                .body("questions[0].answeredBy", equalTo("alice"));
        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body("{\"answers\": [{\"question\": 9, \"answer\": \"?\"}]}")
                .post("/api/applications/{id}/answers", id).then().statusCode(400);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/resubmit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        ConsumerRecord<String, byte[]> record = broker.awaitRecord("application-resubmitted",
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("application-resubmitted", TestKafka.body(record));
        assertThat(TestKafka.body(record)).contains("Revisions are coded on later episodes.").contains("\"submission\":2")
                .contains("\"termMonths\":30");
    }

    @Test
    void amendsAnApprovedApplicationAsANewVersionWithAFieldLevelDiff() {
        String id = ApplicationResourceTest.create(ALICE, BODY);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(200);
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"kind\": \"AMENDMENT\", \"reason\": \"x\"}")
                .post("/api/applications/{id}/versions", id).then().statusCode(409);
        new TestKafka(kafka).sendEvent("application-approved", id, EventContract.example("application-approved",
                "applicationId", id));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ALICE)
                .get("/api/applications/{id}", id).then().body("status", equalTo("APPROVED")));

        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body("{\"kind\": \"AMENDMENT\", \"reason\": \"add length of stay to mortality\"}")
                .post("/api/applications/{id}/versions", id).then().statusCode(201)
                .body("version", equalTo(2)).body("kind", equalTo("AMENDMENT")).body("status", equalTo("DRAFT"));
        put(id, etag(id), BODY.replace("\"termMonths\": 36", "\"termMonths\": 24")).then().statusCode(200);

        given().auth().oauth2(CAROL).get("/api/applications/{id}/diff?from=1&to=2", id).then().statusCode(200)
                .body("changes.pointer", equalTo(java.util.List.of("/termMonths")))
                .body("changes[0].from", equalTo(36)).body("changes[0].to", equalTo(24));
        given().auth().oauth2(ALICE).get("/api/applications/{id}/versions", id).then().statusCode(200)
                .body("version", equalTo(java.util.List.of(1, 2))).body("submitted", equalTo(java.util.List.of(true, false)));
        given().auth().oauth2(ALICE).get("/api/applications/{id}/diff?from=1&to=7", id).then().statusCode(400)
                .body("errors.field", hasItem("to"));
        given().auth().oauth2(BOB).get("/api/applications/{id}/diff?from=1&to=2", id).then().statusCode(404);

        // Withdrawing the amendment leaves the approved version, and says so downstream.
        given().auth().oauth2(ALICE).post("/api/applications/{id}/withdraw", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("form.termMonths", equalTo(36));
        ConsumerRecord<String, byte[]> record = new TestKafka(kafka).awaitRecord("application-withdrawn",
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("application-withdrawn", TestKafka.body(record));
        assertThat(TestKafka.body(record)).contains("\"versionOnly\":true").contains("\"version\":2");
    }

    @Test
    void keepsTheOrganisationsRegistryForCaseOfficersOnly() {
        given().auth().oauth2(ALICE).get("/api/organisations").then().statusCode(200)
                .body("odsCode", hasItems("X9A01", "X9D04"));
        given().auth().oauth2(BOB).get("/api/organisations/X9A01").then().statusCode(200)
                .body("dsptStatus", equalTo("STANDARDS_MET"));
        String body = """
                {"name": "Riverside Research CIC", "type": "CHARITY", "dsptStatus": "STANDARDS_MET",
                 "dsptPublished": "2026-06-30", "icoRegistration": "Z9000077"}""";
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(body).put("/api/organisations/X9R77")
                .then().statusCode(403);
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).body(body).put("/api/organisations/X9R77")
                .then().statusCode(201).body("updatedBy", equalTo("carol"));
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).body(body).put("/api/organisations/X9R77")
                .then().statusCode(428);
        String tag = given().auth().oauth2(CAROL).get("/api/organisations/X9R77").then().extract().header("ETag");
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).header("If-Match", tag)
                .body(body.replace("STANDARDS_MET", "STANDARDS_NOT_MET")).put("/api/organisations/X9R77")
                .then().statusCode(200).body("dsptStatus", equalTo("STANDARDS_NOT_MET"));
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).body(body.replace("Z9000077", "nope"))
                .put("/api/organisations/X9R78").then().statusCode(400).body("errors.field", hasItem("icoRegistration"));
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).body(body).put("/api/organisations/bad code")
                .then().statusCode(400);
        given().auth().oauth2(ALICE).get("/api/organisations/NOPE1").then().statusCode(404);
    }
}
