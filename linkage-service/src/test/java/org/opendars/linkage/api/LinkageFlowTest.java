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

    private static String approval(String applicationId, String organisation, String cohortId) {
        return EventContract.example("agreement-activated", "applicationId", applicationId,
                "organisationId", organisation, "cohortId", cohortId);
    }

    /** Approves a new application of the organisation naming a cohort it uploaded; returns the completed run. */
    private String approve(String applicationId, String organisation) {
        return approve(applicationId, organisation, TestCohorts.upload(organisation));
    }

    private String approve(String applicationId, String organisation, String cohortId) {
        new TestKafka(bootstrap).sendEvent("agreement-activated", applicationId,
                approval(applicationId, organisation, cohortId));
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
    void rotatesAnOrganisationsKeyAndGivesOnlyItsRecipientsTheMappingFromOldToNewPseudonyms() {
        String organisation = "ORG-R" + UUID.randomUUID().toString().substring(0, 8);
        String firstRun = approve(UUID.randomUUID().toString(), organisation);
        String before = given().auth().oauth2(SERVICE).get("/internal/linkage-runs/{id}/results", firstRun).asString();

        int version = given().auth().oauth2(MAYA).post("/api/pseudonym-keys/{org}/rotations", organisation)
                .then().statusCode(201).extract().path("version");
        assertThat(version).isEqualTo(2);
        String secondRun = approve(UUID.randomUUID().toString(), organisation);
        String after = given().auth().oauth2(SERVICE).get("/internal/linkage-runs/{id}/results", secondRun).asString();
        given().auth().oauth2(MAYA).get("/api/linkage-runs/{id}", secondRun).then().body("pseudonymKeyVersion", equalTo(2));

        Map<String, String> old = pseudonymsByStudyId(before);
        Map<String, String> fresh = pseudonymsByStudyId(after);
        assertThat(fresh.keySet()).isEqualTo(old.keySet());
        old.forEach((study, pseudonym) -> assertThat(fresh.get(study)).isNotEqualTo(pseudonym));
        assertThat(given().auth().oauth2(SERVICE).get("/internal/linkage-runs/{id}/results", firstRun).asString())
                .as("a run made before the rotation reads as it did").isEqualTo(before);

        String recipient = Tokens.of("rita", organisation, "recipient");
        List<String> mapping = given().auth().oauth2(recipient)
                .get("/api/pseudonym-keys/{org}/rotations/{v}/mapping", organisation, version)
                .then().statusCode(200).extract().asString().lines().toList();
        assertThat(mapping.get(0)).isEqualTo("old_pseudonym,new_pseudonym");
        Map<String, String> oldToNew = mapping.stream().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(f -> f[0], f -> f[1]));
        old.forEach((study, pseudonym) -> assertThat(oldToNew.get(pseudonym)).isEqualTo(fresh.get(study)));
        given().auth().oauth2(Tokens.of("rob", "ORG-B", "recipient"))
                .get("/api/pseudonym-keys/{org}/rotations/{v}/mapping", organisation, version).then().statusCode(404);
    }

    @Test
    void failsAtOnceWithoutRetriesForAnApprovalNamingACohortNobodyUploaded() {
        String applicationId = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("agreement-activated", applicationId,
                approval(applicationId, "ORG-A", UUID.randomUUID().toString()));
        new TestKafka(bootstrap).awaitRecord("linkage-failed", r -> applicationId.equals(r.key()), Duration.ofSeconds(20));
        given().auth().oauth2(MAYA).get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("[0].status", equalTo("FAILED")).body("[0].attempts", equalTo(1))
                .body("[0].failureReason", org.hamcrest.Matchers.containsString("no cohort"));
    }

    @Test
    void failsABespokeProductWhoseApprovalNamesNoCohortInsteadOfLinkingNothing() {
        String applicationId = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("agreement-activated", applicationId, EventContract.example(
                "agreement-activated", "applicationId", applicationId).replaceAll("\"cohortId\":\"[^\"]*\"",
                        "\"cohortId\":null"));
        new TestKafka(bootstrap).awaitRecord("linkage-failed", r -> applicationId.equals(r.key()), Duration.ofSeconds(20));
        given().auth().oauth2(MAYA).get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("[0].status", equalTo("FAILED"))
                .body("[0].failureReason", org.hamcrest.Matchers.containsString("names no cohort"));
    }

    @Test
    void refusesAnApprovalNamingAnotherOrganisationsCohortAndLinksNothing() {
        String othersCohort = TestCohorts.upload("ORG-B");
        String applicationId = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("agreement-activated", applicationId,
                approval(applicationId, "ORG-A", othersCohort));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff("admin", "admin"))
                .get("/api/admin/dead-letters?size=500").then()
                .body("findAll { it.key == '" + applicationId + "' }.reason[0]",
                        org.hamcrest.Matchers.containsString("another organisation")));
        given().auth().oauth2(MAYA).get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("$", hasSize(0));
    }

    @Test
    void deletesTheCohortsIdentifiersWhenItsApplicationIsRejected() {
        String applicationId = UUID.randomUUID().toString();
        String cohortId = TestCohorts.upload("ORG-A");
        approve(applicationId, "ORG-A", cohortId);
        new TestKafka(bootstrap).sendEvent("application-rejected", applicationId, EventContract.example(
                "application-rejected", "applicationId", applicationId, "organisationId", "ORG-A",
                "cohortId", cohortId));
        String alice = Tokens.of("applicant-ORG-A", "ORG-A", "applicant");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(alice)
                .get("/api/cohorts/{id}", cohortId).then().statusCode(200).body("deleted", equalTo(true))
                .body("members", equalTo(22)));
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number)
                org.opendars.linkage.Cohort.getEntityManager().createNativeQuery("select (select count(*) from"
                        + " cohort_member where cohort_id = :id) + (select count(*) from cohort_record r join"
                        + " linkage_run l on l.id = r.run_id where l.cohort_id = :id)")
                        .setParameter("id", UUID.fromString(cohortId)).getSingleResult()).longValue())).isZero();
    }

    @Test
    void dropsTheCohortAndItsLinkedCopiesWhenTheAgreementExpiresOrIsRevoked() {
        for (String topic : java.util.List.of("agreement-expired", "agreement-revoked")) {
            String applicationId = UUID.randomUUID().toString();
            String cohortId = TestCohorts.upload("ORG-A");
            approve(applicationId, "ORG-A", cohortId);
            new TestKafka(bootstrap).sendEvent(topic, applicationId, EventContract.example(topic,
                    "applicationId", applicationId, "organisationId", "ORG-A", "cohortId", cohortId));
            String alice = Tokens.of("applicant-ORG-A", "ORG-A", "applicant");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(alice)
                    .get("/api/cohorts/{id}", cohortId).then().statusCode(200).body("deleted", equalTo(true)));
            assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number)
                    org.opendars.linkage.Cohort.getEntityManager().createNativeQuery("select (select count(*) from"
                            + " cohort_member where cohort_id = :id) + (select count(*) from cohort_record r join"
                            + " linkage_run l on l.id = r.run_id where l.cohort_id = :id)")
                            .setParameter("id", UUID.fromString(cohortId)).getSingleResult()).longValue()))
                    .as(topic).isZero();
        }
    }

    /**
     * A withdrawal and an activation on two topics, in either order: the run is cancelled or fails on the deleted
     * cohort if the withdrawal is seen first, or its linked copies are deleted if the run finished first. Either
     * way no identifier or pseudonym of the cohort is left.
     */
    @Test
    void leavesNothingLinkedWhenTheApplicationIsWithdrawnAroundItsActivation() {
        String applicationId = UUID.randomUUID().toString();
        String cohortId = TestCohorts.upload("ORG-A");
        TestKafka kafka = new TestKafka(bootstrap);
        kafka.sendEvent("application-withdrawn", applicationId, EventContract.example("application-withdrawn",
                "applicationId", applicationId, "organisationId", "ORG-A", "cohortId", cohortId));
        kafka.sendEvent("agreement-activated", applicationId, approval(applicationId, "ORG-A", cohortId));
        String alice = Tokens.of("applicant-ORG-A", "ORG-A", "applicant");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(alice).get("/api/cohorts/{id}", cohortId).then().body("deleted", equalTo(true));
            given().auth().oauth2(MAYA).get("/api/linkage-runs?applicationId={id}", applicationId).then()
                    .statusCode(200).body("[0].status", org.hamcrest.Matchers.oneOf("FAILED", "CANCELLED", "COMPLETED"));
            assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number)
                    org.opendars.linkage.Cohort.getEntityManager().createNativeQuery("select (select count(*) from"
                            + " cohort_member where cohort_id = :id) + (select count(*) from cohort_record r join"
                            + " linkage_run l on l.id = r.run_id where l.cohort_id = :id)")
                            .setParameter("id", UUID.fromString(cohortId)).getSingleResult()).longValue())).isZero();
        });
    }

    @Test
    void linksNothingForATabulationAndRefusesPatientTrackingWithoutAList() throws Exception {
        String tabulation = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("agreement-activated", tabulation, EventContract.example(
                "agreement-activated", "applicationId", tabulation, "productType", "TABULATION"));
        String tracking = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("agreement-activated", tracking, EventContract.example(
                "agreement-activated", "applicationId", tracking, "productType", "PATIENT_STATUS_TRACKING")
                .replaceAll("\"cohortId\":\"[^\"]*\"", "\"cohortId\":null"));
        String failed = TestKafka.body(new TestKafka(bootstrap).awaitRecord("linkage-failed",
                r -> tracking.equals(r.key()), Duration.ofSeconds(20)));
        EventContract.assertValid("linkage-failed", failed);
        assertThat(EventContract.parse(failed).get("reason").asText()).contains("names no cohort");
        // The tabulation's activation was sent first on the same topic, so it has been handled by now.
        given().auth().oauth2(MAYA).get("/api/linkage-runs?applicationId={id}", tabulation).then()
                .body("$", hasSize(0));
    }

    @Test
    void deliversAStandardExtractNowAndAgainAfterEachReleaseOfItsDataSetsUntilTheAgreementEnds() {
        String applicationId = UUID.randomUUID().toString();
        TestKafka kafka = new TestKafka(bootstrap);
        kafka.sendEvent("agreement-activated", applicationId, EventContract.example("agreement-activated",
                "applicationId", applicationId, "productType", "STANDARD_EXTRACT"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MAYA)
                .get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("[0].status", equalTo("COMPLETED")).body("[0].resultRows", org.hamcrest.Matchers.greaterThan(0)));

        String tag = UUID.randomUUID().toString().substring(0, 8);
        PersonIndexTest.linked("ONS_MORTALITY", "sub-" + tag, "recordId,nhsNumber,dateOfBirth,sex,postcode\nD-" + tag
                + "," + TestCohorts.freshNhsNumber() + ",1912-02-03,2,OX4 1AA\n");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MAYA)
                .get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("findAll { it.status == 'COMPLETED' }", hasSize(2)));
        ConsumerRecord<String, byte[]> second = kafka.awaitRecord("linkage-completed", r -> applicationId.equals(r.key())
                && TestKafka.body(r).contains("\"delivery\":2"), Duration.ofSeconds(20));
        EventContract.assertValid("linkage-completed", TestKafka.body(second));
        assertThat(EventContract.parse(TestKafka.body(second)).at("/trigger/releaseId").asText()).isEqualTo("sub-" + tag);
        // A release of a data set it does not take makes no delivery; the end of the agreement ends them all.
        PersonIndexTest.linked("DID", "sub-" + tag, "recordId,nhsNumber,dateOfBirth,sex,postcode\nI-" + tag
                + "," + TestCohorts.freshNhsNumber() + ",1912-02-04,1,OX4 1AB\n");
        kafka.sendEvent("agreement-expired", applicationId, EventContract.example("agreement-expired",
                "applicationId", applicationId, "organisationId", "ORG-A"));
        await().atMost(Duration.ofSeconds(20)).until(() -> subscriptionEnded(applicationId));
        PersonIndexTest.linked("ONS_MORTALITY", "after-" + tag, "recordId,nhsNumber,dateOfBirth,sex,postcode\nE-"
                + tag + "," + TestCohorts.freshNhsNumber() + ",1912-02-05,2,OX4 1AD\n");
        given().auth().oauth2(MAYA).get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("$", hasSize(2));
    }

    private static boolean subscriptionEnded(String applicationId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> org.opendars.linkage
                .Subscription.<org.opendars.linkage.Subscription>list("applicationId", UUID.fromString(applicationId))
                .stream().allMatch(s -> s.endedAt != null));
    }

    @Test
    void keepsTheCohortWhenAnotherOrganisationsDecisionNamesIt() {
        String cohortId = TestCohorts.upload("ORG-A");
        String applicationId = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("application-withdrawn", applicationId, EventContract.example(
                "application-withdrawn", "applicationId", applicationId, "organisationId", "ORG-B",
                "cohortId", cohortId));
        String control = UUID.randomUUID().toString();
        approve(control, "ORG-A", cohortId);
        given().auth().oauth2(Tokens.of("applicant-ORG-A", "ORG-A", "applicant")).get("/api/cohorts/{id}", cohortId)
                .then().body("deleted", equalTo(false)).body("applicationId", equalTo(control));
    }

    @Test
    void schedulesOneRunForARedeliveredApproval() {
        String applicationId = UUID.randomUUID().toString();
        String cohortId = TestCohorts.upload("ORG-A");
        String event = approval(applicationId, "ORG-A", cohortId);
        TestKafka kafka = new TestKafka(bootstrap);
        String eventId = UUID.randomUUID().toString();
        kafka.sendEvent("agreement-activated", applicationId, event, eventId);
        kafka.sendEvent("agreement-activated", applicationId, event, eventId);
        kafka.sendEvent("agreement-activated", applicationId, event);
        approve(applicationId, "ORG-A", cohortId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff("aud", "auditor"))
                .get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                        "dars_events_duplicates_total{topic=\"agreement-activated\"")));
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
