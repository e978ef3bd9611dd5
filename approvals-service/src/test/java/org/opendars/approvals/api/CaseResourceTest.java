package org.opendars.approvals.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.testing.EventContract;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.TestKafka;
import org.opendars.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class CaseResourceTest {

    static final String CAROL = Tokens.staff("carol", "case-officer", "approver");
    static final String DAVE = Tokens.staff("dave", "approver");
    static final String ALICE = Tokens.of("alice", "ORG-A", "applicant");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private String openCase(String applicationId) {
        new TestKafka(bootstrap).sendEvent("application-submitted", applicationId,
                org.opendars.approvals.TestCases.submittedJson(applicationId, "alice", TestAgreements.today(), e -> e));
        return await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(CAROL)
                .get("/api/cases?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("[0].id"), id -> id != null);
    }

    private void review(String caseId) {
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body("{\"recommendation\": \"APPROVE\", \"notes\": \"meets the standards\"}")
                .post("/api/cases/{id}/review", caseId).then().statusCode(200).body("status", equalTo("REVIEWED"));
    }

    @Test
    void opensACaseWithChecksWhenAnApplicationIsSubmitted() {
        String applicationId = UUID.randomUUID().toString();
        String caseId = openCase(applicationId);
        given().auth().oauth2(CAROL).get("/api/cases/{id}", caseId).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("organisationId", equalTo("ORG-A"))
                .body("checks.rule", hasItem("LEGAL_BASIS"))
                .body("checks.outcome", org.hamcrest.Matchers.everyItem(equalTo("PASS")))
                .body("quote.totalPence", org.hamcrest.Matchers.greaterThan(0))
                .body("clock.targetWorkingDays", equalTo(40))
                .body("panelRequired", equalTo(true))
                .body("panelReasons[0]", org.hamcrest.Matchers.containsString("record-level data"));
    }

    @Test
    void approvesWithFourEyesAndPublishesTheApprovalUnderItsContract() {
        String applicationId = UUID.randomUUID().toString();
        String caseId = openCase(applicationId);
        review(caseId);
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"self-approval\"}")
                .post("/api/cases/{id}/decision", caseId)
                .then().statusCode(409).contentType("application/problem+json");
        TestAgreements.supportedByThePanel(caseId);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"meets the standards\"}")
                .post("/api/cases/{id}/decision", caseId)
                .then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("agreementReference", matchesPattern("NIC-\\d{6}-[A-Z0-9]{5}"));

        ConsumerRecord<String, byte[]> record = new TestKafka(bootstrap)
                .awaitRecord("application-approved", r -> applicationId.equals(r.key()), Duration.ofSeconds(20));
        String body = TestKafka.body(record);
        EventContract.assertValid("application-approved", body);
        assertThat(EventContract.parse(body).get("cohortId").asText())
                .isEqualTo(EventContract.parse(EventContract.example("application-submitted")).get("cohortId").asText());
        assertThat(EventContract.parse(body).get("cohortRef").isNull()).isTrue();
        assertThat(EventContract.parse(body).get("approvedBy").asText()).isEqualTo("dave");
    }

    @Test
    void rejectsAndPublishesTheRejection() {
        String applicationId = UUID.randomUUID().toString();
        String caseId = openCase(applicationId);
        review(caseId);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"REJECT\", \"reason\": \"no lawful basis for identifiers\"}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(200).body("status", equalTo("REJECTED"));
        ConsumerRecord<String, byte[]> record = new TestKafka(bootstrap)
                .awaitRecord("application-rejected", r -> applicationId.equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("application-rejected", TestKafka.body(record));
    }

    @Test
    void opensOneCaseForARedeliveredSubmissionAndClosesItOnWithdrawal() {
        String applicationId = UUID.randomUUID().toString();
        TestKafka kafka = new TestKafka(bootstrap);
        String event = EventContract.example("application-submitted", "applicationId", applicationId);
        String eventId = UUID.randomUUID().toString();
        kafka.sendEvent("application-submitted", applicationId, event, eventId);
        kafka.sendEvent("application-submitted", applicationId, event, eventId);
        kafka.sendEvent("application-submitted", applicationId, event);
        openCase(applicationId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff("aud", "auditor"))
                .get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                        "dars_events_duplicates_total{topic=\"application-submitted\"")));
        kafka.sendEvent("application-withdrawn", applicationId,
                EventContract.example("application-withdrawn", "applicationId", applicationId));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(CAROL)
                .get("/api/cases?applicationId={id}", applicationId).then()
                .body("$", hasSize(1)).body("[0].status", equalTo("WITHDRAWN")));
    }

    @Test
    void rejectsAnIncompleteDecisionAndChangesNothing() {
        String caseId = openCase(UUID.randomUUID().toString());
        review(caseId);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\"}")
                .post("/api/cases/{id}/decision", caseId)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"));
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body("{\"decision\": \"MAYBE\", \"reason\": \"x\"}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(400);
        given().auth().oauth2(DAVE).get("/api/cases/{id}", caseId).then().body("status", equalTo("REVIEWED"));
    }

    @Test
    void keepsCasesFromApplicantsAndAnonymousCallers() {
        String caseId = openCase(UUID.randomUUID().toString());
        given().get("/api/cases").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(ALICE).get("/api/cases/{id}", caseId).then().statusCode(403);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body("{\"recommendation\": \"APPROVE\"}")
                .post("/api/cases/{id}/review", caseId).then().statusCode(403);
        given().auth().oauth2(CAROL).get("/api/cases/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
