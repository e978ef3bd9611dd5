package org.opendars.applications.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class TimelineConsumersTest {

    static final String ALICE = Tokens.of("alice", "ORG-A", "applicant");
    static final String ADMIN = Tokens.staff("admin", "admin");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private String submittedApplication() {
        TestCohorts.registerOrgA();
        String id = given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body(org.opendars.applications.TestForms.completeJson(TestCohorts.ORG_A))
                .post("/api/applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ALICE)
                .get("/api/applications/{id}", id).then().body("status", equalTo(status)));
    }

    @Test
    void followsTheDownstreamEventsIntoTheTimeline() {
        TestKafka kafka = new TestKafka(bootstrap);
        String id = submittedApplication();
        kafka.sendEvent("application-approved", id, EventContract.example("application-approved", "applicationId", id));
        awaitStatus(id, "APPROVED");
        kafka.sendEvent("linkage-completed", id, EventContract.example("linkage-completed", "applicationId", id));
        awaitStatus(id, "LINKED");
        kafka.sendEvent("extract-ready", id, EventContract.example("extract-ready", "applicationId", id));
        awaitStatus(id, "EXTRACT_READY");
        given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then()
                .body("timeline.event", equalTo(List.of("created", "submitted", "approved", "linked", "extract-ready")))
                .body("timeline[2].detail", containsString("NIC-"));
        given().auth().oauth2(ADMIN).get("/q/metrics").then().body(containsString("dars_applications{status=\"EXTRACT_READY\"}"));
    }

    @Test
    void closesTheApplicationWhenItsAgreementEndsAndThenRefusesAWithdrawal() {
        TestKafka kafka = new TestKafka(bootstrap);
        String id = submittedApplication();
        kafka.sendEvent("application-approved", id, EventContract.example("application-approved", "applicationId", id));
        kafka.sendEvent("extract-ready", id, EventContract.example("extract-ready", "applicationId", id));
        awaitStatus(id, "EXTRACT_READY");
        kafka.sendEvent("agreement-revoked", id, EventContract.example("agreement-revoked", "applicationId", id,
                "reason", "a breach of condition 3"));
        awaitStatus(id, "CLOSED");
        given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then()
                .body("timeline.find { it.event == 'agreement-ended' }.detail", containsString("breach of condition 3"));
        given().auth().oauth2(ALICE).post("/api/applications/{id}/withdraw", id).then().statusCode(409);

        String expiring = submittedApplication();
        kafka.sendEvent("agreement-expired", expiring, EventContract.example("agreement-expired",
                "applicationId", expiring));
        awaitStatus(expiring, "CLOSED");
    }

    @Test
    void appliesARedeliveredEventOnlyOnce() {
        TestKafka kafka = new TestKafka(bootstrap);
        String id = submittedApplication();
        String event = EventContract.example("application-rejected", "applicationId", id);
        kafka.sendEvent("application-rejected", id, event, "3b0c8d5e-0000-4000-8000-000000000001");
        kafka.sendEvent("application-rejected", id, event, "3b0c8d5e-0000-4000-8000-000000000001");
        awaitStatus(id, "REJECTED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ADMIN).get("/q/metrics").then()
                .body(containsString("dars_events_duplicates_total{topic=\"application-rejected\"")));
        given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then()
                .body("timeline.findAll { it.event == 'rejected' }.size()", equalTo(1));
    }

    @Test
    void parksAPoisonMessageAndKeepsConsuming() {
        TestKafka kafka = new TestKafka(bootstrap);
        String id = submittedApplication();
        kafka.sendRaw("linkage-failed", id, "this is not an event");
        kafka.sendEvent("application-approved", id, EventContract.example("application-approved", "applicationId", id));
        kafka.sendEvent("linkage-failed", id, EventContract.example("linkage-failed", "applicationId", id));
        awaitStatus(id, "LINKAGE_FAILED");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                .get("/api/admin/dead-letters").then().statusCode(200)
                .body("findAll { it.key == '" + id + "' }.topic", hasItem("linkage-failed"))
                .body("findAll { it.key == '" + id + "' }.payload", hasItem("this is not an event")));
        Number letter = given().auth().oauth2(ADMIN).get("/api/admin/dead-letters").then()
                .extract().path("find { it.key == '" + id + "' }.id");
        // A replay hands the record to this service's own consumer again; a record that is no event still fails.
        given().auth().oauth2(ADMIN).post("/api/admin/dead-letters/{id}/replay", letter.longValue())
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).get("/api/admin/dead-letters/{id}", letter.longValue())
                .then().statusCode(200).body("replayedAt", equalTo(null));
        given().auth().oauth2(ALICE).get("/api/admin/dead-letters").then().statusCode(403);
        given().auth().oauth2(ADMIN).post("/api/admin/dead-letters/{id}/replay", 999_999).then().statusCode(404);
    }

    @Test
    void changesNothingWhenTheSameApprovalIsSentAgainUnderANewEventId() {
        TestKafka kafka = new TestKafka(bootstrap);
        String id = submittedApplication();
        String approval = EventContract.example("application-approved", "applicationId", id);
        kafka.sendEvent("application-approved", id, approval);
        kafka.sendEvent("application-approved", id, approval);
        kafka.sendEvent("linkage-completed", id, EventContract.example("linkage-completed", "applicationId", id));
        awaitStatus(id, "LINKED");
        given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then()
                .body("timeline.event", equalTo(List.of("created", "submitted", "approved", "linked")));
    }

    @Test
    void deadLettersAnEventAboutAnApplicationNobodyKnowsWithTheReason() {
        TestKafka kafka = new TestKafka(bootstrap);
        String stranger = java.util.UUID.randomUUID().toString();
        kafka.sendEvent("extract-ready", stranger, EventContract.example("extract-ready", "applicationId", stranger));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                .get("/api/admin/dead-letters").then().statusCode(200)
                .body("find { it.key == '" + stranger + "' }.reason", containsString("unknown application")));
    }
}
