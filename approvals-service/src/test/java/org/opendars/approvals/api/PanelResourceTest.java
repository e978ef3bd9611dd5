package org.opendars.approvals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class PanelResourceTest {

    static final String OFFICER = TestPanel.OFFICER;
    static final String CHAIR = TestPanel.CHAIR;
    static final String LAY = Tokens.staff("leila", "panel-member");
    static final String CLINICIAN = Tokens.staff("cleo", "panel-member");
    static final String TECHNOLOGIST = Tokens.staff("ted", "panel-member");
    static final String OUTSIDER = Tokens.staff("olga", "panel-member");
    static final String APPROVER = Tokens.staff("dave", "approver");
    static final String AUDITOR = Tokens.staff("aud", "auditor");
    static final String ALICE = Tokens.of("alice", "ORG-A", "applicant");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static Response post(String token, String body, String path, Object... params) {
        return TestPanel.post(token, body, path, params);
    }

    private static Response vote(String token, String meetingId, String itemId, String body) {
        return post(token, body, "/api/panel/meetings/{id}/items/{itemId}/votes", meetingId, itemId);
    }

    private static Response conclude(String token, String meetingId, String itemId) {
        return given().auth().oauth2(token).post("/api/panel/meetings/{id}/items/{itemId}/conclusion", meetingId,
                itemId);
    }

    @Test
    void takesAnItemFromListingToARecommendationAndMinutesTheMeeting() {
        String meetingId = TestPanel.schedule();
        String caseId = new TestAgreements(bootstrap).openCase(UUID.randomUUID().toString(), "alice");
        String otherCaseId = new TestAgreements(bootstrap).openCase(UUID.randomUUID().toString(), "alice");
        String itemId = TestPanel.list(meetingId, caseId);
        String undecidedId = TestPanel.list(meetingId, otherCaseId);
        post(OFFICER, "{\"caseId\": \"" + caseId + "\"}", "/api/panel/meetings/{id}/agenda", meetingId)
                .then().statusCode(409).contentType("application/problem+json");

        post(CLINICIAN, "{\"interest\": \"co-investigator on the study\"}",
                "/api/panel/meetings/{id}/items/{itemId}/declarations", meetingId, itemId)
                .then().statusCode(200).body("takingPart", not(hasItem("cleo")))
                .body("declarations.member", hasItem("cleo"));
        vote(CLINICIAN, meetingId, itemId, "{\"recommendation\": \"SUPPORTED\"}")
                .then().statusCode(409).contentType("application/problem+json");
        vote(OUTSIDER, meetingId, itemId, "{\"recommendation\": \"SUPPORTED\"}").then().statusCode(409);

        vote(CHAIR, meetingId, itemId, "{\"recommendation\": \"SUPPORTED_WITH_CONDITIONS\","
                + " \"conditions\": [\"publish a lay summary\"], \"comment\": \"proportionate\"}")
                .then().statusCode(200);
        vote(LAY, meetingId, itemId, "{\"recommendation\": \"SUPPORTED_WITH_CONDITIONS\","
                + " \"conditions\": [\"publish a lay summary\", \"annual progress report\"]}").then().statusCode(200);
        conclude(CHAIR, meetingId, itemId).then().statusCode(409).body("detail", containsString("not voted"));
        vote(TECHNOLOGIST, meetingId, itemId, "{\"recommendation\": \"SUPPORTED\"}").then().statusCode(200);
        conclude(LAY, meetingId, itemId).then().statusCode(409);
        conclude(CHAIR, meetingId, itemId)
                .then().statusCode(200).body("status", equalTo("CONCLUDED"))
                .body("recommendation", equalTo("SUPPORTED_WITH_CONDITIONS"))
                .body("conditions", contains("publish a lay summary", "annual progress report"));

        given().auth().oauth2(APPROVER).get("/api/panel/meetings/{id}", meetingId).then().statusCode(200)
                .body("items.find { it.id == '" + itemId + "' }.recommendation", equalTo("SUPPORTED_WITH_CONDITIONS"))
                .body("items.find { it.id == '" + undecidedId + "' }.status", equalTo("LISTED"));
        given().auth().oauth2(AUDITOR).get("/api/panel/meetings/{id}/minutes", meetingId).then().statusCode(404);

        post(LAY, "{\"minutes\": \"Quorate throughout.\"}", "/api/panel/meetings/{id}/minutes", meetingId)
                .then().statusCode(409);
        post(CHAIR, "{\"minutes\": \"Quorate throughout.\"}", "/api/panel/meetings/{id}/minutes", meetingId)
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("items.find { it.id == '" + undecidedId + "' }.recommendation", equalTo("DEFERRED"));
        vote(LAY, meetingId, undecidedId, "{\"recommendation\": \"SUPPORTED\"}").then().statusCode(409);

        given().auth().oauth2(AUDITOR).get("/api/panel/meetings/{id}/minutes", meetingId).then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("Quorate throughout."))
                .body(containsString("DARS-000042 version 1"))
                .body(containsString("- cleo: co-investigator on the study; recused"))
                .body(containsString("Recommendation: SUPPORTED_WITH_CONDITIONS"))
                .body(containsString("carried to a later meeting"));
        given().auth().oauth2(OFFICER).get("/api/panel/meetings").then().statusCode(200)
                .body("id", hasItem(meetingId));
    }

    @Test
    void refusesBadInputWithTheFieldsAtFault() {
        post(OFFICER, "{\"heldOn\": \"2026-03-04\", \"quorum\": 3, \"seats\": [{\"member\": \"leila\","
                + " \"role\": \"LAY_MEMBER\"}, {\"member\": \"cleo\", \"role\": \"SPECIALIST\"},"
                + " {\"member\": \"ted\", \"role\": \"SPECIALIST\"}]}", "/api/panel/meetings")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("seats"));
        post(OFFICER, "{\"heldOn\": \"2026-03-04\", \"quorum\": 2, \"seats\": " + TestPanel.SEATS + "}", "/api/panel/meetings")
                .then().statusCode(400).body("errors.field", hasItem("quorum"));
        post(OFFICER, "{\"quorum\": 3, \"seats\": " + TestPanel.SEATS + "}", "/api/panel/meetings")
                .then().statusCode(400).body("errors.field", hasItem("heldOn"));
        post(OFFICER, "{\"heldOn\": \"2026-03-04\", \"quorum\": 3,"
                + " \"seats\": [{\"member\": \"x\", \"role\": \"HOST\"}]}", "/api/panel/meetings")
                .then().statusCode(400);

        String meetingId = TestPanel.schedule();
        post(OFFICER, "{\"caseId\": \"" + UUID.randomUUID() + "\"}", "/api/panel/meetings/{id}/agenda", meetingId)
                .then().statusCode(404).contentType("application/problem+json");
        String caseId = new TestAgreements(bootstrap).openCase(UUID.randomUUID().toString(), "alice");
        String itemId = TestPanel.list(meetingId, caseId);
        vote(CHAIR, meetingId, itemId, "{\"recommendation\": \"SUPPORTED_WITH_CONDITIONS\"}")
                .then().statusCode(400).body("errors.field", hasItem("conditions"));
        vote(CHAIR, meetingId, itemId, "{\"recommendation\": \"SUPPORTED\", \"conditions\": [\"x\"]}")
                .then().statusCode(400).body("errors.field", hasItem("conditions"));
        vote(CHAIR, meetingId, itemId, "{\"recommendation\": \"MAYBE\"}").then().statusCode(400);
        post(CLINICIAN, "{\"interest\": \"\"}", "/api/panel/meetings/{id}/items/{itemId}/declarations", meetingId,
                itemId).then().statusCode(400).body("errors.field", hasItem("interest"));
        post(CHAIR, "{}", "/api/panel/meetings/{id}/minutes", meetingId)
                .then().statusCode(400).body("errors.field", hasItem("minutes"));
        vote(CHAIR, UUID.randomUUID().toString(), itemId, "{\"recommendation\": \"SUPPORTED\"}").then().statusCode(404);
        given().auth().oauth2(AUDITOR).get("/api/panel/meetings/{id}", meetingId).then()
                .body("items[0].votes", empty())
                .body("status", equalTo("SCHEDULED"));
    }

    @Test
    void keepsEachStepToItsRole() {
        String meetingId = TestPanel.schedule();
        String caseId = new TestAgreements(bootstrap).openCase(UUID.randomUUID().toString(), "alice");
        given().get("/api/panel/meetings").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(ALICE).get("/api/panel/meetings/{id}", meetingId).then().statusCode(403);
        given().auth().oauth2(ALICE).get("/api/panel/meetings/{id}/minutes", meetingId).then().statusCode(403);
        post(CHAIR, "{\"heldOn\": \"2026-03-04\", \"quorum\": 3, \"seats\": " + TestPanel.SEATS + "}", "/api/panel/meetings")
                .then().statusCode(403);
        post(APPROVER, "{\"caseId\": \"" + caseId + "\"}", "/api/panel/meetings/{id}/agenda", meetingId)
                .then().statusCode(403);
        String itemId = TestPanel.list(meetingId, caseId);
        vote(OFFICER, meetingId, itemId, "{\"recommendation\": \"SUPPORTED\"}").then().statusCode(403);
        post(AUDITOR, "{\"interest\": \"none\"}", "/api/panel/meetings/{id}/items/{itemId}/declarations", meetingId,
                itemId).then().statusCode(403);
        conclude(OFFICER, meetingId, itemId).then().statusCode(403);
        post(AUDITOR, "{\"minutes\": \"closed\"}", "/api/panel/meetings/{id}/minutes", meetingId)
                .then().statusCode(403);
        given().auth().oauth2(AUDITOR).get("/api/panel/meetings/{id}", meetingId).then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("items[0].votes", empty());
    }
}
