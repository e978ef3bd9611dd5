package org.opendars.applications.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendars.applications.CohortSummary;
import org.opendars.applications.TestCohorts;
import org.opendars.testing.EventContract;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.TestKafka;
import org.opendars.testing.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class ApplicationResourceTest {

    static final String ALICE = Tokens.of("alice", "ORG-A", "applicant");
    static final String BOB = Tokens.of("bob", "ORG-B", "applicant");
    static final String RITA = Tokens.of("rita", "ORG-A", "recipient");
    static final String CAROL = Tokens.staff("carol", "case-officer");

    static final String BODY = org.opendars.applications.TestForms.completeJson(TestCohorts.ORG_A);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void registerTheCohortLinkageServiceAnnounced() {
        TestCohorts.registerOrgA();
    }

    static String create(String token, String body) {
        TestCohorts.registerOrgA();
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/applications").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsADraftForTheCallersOrganisation() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(BODY)
                .post("/api/applications")
                .then().statusCode(201)
                .header("Location", containsString("/api/applications/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("organisationId", equalTo("ORG-A"))
                .body("cohortSize", equalTo(2))
                .body("reference", containsString("DARS-"))
                .body("timeline.event", hasItem("created"));
    }

    @Test
    void submittingPublishesAnEventThatKeepsToItsContract() {
        String id = create(ALICE, BODY);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        ConsumerRecord<String, byte[]> record = new TestKafka(kafka)
                .awaitRecord("application-submitted", r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(TestKafka.header(record, "ce_type")).isEqualTo("org.opendars.application-submitted");
        assertThat(TestKafka.header(record, "ce_source")).isEqualTo("/applications-service");
        assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TestKafka.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TestKafka.header(record, "ce_id")).isNotBlank();
        EventContract.assertValid("application-submitted", TestKafka.body(record));
        assertThat(TestKafka.body(record)).doesNotContain("9434765919");
    }

    @Test
    void withdrawingPublishesAnEventThatKeepsToItsContract() {
        String id = create(ALICE, BODY);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(200);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/withdraw", id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        ConsumerRecord<String, byte[]> record = new TestKafka(kafka)
                .awaitRecord("application-withdrawn", r -> id.equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("application-withdrawn", TestKafka.body(record));
        given().auth().oauth2(ALICE).post("/api/applications/{id}/withdraw", id).then().statusCode(409);
    }

    @Test
    void auditsEveryStateChangeAndRefusalButNotPlainReads() {
        String id = create(ALICE, BODY);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(200);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(409);
        given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then().statusCode(200);
        String auditor = Tokens.staff("aud", "auditor");
        given().auth().oauth2(auditor).get("/api/admin/audit?limit=1000").then().statusCode(200)
                .body("findAll { it.path.contains('" + id + "') }.status", equalTo(List.of(409, 200)))
                .body("find { it.path == '/api/applications/" + id + "/submit' }.actor", equalTo("alice"))
                .body("find { it.path == '/api/applications/" + id + "/submit' }.organisationId", equalTo("ORG-A"))
                .body("find { it.path == '/api/applications/" + id + "/submit' }.remoteAddress", notNullValue());
        given().auth().oauth2(ALICE).get("/api/admin/audit").then().statusCode(403);
    }

    @Test
    void refusesToSubmitTwice() {
        String id = create(ALICE, BODY);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(200);
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("only a draft can be submitted"));
    }

    @Test
    void createsOneApplicationForConcurrentRequestsWithOneIdempotencyKey() throws Exception {
        String key = "k-" + java.util.UUID.randomUUID();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(ALICE).header("Idempotency-Key", key)
                        .contentType(ContentType.JSON).body(BODY).post("/api/applications")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                io.restassured.response.Response response = answer.get();
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    ids.add(response.path("id"));
                } else {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentRequest() {
        given().auth().oauth2(ALICE).header("Idempotency-Key", "k-reused").contentType(ContentType.JSON)
                .body(BODY).post("/api/applications").then().statusCode(201);
        given().auth().oauth2(ALICE).header("Idempotency-Key", "k-reused").contentType(ContentType.JSON)
                .body(BODY.replace("\"title\": \"", "\"title\": \"Another ")).post("/api/applications")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheSameApplication() {
        String first = given().auth().oauth2(ALICE).header("Idempotency-Key", "k-123").contentType(ContentType.JSON)
                .body(BODY).post("/api/applications").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(ALICE).header("Idempotency-Key", "k-123").contentType(ContentType.JSON)
                .body(BODY).post("/api/applications").then().statusCode(201).extract().path("id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void refusesAStaleIfMatch() {
        String id = create(ALICE, BODY);
        given().auth().oauth2(ALICE).header("If-Match", "\"999\"").post("/api/applications/{id}/submit", id)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void rejectsInvalidFieldsWithAFieldListOfPointersAndCreatesNothing() {
        int before = given().auth().oauth2(ALICE).get("/api/applications").then().extract().path("size()");
        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body("""
                        {"title": "%s",
                         "parties": [{"odsCode": "bad code", "icoRegistration": "nope"}],
                         "products": [{"datasets": [{"code": "HES_APC", "fromYear": 1900}]}]}""".formatted("x".repeat(201)))
                .post("/api/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("parties[0].odsCode"))
                .body("errors.pointer", hasItem("/parties/0/icoRegistration"))
                .body("errors.pointer", hasItem("/products/0/datasets/0/fromYear"))
                .body("detail", not(containsString("Exception")));
        given().auth().oauth2(ALICE).get("/api/applications").then().body("size()", equalTo(before));
    }

    @Test
    void rejectsDataSetsAndFieldsOutsideTheCatalogue() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body(BODY.replace("\"code\": \"HES_APC\"", "\"code\": \"NO_SUCH_SET\"")
                        .replace("\"name\": \"dod\"", "\"name\": \"no_such_field\""))
                .post("/api/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("products[0].datasets[0].code"))
                .body("errors.field", hasItem("products[0].datasets[1].fields[0].name"));
    }

    @Test
    void requiresACohortForABespokeProductBeforeSubmission() {
        String id = create(ALICE, BODY.replace("\"" + TestCohorts.ORG_A + "\"", "null"));
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id)
                .then().statusCode(400).body("errors.field", hasItem("cohortId"));
    }

    @Test
    void listsApplicationsAPageAtATime() {
        String bobs = Tokens.of("bob2", "ORG-P", "applicant");
        for (int i = 0; i < 3; i++) {
            create(bobs, BODY.replace(TestCohorts.ORG_A, UUID.randomUUID().toString()));
        }
        given().auth().oauth2(bobs).get("/api/applications?size=2").then().statusCode(200).body("size()", equalTo(2));
        given().auth().oauth2(bobs).get("/api/applications?size=2&page=1").then().body("size()", equalTo(1));
        given().auth().oauth2(bobs).get("/api/applications?size=500").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void answersMalformedJsonWithAProblem() {
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"title\": ")
                .post("/api/applications")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .body(BODY.replace("BESPOKE_EXTRACT", "EVERYTHING"))
                .post("/api/applications")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void hidesAnotherOrganisationsApplication() {
        String id = create(ALICE, BODY);
        given().auth().oauth2(BOB).get("/api/applications/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(BOB).post("/api/applications/{id}/submit", id).then().statusCode(404);
        given().auth().oauth2(BOB).get("/api/applications").then().body("id", not(hasItem(id)));
        given().auth().oauth2(CAROL).get("/api/applications/{id}", id).then().statusCode(200);
    }

    @Test
    void refusesCallersWithoutATokenOrTheRole() {
        given().get("/api/applications").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get("/api/applications").then().statusCode(401);
        given().get("/api/catalogue").then().statusCode(401);
        given().auth().oauth2(RITA).contentType(ContentType.JSON).body(BODY).post("/api/applications")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("eve", null, "applicant")).contentType(ContentType.JSON).body(BODY)
                .post("/api/applications").then().statusCode(403);
    }

    @Test
    void listsTheCatalogueWithEveryDataSetOfTheSeeds() {
        given().auth().oauth2(RITA).get("/api/catalogue")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(20))
                .body("code", hasItem("HES_APC"))
                .body("code", hasItem("DID"))
                .body("code", hasItem("ONS_MORTALITY"))
                .body("find { it.code == 'HES_APC' }.fields.name", hasItem("diag_01"))
                .body("find { it.code == 'HES_APC' }.fields", not(empty()));
    }

    @Test
    void learnsTheCohortsSizeFromLinkageServiceAndSubmitsOnlyOnceItIsRegistered() {
        String cohortId = UUID.randomUUID().toString();
        String id = create(ALICE, BODY.replace(TestCohorts.ORG_A, cohortId));
        given().auth().oauth2(ALICE).get("/api/applications/{id}", id).then().body("cohortSize", equalTo(0))
                .body("cohortId", equalTo(cohortId));
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(409)
                .contentType("application/problem+json");

        new TestKafka(kafka).sendEvent("cohort-registered", cohortId, EventContract.example("cohort-registered",
                "cohortId", cohortId, "organisationId", "ORG-A", "members", "7"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ALICE)
                .get("/api/applications/{id}", id).then().body("cohortSize", equalTo(7)));
        given().auth().oauth2(ALICE).post("/api/applications/{id}/submit", id).then().statusCode(200)
                .body("cohortSize", equalTo(7));
    }

    @Test
    void refusesACohortAnotherOrganisationUploaded() {
        given().auth().oauth2(BOB).contentType(ContentType.JSON).body(BODY).post("/api/applications")
                .then().statusCode(400).body("errors.field", hasItem("cohortId"));
    }

    /** The separation principle, checked on the schema itself: identifiers live in linkage-service alone. */
    @Test
    void keepsNoColumnThatCouldHoldAnIdentifier() {
        List<String> columns = QuarkusTransaction.requiringNew().call(() -> CohortSummary.getEntityManager()
                .createNativeQuery("select table_name || '.' || column_name from information_schema.columns"
                        + " where table_schema = 'applications'").getResultList().stream().map(Object::toString)
                .toList());
        assertThat(columns).isNotEmpty().noneMatch(column -> column.matches(
                "(?i)[a-z_]+\\.(?!with_|remote_).*(nhs|birth|dob|postcode|address|forename|surname|given_name|family_name|local_id).*"));
    }
}
