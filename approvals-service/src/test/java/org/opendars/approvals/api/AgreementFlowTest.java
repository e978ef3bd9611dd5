package org.opendars.approvals.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.opendars.approvals.api.TestAgreements.AUDITOR;
import static org.opendars.approvals.api.TestAgreements.CAROL;
import static org.opendars.approvals.api.TestAgreements.CERTIFICATE;
import static org.opendars.approvals.api.TestAgreements.CORA;
import static org.opendars.approvals.api.TestAgreements.DAVE;
import static org.opendars.approvals.api.TestAgreements.RITA;
import static org.opendars.approvals.api.TestAgreements.SAM;
import static org.opendars.approvals.api.TestAgreements.SID_OF_ORG_B;
import static org.opendars.approvals.api.TestAgreements.agreement;
import static org.opendars.approvals.api.TestAgreements.agreementOf;
import static org.opendars.approvals.api.TestAgreements.recordDestruction;
import static org.opendars.approvals.api.TestAgreements.revoke;
import static org.opendars.approvals.api.TestAgreements.sign;
import static org.opendars.approvals.api.TestAgreements.signByBoth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.approvals.AgreementService;
import org.opendars.approvals.TestClock;
import org.opendars.testing.EventContract;
import org.opendars.testing.TestKafka;
import org.opendars.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class AgreementFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    TestClock clock;

    @Inject
    AgreementService agreements;

    private TestAgreements flow() {
        return new TestAgreements(bootstrap);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<ConsumerRecord<String, byte[]>> events(String topic, String applicationId, int enough) {
        return new TestKafka(bootstrap).records(topic, r -> applicationId.equals(r.key()), enough,
                Duration.ofSeconds(enough == 0 ? 2 : 20));
    }

    @Test
    void issuesAnAgreementOnApprovalWhoseDocumentHashIsWhatGetsSignedAndMovesNothingYet() throws Exception {
        String applicationId = UUID.randomUUID().toString();
        JsonPath issued = flow().approve(applicationId);
        String id = issued.getString("id");

        assertThat(issued.getString("status")).isEqualTo("ISSUED");
        assertThat(issued.getString("displayReference")).matches("NIC-\\d{6}-[A-Z0-9]{5} v1");
        assertThat(issued.getList("parties.role")).containsExactly("CONTROLLER", "CUSTODIAN");
        assertThat(issued.getList("conditions", String.class)).anyMatch(c -> c.contains("destruction certificate"));
        assertThat(issued.getString("endDate")).isEqualTo(today().plusMonths(36).toString());
        byte[] html = given().auth().oauth2(SAM).get("/api/agreements/{id}/document", id).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(html)))
                .isEqualTo(issued.getString("documentSha256"));
        assertThat(new String(html, StandardCharsets.UTF_8)).contains(issued.getString("reference"))
                .contains("HES_APC").contains("21/CAG/0042");
        byte[] pdf = given().auth().oauth2(SAM).get("/api/agreements/{id}/document.pdf", id).then().statusCode(200)
                .header("X-Document-SHA256", issued.getString("documentSha256")).extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        EventContract.assertValid("agreement-issued", TestKafka.body(events("agreement-issued", applicationId, 1).get(0)));
        ConsumerRecord<String, byte[]> approved = events("application-approved", applicationId, 1).get(0);
        assertThat(EventContract.parse(TestKafka.body(approved)).get("agreementReference").asText())
                .isEqualTo(issued.getString("reference"));
        assertThat(events("agreement-activated", applicationId, 0)).isEmpty();
    }

    @Test
    void refusesSignaturesByTheWrongOrganisationTheApproverAnotherDocumentOrTwiceAndChangesNothing() {
        String applicationId = UUID.randomUUID().toString();
        String id = flow().approve(applicationId).getString("id");
        String sha = agreement(id).getString("documentSha256");

        sign(id, SID_OF_ORG_B, sha).then().statusCode(404).contentType("application/problem+json");
        sign(id, Tokens.staff("dave", "approver", "custodian-signatory"), sha).then().statusCode(409)
                .body("detail", containsString("approver who decided"));
        sign(id, Tokens.staff("carol", "case-officer", "custodian-signatory"), sha).then().statusCode(409)
                .body("detail", containsString("case officer"));
        sign(id, SAM, "0".repeat(64)).then().statusCode(409).body("detail", containsString("another document"));
        sign(id, SAM, "not-a-hash").then().statusCode(400).contentType("application/problem+json");
        sign(id, RITA, sha).then().statusCode(403);
        sign(id, DAVE, sha).then().statusCode(403);
        assertThat(agreement(id).getString("status")).isEqualTo("ISSUED");
        assertThat(agreement(id).getString("applicantSignature")).isNull();

        sign(id, SAM, sha).then().statusCode(200).body("status", equalTo("ISSUED"))
                .body("applicantSignature.signedBy", equalTo("sam"));
        sign(id, Tokens.of("sue", "ORG-A", "signatory"), sha).then().statusCode(409)
                .body("detail", containsString("already signed"));
        sign(id, CORA, sha).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("custodianSignature.signedBy", equalTo("cora"));
        sign(id, CORA, sha).then().statusCode(409);

        List<ConsumerRecord<String, byte[]>> signed = events("agreement-signed", applicationId, 2);
        assertThat(signed).hasSize(2);
        signed.forEach(r -> EventContract.assertValid("agreement-signed", TestKafka.body(r)));
        String activated = TestKafka.body(events("agreement-activated", applicationId, 1).get(0));
        EventContract.assertValid("agreement-activated", activated);
        assertThat(EventContract.parse(activated).get("reference").asText()).isEqualTo(agreement(id).getString("reference"));
        assertThat(EventContract.parse(activated).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void comesIntoForceOnItsStartDateRemindsBeforeItsEndAndExpiresAtItUnderTheTestClock() {
        String applicationId = UUID.randomUUID().toString();
        LocalDate start = today().plusDays(10);
        String id = flow().approve(applicationId, "{\"decision\": \"APPROVE\", \"reason\": \"ok\", \"startDate\": \""
                + start + "\", \"termMonths\": 12}").getString("id");
        assertThat(agreement(id).getString("endDate")).isEqualTo(start.plusMonths(12).toString());
        signByBoth(id);
        agreements.sweep();
        assertThat(agreement(id).getString("status")).isEqualTo("SIGNED");

        clock.advance(Duration.ofDays(10));
        agreements.sweep();
        assertThat(agreement(id).getString("status")).isEqualTo("ACTIVE");

        LocalDate end = start.plusMonths(12);
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today(), end) - 90));
        agreements.sweep();
        agreements.sweep();
        clock.advance(Duration.ofDays(83));
        agreements.sweep();
        List<ConsumerRecord<String, byte[]>> reminders = events("agreement-expiring", applicationId, 3);
        assertThat(reminders).extracting(r -> EventContract.parse(TestKafka.body(r)).get("reminderDays").asInt())
                .containsExactly(90, 7);
        reminders.forEach(r -> EventContract.assertValid("agreement-expiring", TestKafka.body(r)));

        clock.advance(Duration.ofDays(7));
        agreements.sweep();
        assertThat(agreement(id).getString("status")).isEqualTo("EXPIRED");
        EventContract.assertValid("agreement-expired",
                TestKafka.body(events("agreement-expired", applicationId, 1).get(0)));
        sign(id, SAM, agreement(id).getString("documentSha256")).then().statusCode(409);
    }

    @Test
    void activatesAndRemindsEachAgreementOnceWhenSeveralReplicasSweepAtTheSameTime() throws Exception {
        LocalDate start = today().plusDays(3);
        List<String> applications = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String applicationId = UUID.randomUUID().toString();
            applications.add(applicationId);
            signByBoth(flow().approve(applicationId, "{\"decision\": \"APPROVE\", \"reason\": \"ok\","
                    + " \"startDate\": \"" + start + "\", \"termMonths\": 2}").getString("id"));
        }
        // Three days on, each agreement is both due to start and within 90 (but not 30) days of its end.
        clock.advance(Duration.ofDays(3));
        java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> sweeps = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sweeps.add(replicas.submit(agreements::sweep));
            }
            for (java.util.concurrent.Future<Integer> sweep : sweeps) {
                sweep.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        agreements.sweep();
        for (String topic : List.of("agreement-activated", "agreement-expiring")) {
            List<String> keys = new TestKafka(bootstrap).records(topic, r -> applications.contains(r.key()), 100,
                    Duration.ofSeconds(5)).stream().map(ConsumerRecord::key).sorted().toList();
            assertThat(keys).as(topic).isEqualTo(applications.stream().sorted().toList());
        }
        for (String applicationId : applications) {
            assertThat(agreementOf(applicationId).getString("status")).isEqualTo("ACTIVE");
        }
    }

    @Test
    void lapsesAnAgreementLeftUnsignedPastItsEndDateAndRefusesLateSignatures() {
        String applicationId = UUID.randomUUID().toString();
        String id = flow().approve(applicationId, "{\"decision\": \"APPROVE\", \"reason\": \"ok\","
                + " \"termMonths\": 1}").getString("id");
        String sha = agreement(id).getString("documentSha256");
        sign(id, SAM, sha).then().statusCode(200);
        clock.advance(Duration.ofDays(32));
        sign(id, CORA, sha).then().statusCode(409).body("detail", containsString("can no longer be signed"));
        agreements.sweep();
        assertThat(agreement(id).getString("status")).isEqualTo("EXPIRED");
        EventContract.assertValid("agreement-expired",
                TestKafka.body(events("agreement-expired", applicationId, 1).get(0)));
    }

    @Test
    void refusesATermLongerThanThePurposeAllowsOrAStartInThePastAndDecidesNothing() {
        String applicationId = UUID.randomUUID().toString();
        String caseId = flow().openCase(applicationId, "alice");
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body("{\"recommendation\": \"APPROVE\", \"notes\": \"ok\"}")
                .post("/api/cases/{id}/review", caseId).then().statusCode(200);
        TestAgreements.supportedByThePanel(caseId);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"ok\", \"termMonths\": 37}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("termMonths"));
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"ok\", \"startDate\": \"" + today().minusDays(1) + "\"}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(400).body("errors.field", hasItem("startDate"));
        given().auth().oauth2(CAROL).get("/api/cases/{id}", caseId).then().body("status", equalTo("REVIEWED"));
        given().auth().oauth2(AUDITOR).get("/api/agreements?applicationId={id}", applicationId).then()
                .body("size()", equalTo(0));
    }

    @Test
    void revokesWithAReasonThenTakesTheRecipientsDestructionRecordOnceAndShowsWhatIsOverdue() {
        String applicationId = UUID.randomUUID().toString();
        String id = flow().active(applicationId).getString("id");
        recordDestruction(id, SAM, today().toString(), "SECURE_DELETION", CERTIFICATE).then().statusCode(409)
                .body("detail", containsString("after the agreement ends"));

        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body("{}")
                .post("/api/agreements/{id}/revocation", id).then().statusCode(400);
        given().auth().oauth2(CORA).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/api/agreements/{id}/revocation", id).then().statusCode(403);
        assertThat(revoke(id, "breach of condition 3")).isEqualTo("REVOKED");
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .post("/api/agreements/{id}/revocation", id).then().statusCode(409);
        String revoked = TestKafka.body(events("agreement-revoked", applicationId, 1).get(0));
        EventContract.assertValid("agreement-revoked", revoked);
        assertThat(EventContract.parse(revoked).get("status").asText()).isEqualTo("REVOKED");
        assertThat(EventContract.parse(revoked).get("reason").asText()).isEqualTo("breach of condition 3");

        recordDestruction(id, SAM, today().plusDays(1).toString(), "SECURE_DELETION", CERTIFICATE).then()
                .statusCode(400).body("errors.field", hasItem("destroyedOn"));
        recordDestruction(id, SAM, "yesterday", "SHREDDING", null).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("destroyedOn", "method", "certificate"));
        recordDestruction(id, SID_OF_ORG_B, today().toString(), "SECURE_DELETION", CERTIFICATE).then().statusCode(404);
        assertThat(agreement(id).getString("destruction")).isNull();

        clock.advance(Duration.ofDays(31));
        given().auth().oauth2(CAROL).get("/api/agreements/destruction-overdue").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(SAM).get("/api/agreements/destruction-overdue").then().statusCode(403);

        recordDestruction(id, RITA, today().toString(), "CRYPTOGRAPHIC_ERASURE", CERTIFICATE).then().statusCode(200)
                .body("destruction.method", equalTo("CRYPTOGRAPHIC_ERASURE"))
                .body("destruction.recordedBy", equalTo("rita"));
        recordDestruction(id, SAM, today().toString(), "SECURE_DELETION", CERTIFICATE).then().statusCode(409);
        byte[] filed = given().auth().oauth2(CAROL).get("/api/agreements/{id}/destruction/certificate", id).then()
                .statusCode(200).extract().asByteArray();
        assertThat(filed).isEqualTo(CERTIFICATE);
        given().auth().oauth2(CAROL).get("/api/agreements/destruction-overdue").then().body("id", not(hasItem(id)));
    }

    @Test
    void extendsAsANewVersionWithADiffThatSupersedesTheOldOnlyOnceSignedAgain() {
        String applicationId = UUID.randomUUID().toString();
        JsonPath v1 = flow().active(applicationId);
        String v1Id = v1.getString("id");
        LocalDate newEnd = LocalDate.parse(v1.getString("endDate")).plusMonths(-1);

        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"kind\": \"EXTENSION\", \"endDate\": \"" + newEnd + "\", \"reason\": \"more time\"}")
                .post("/api/agreements/{id}/versions", v1Id).then().statusCode(400).body("errors.field", hasItem("endDate"));
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"kind\": \"EXTENSION\", \"endDate\": \"" + LocalDate.parse(v1.getString("startDate")).plusMonths(37)
                        + "\", \"reason\": \"more time\"}")
                .post("/api/agreements/{id}/versions", v1Id).then().statusCode(400);
        given().auth().oauth2(SAM).contentType(ContentType.JSON)
                .body("{\"kind\": \"EXTENSION\", \"endDate\": \"2040-01-01\", \"reason\": \"x\"}")
                .post("/api/agreements/{id}/versions", v1Id).then().statusCode(403);

        LocalDate shorterStart = LocalDate.parse(v1.getString("startDate"));
        String v2Id = flow().approve(UUID.randomUUID().toString()).getString("id");
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"kind\": \"EXTENSION\", \"endDate\": \"2040-01-01\", \"reason\": \"x\"}")
                .post("/api/agreements/{id}/versions", v2Id).then().statusCode(409);

        // A first agreement issued with a shorter term, so an extension fits under the maximum.
        String applicationB = UUID.randomUUID().toString();
        String shortId = flow().approve(applicationB, "{\"decision\": \"APPROVE\", \"reason\": \"ok\","
                + " \"termMonths\": 12}").getString("id");
        signByBoth(shortId);
        LocalDate extended = LocalDate.parse(agreement(shortId).getString("endDate")).plusMonths(6);
        JsonPath next = given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"kind\": \"EXTENSION\", \"endDate\": \"" + extended + "\", \"reason\": \"recruitment ran late\"}")
                .post("/api/agreements/{id}/versions", shortId).then().statusCode(201)
                .body("version", equalTo(2)).body("status", equalTo("ISSUED"))
                .body("changes.field", equalTo(List.of("endDate")))
                .body("displayReference", matchesPattern("NIC-\\d{6}-[A-Z0-9]{5} v2")).extract().jsonPath();
        assertThat(agreement(shortId).getString("status")).isEqualTo("ACTIVE");
        given().auth().oauth2(SAM).get("/api/agreements/{id}/changes?from={from}", next.getString("id"), shortId)
                .then().statusCode(200).body("[0].field", equalTo("endDate"))
                .body("[0].after", equalTo(extended.toString()));
        assertThat(new String(given().auth().oauth2(SAM).get("/api/agreements/{id}/document", next.getString("id"))
                .then().extract().asByteArray(), StandardCharsets.UTF_8)).contains("recruitment ran late");

        signByBoth(next.getString("id"));
        assertThat(agreement(next.getString("id")).getString("status")).isEqualTo("ACTIVE");
        assertThat(agreement(shortId).getString("status")).isEqualTo("SUPERSEDED");
        List<ConsumerRecord<String, byte[]>> activations = events("agreement-activated", applicationB, 2);
        assertThat(activations).extracting(r -> EventContract.parse(TestKafka.body(r)).get("supersededVersion").asText())
                .containsExactly("null", "1");
        assertThat(shorterStart).isNotNull();
    }

    @Test
    void endsTheAgreementWhenTheApplicationIsWithdrawnAfterApproval() {
        String applicationId = UUID.randomUUID().toString();
        String id = flow().active(applicationId).getString("id");
        new TestKafka(bootstrap).sendEvent("application-withdrawn", applicationId, EventContract.example(
                "application-withdrawn", "applicationId", applicationId, "withdrawnBy", "alice"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> agreement(id).getString("status").equals("WITHDRAWN"));
        String ended = TestKafka.body(events("agreement-revoked", applicationId, 1).get(0));
        EventContract.assertValid("agreement-revoked", ended);
        assertThat(EventContract.parse(ended).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(agreementOf(applicationId).getString("endReason")).contains("withdrawn");
    }

    @Test
    void refusesAReviewByThePersonWhoSubmittedTheApplication() {
        String caseId = flow().openCase(UUID.randomUUID().toString(), "carol");
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body("{\"recommendation\": \"APPROVE\", \"notes\": \"mine\"}")
                .post("/api/cases/{id}/review", caseId).then().statusCode(409)
                .body("detail", containsString("submitted"));
    }

    @Test
    void showsAnAgreementOnlyToItsOwnOrganisationAndTheCustodian() {
        String id = flow().approve(UUID.randomUUID().toString()).getString("id");
        given().auth().oauth2(SID_OF_ORG_B).get("/api/agreements/{id}", id).then().statusCode(404);
        given().auth().oauth2(SID_OF_ORG_B).get("/api/agreements/{id}/document", id).then().statusCode(404);
        given().auth().oauth2(SID_OF_ORG_B).get("/api/agreements").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(SAM).get("/api/agreements").then().statusCode(200).body("id", hasItem(id));
        given().get("/api/agreements/{id}", id).then().statusCode(401);
        given().auth().oauth2(CORA).get("/api/agreements/{id}", id).then().statusCode(200);
    }
}
