package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class LinkageFlowTest {

    static final String MAYA = Tokens.staff("maya", "data-manager");
    static final String SERVICE = Tokens.service("extract-service");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private String approve(String applicationId, String organisation) {
        String event = EventContract.example("application-approved", "applicationId", applicationId,
                "organisationId", organisation);
        new TestKafka(bootstrap).sendEvent("application-approved", applicationId, event);
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MAYA)
                .get("/api/linkage-runs?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("find { it.status == 'COMPLETED' }.id"), id -> id != null);
    }

    private static Map<String, String> pseudonymsByStudyId(String csv) {
        return csv.lines().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(f -> f[1], f -> f[0], (a, b) -> a));
    }

    @Test
    void linksTheApprovedCohortByRankAndPublishesTheCounts() {
        String applicationId = UUID.randomUUID().toString();
        String runId = approve(applicationId, "ORG-A");
        given().auth().oauth2(MAYA).get("/api/linkage-runs/{id}", runId).then()
                .body("cohortSize", equalTo(22))
                .body("matched", equalTo(19))
                .body("unmatched", equalTo(3))
                .body("ambiguous", equalTo(0))
                .body("percentDone", equalTo(100))
                .body("matchesByRank.'1'", equalTo(13));
        given().auth().oauth2(MAYA).get("/api/linkage-runs/{id}/quality", runId).then().statusCode(200)
                .body("mode", equalTo("deterministic"))
                .body("leftRecords", equalTo(22))
                .body("links", equalTo(19))
                .body("unmatchedLeft", equalTo(3))
                .body("linksByRank.'1'", equalTo(13));
        given().auth().oauth2(Tokens.of("rob", "ORG-B", "recipient")).get("/api/linkage-runs/{id}/quality", runId)
                .then().statusCode(404);

        ConsumerRecord<String, byte[]> record = new TestKafka(bootstrap)
                .awaitRecord("linkage-completed", r -> applicationId.equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("linkage-completed", TestKafka.body(record));
        assertThat(EventContract.parse(TestKafka.body(record)).get("resultsRef").asText())
                .isEqualTo("/internal/linkage-runs/" + runId + "/results");
    }

    @Test
    void servesPseudonymisedResultsWithoutIdentifiersToServicesOnly() {
        String runId = approve(UUID.randomUUID().toString(), "ORG-A");
        String csv = given().auth().oauth2(SERVICE).get("/internal/linkage-runs/{id}/results", runId)
                .then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("pseudonym,study_id,dataset,record_id,match_rank");
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("[0-9a-f]{32},STUDY-\\d{3},[A-Z_]+,[A-Z]+-[0-9-]+,\\d"));
        assertThat(csv).doesNotContain("4003141873").doesNotContain("P000");
        given().auth().oauth2(MAYA).get("/internal/linkage-runs/{id}/results", runId).then().statusCode(403);
        given().get("/internal/linkage-runs/{id}/results", runId).then().statusCode(401);
    }

    @Test
    void keepsPseudonymsStableWithinAnOrganisationAndUnrelatedAcrossThem() {
        String first = given().auth().oauth2(SERVICE)
                .get("/internal/linkage-runs/{id}/results", approve(UUID.randomUUID().toString(), "ORG-A")).asString();
        String second = given().auth().oauth2(SERVICE)
                .get("/internal/linkage-runs/{id}/results", approve(UUID.randomUUID().toString(), "ORG-A")).asString();
        String other = given().auth().oauth2(SERVICE)
                .get("/internal/linkage-runs/{id}/results", approve(UUID.randomUUID().toString(), "ORG-B")).asString();
        Map<String, String> a1 = pseudonymsByStudyId(first);
        assertThat(pseudonymsByStudyId(second)).isEqualTo(a1);
        Map<String, String> b = pseudonymsByStudyId(other);
        assertThat(b.keySet()).isEqualTo(a1.keySet());
        a1.forEach((study, pseudonym) -> assertThat(b.get(study)).isNotEqualTo(pseudonym));
    }

    @Test
    void failsAtOnceWithoutRetriesForAnApplicationNobodyKnows() {
        String applicationId = TestCohortResource.UNKNOWN.toString();
        new TestKafka(bootstrap).sendEvent("application-approved", applicationId,
                EventContract.example("application-approved", "applicationId", applicationId));
        new TestKafka(bootstrap).awaitRecord("linkage-failed", r -> applicationId.equals(r.key()), Duration.ofSeconds(20));
        given().auth().oauth2(MAYA).get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("[0].status", equalTo("FAILED")).body("[0].attempts", equalTo(1))
                .body("[0].failureReason", org.hamcrest.Matchers.containsString("knows no cohort"));
    }

    @Test
    void givesUpAfterItsAttemptsAndPublishesTheFailure() {
        String applicationId = TestCohortResource.UNAVAILABLE.toString();
        new TestKafka(bootstrap).sendEvent("application-approved", applicationId,
                EventContract.example("application-approved", "applicationId", applicationId));
        ConsumerRecord<String, byte[]> record = new TestKafka(bootstrap)
                .awaitRecord("linkage-failed", r -> applicationId.equals(r.key()), Duration.ofSeconds(40));
        EventContract.assertValid("linkage-failed", TestKafka.body(record));
        given().auth().oauth2(MAYA).get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("[0].status", equalTo("FAILED")).body("[0].attempts", equalTo(3));
    }

    @Test
    void schedulesOneRunForARedeliveredApproval() {
        String applicationId = UUID.randomUUID().toString();
        String event = EventContract.example("application-approved", "applicationId", applicationId);
        TestKafka kafka = new TestKafka(bootstrap);
        String eventId = UUID.randomUUID().toString();
        kafka.sendEvent("application-approved", applicationId, event, eventId);
        kafka.sendEvent("application-approved", applicationId, event, eventId);
        kafka.sendEvent("application-approved", applicationId, event);
        approve(applicationId, "ORG-A");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff("aud", "auditor"))
                .get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                        "dars_events_duplicates_total{topic=\"application-approved\"")));
        given().auth().oauth2(MAYA).get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("$", hasSize(1));
    }

    @Test
    void showsARunToItsOwnOrganisationOnly() {
        String runId = approve(UUID.randomUUID().toString(), "ORG-A");
        given().auth().oauth2(Tokens.of("rita", "ORG-A", "recipient")).get("/api/linkage-runs/{id}", runId)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.of("rob", "ORG-B", "recipient")).get("/api/linkage-runs/{id}", runId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("pat", "ORG-A", "signatory")).get("/api/linkage-runs/{id}", runId)
                .then().statusCode(403);
        given().get("/api/linkage-runs/{id}", runId).then().statusCode(401);
    }
}
