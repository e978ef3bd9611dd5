package org.opendars.approvals.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.approvals.TestCases;
import org.opendars.testing.EventContract;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.TestKafka;
import org.opendars.testing.Tokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A case from submission to decision: returns and resubmissions, checks that block, the panel, the clock, quotes. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class AssessmentFlowTest {

    static final String CAROL = TestAgreements.CAROL;
    static final String DAVE = TestAgreements.DAVE;
    static final String ALICE = Tokens.of("alice", "ORG-A", "applicant");
    static final String BOB = Tokens.of("bob", "ORG-B", "applicant");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** Submits the documented example with {@code edit} applied; the case id. */
    private String openCase(String applicationId, UnaryOperator<ObjectNode> edit) throws Exception {
        new TestKafka(bootstrap).sendEvent("application-submitted", applicationId,
                TestCases.submittedJson(applicationId, "alice", TestAgreements.today(), edit));
        return await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(CAROL)
                .get("/api/cases?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("[0].id"), id -> id != null);
    }

    private static void review(String caseId) {
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body("{\"recommendation\": \"APPROVE\", \"notes\": \"meets the standards\"}")
                .post("/api/cases/{id}/review", caseId).then().statusCode(200);
    }

    @Test
    void returnsACaseWithQuestionsAndResumesTheSameCaseOnResubmission() throws Exception {
        String applicationId = UUID.randomUUID().toString();
        String caseId = openCase(applicationId, e -> e);
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).body("{\"questions\": []}")
                .post("/api/cases/{id}/return", caseId).then().statusCode(400);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body("{\"questions\": [\"?\"]}")
                .post("/api/cases/{id}/return", caseId).then().statusCode(403);
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body("{\"questions\": [\"Why are operation codes needed for every episode?\"]}")
                .post("/api/cases/{id}/return", caseId).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("clock.paused", equalTo(true));

        TestKafka broker = new TestKafka(bootstrap);
        ConsumerRecord<String, byte[]> returned = broker.awaitRecord("application-returned",
                r -> applicationId.equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("application-returned", TestKafka.body(returned));
        assertThat(TestKafka.body(returned)).contains("\"round\":1").contains("operation codes");

        given().auth().oauth2(ALICE).get("/api/assessments/{id}", applicationId).then().statusCode(200)
                .body("[0].status", equalTo("RETURNED"))
                .body("[0].returns[0].questions[0]", containsString("operation codes"))
                .body("[0].clock.paused", equalTo(true))
                .body("[0].quote.totalPence", greaterThan(0));
        given().auth().oauth2(BOB).get("/api/assessments/{id}", applicationId).then().statusCode(404);

        String resubmitted = EventContract.example("application-resubmitted", "applicationId", applicationId);
        broker.sendEvent("application-resubmitted", applicationId, resubmitted);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(CAROL)
                .get("/api/cases/{id}", caseId).then().body("status", equalTo("OPEN"))
                .body("submissions", equalTo(2))
                .body("returns[0].to", org.hamcrest.Matchers.notNullValue())
                .body("clock.paused", equalTo(false)));
        // The same resubmission again is a no-op: the case stays open with its one round.
        broker.sendEvent("application-resubmitted", applicationId, resubmitted);
        given().auth().oauth2(CAROL).get("/api/cases?applicationId={id}", applicationId).then()
                .body("size()", equalTo(1)).body("[0].returns.size()", equalTo(1));
    }

    @Test
    void blocksApprovalOnAFailingCheckUntilTheApproverOverridesItWithAReason() throws Exception {
        String applicationId = UUID.randomUUID().toString();
        String caseId = openCase(applicationId, e -> {
            ((ObjectNode) e.at("/form/legalBasis")).put("cagExpiry", "2020-01-31");
            return e;
        });
        given().auth().oauth2(CAROL).get("/api/cases/{id}", caseId).then()
                .body("checks.find { it.rule == 'CAG_SUPPORT' }.outcome", equalTo("FAIL"))
                .body("checks.find { it.rule == 'CAG_SUPPORT' }.source", containsString("7b"));
        review(caseId);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"fine\"}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(409)
                .body("detail", containsString("CAG_SUPPORT"));
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"fine\", \"overrides\": [{\"check\": \"TERM\", \"reason\": \"x\"}]}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(400);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"fine\", \"overrides\": [{\"check\": \"CAG_SUPPORT\"}]}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(400);
        given().auth().oauth2(CAROL).get("/api/cases/{id}", caseId).then().body("status", equalTo("REVIEWED"));

        TestAgreements.supportedByThePanel(caseId);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"fine\", \"overrides\": [{\"check\": \"CAG_SUPPORT\","
                        + " \"reason\": \"CAG confirmed the renewal in writing\"}]}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("overrides[0].by", equalTo("dave"));
        TestAgreements.agreementOf(applicationId).getList("conditions", String.class).stream()
                .filter(c -> c.contains("CAG_SUPPORT") && c.contains("CAG confirmed the renewal in writing"))
                .findFirst().orElseThrow();
    }

    @Test
    void needsThePanelsSupportForIdentifiableDataAndCarriesItsConditionsIntoTheAgreement() throws Exception {
        String applicationId = UUID.randomUUID().toString();
        String caseId = openCase(applicationId, e -> {
            ((ObjectNode) e.at("/catalogue/0/fields/1")).put("identifiability", "DIRECT");
            return e;
        });
        given().auth().oauth2(CAROL).get("/api/cases/{id}", caseId).then().body("panelRequired", equalTo(true))
                .body("panelReasons[0]", containsString("identifiable data"));
        review(caseId);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"reason\": \"ok\"}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(409)
                .body("detail", containsString("advisory panel"));

        String meeting = TestPanel.schedule();
        String item = TestPanel.list(meeting, caseId);
        String path = "/api/panel/meetings/{id}/items/{item}/";
        TestPanel.post(PanelResourceTest.CLINICIAN, "{\"interest\": \"I advise the trial\"}", path + "declarations",
                meeting, item).then().statusCode(200);
        TestPanel.post(PanelResourceTest.CLINICIAN, "{\"recommendation\": \"SUPPORTED\"}", path + "votes", meeting, item)
                .then().statusCode(409);
        String conditional = "{\"recommendation\": \"SUPPORTED_WITH_CONDITIONS\","
                + " \"conditions\": [\"Report results to the trial's participants\"]}";
        TestPanel.post(TestPanel.CHAIR, conditional, path + "votes", meeting, item).then().statusCode(200);
        TestPanel.post(PanelResourceTest.LAY, conditional, path + "votes", meeting, item).then().statusCode(200);
        TestPanel.post(PanelResourceTest.TECHNOLOGIST, "{\"recommendation\": \"SUPPORTED\"}", path + "votes", meeting,
                item).then().statusCode(200);
        TestPanel.post(TestPanel.CHAIR, "{}", path + "conclusion", meeting, item).then().statusCode(200)
                .body("recommendation", equalTo("SUPPORTED_WITH_CONDITIONS"));

        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"reason\": \"ok\"}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(200);
        var agreement = TestAgreements.agreementOf(applicationId);
        assertThat(agreement.getList("conditions", String.class))
                .contains("Advisory panel: Report results to the trial's participants");
        String document = given().auth().oauth2(DAVE).get("/api/agreements/{id}/document", agreement.getString("id"))
                .then().statusCode(200).extract().asString();
        assertThat(document).contains("Charges").contains("2019-20 to 2024-25").contains("aged 18 to any")
                .contains("Northshire University (X9A01)");
    }

    @Test
    void issuesAnApprovedAmendmentAsTheNextVersionOfTheSameAgreementAndRefusesOneWithoutEndingIt() throws Exception {
        String applicationId = UUID.randomUUID().toString();
        TestAgreements flow = new TestAgreements(bootstrap);
        var first = flow.approve(applicationId);
        UnaryOperator<ObjectNode> amendment = e -> {
            e.put("version", 2).put("kind", "AMENDMENT");
            ((ObjectNode) e.get("form")).put("title", "Readmission, mortality and length of stay after hip replacement");
            return e;
        };
        String caseId = await().atMost(Duration.ofSeconds(20)).until(() -> {
            new TestKafka(bootstrap).sendEvent("application-submitted", applicationId,
                    TestCases.submittedJson(applicationId, "alice", TestAgreements.today(), amendment));
            return given().auth().oauth2(CAROL).get("/api/cases?applicationId={id}", applicationId).then()
                    .extract().<String>path("find { it.applicationVersion == 2 }.id");
        }, id -> id != null);
        given().auth().oauth2(CAROL).get("/api/cases/{id}", caseId).then().body("kind", equalTo("AMENDMENT"))
                .body("quote.lines[0].item", equalTo("CHANGE_OF_AGREEMENT"));
        review(caseId);
        TestAgreements.supportedByThePanel(caseId);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"the longer stay is justified\"}")
                .post("/api/cases/{id}/decision", caseId).then().statusCode(200);
        var second = TestAgreements.agreementOf(applicationId);
        assertThat(second.getString("reference")).isEqualTo(first.getString("reference"));
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(second.getString("kind")).isEqualTo("AMENDMENT");
        assertThat(second.getInt("applicationVersion")).isEqualTo(2);
        assertThat(second.getList("changes.field", String.class)).contains("title");

        // A third version refused: the rejection says it leaves the agreement in force.
        String refused = await().atMost(Duration.ofSeconds(20)).until(() -> {
            new TestKafka(bootstrap).sendEvent("application-submitted", applicationId,
                    TestCases.submittedJson(applicationId, "alice", TestAgreements.today(), e -> {
                        e.put("version", 3).put("kind", "EXTENSION");
                        return e;
                    }));
            return given().auth().oauth2(CAROL).get("/api/cases?applicationId={id}", applicationId).then()
                    .extract().<String>path("find { it.applicationVersion == 3 }.id");
        }, id -> id != null);
        review(refused);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"REJECT\", \"reason\": \"no case for a longer term\"}")
                .post("/api/cases/{id}/decision", refused).then().statusCode(200);
        ConsumerRecord<String, byte[]> rejected = new TestKafka(bootstrap).awaitRecord("application-rejected",
                r -> applicationId.equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("application-rejected", TestKafka.body(rejected));
        assertThat(TestKafka.body(rejected)).contains("\"versionOnly\":true");
        assertThat(TestAgreements.agreementOf(applicationId).getInt("version")).isEqualTo(2);
    }

    @Test
    void quotesADraftFormAndListsThePrices() throws Exception {
        String form = TestCases.JSON.readTree(EventContract.example("application-submitted")).get("form").toString();
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"form\": " + form + "}")
                .post("/api/charges/quote").then().statusCode(200)
                .body("lines.item", hasItem("NEW_APPLICATION")).body("lines.item", hasItem("DATASET_YEAR"))
                .body("totalPence", greaterThan(100000)).body("currency", equalTo("GBP"));
        given().auth().oauth2(ALICE).contentType(ContentType.JSON).body("{\"form\": " + form + ", \"kind\": \"BOGUS\"}")
                .post("/api/charges/quote").then().statusCode(400);
        given().auth().oauth2(ALICE).get("/api/charges/prices").then().statusCode(200)
                .body("item", hasItem("DISSEMINATION"));
    }

    @Test
    void reportsCasesByStageAndBreachesAsMetrics() {
        given().auth().oauth2(TestAgreements.AUDITOR).get("/q/metrics").then().statusCode(200)
                .body(containsString("dars_cases{stage=\"OPEN\"")).body(containsString("dars_cases_breached"));
    }
}
