package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

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

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class OptOutTest {

    static final String MAYA = Tokens.staff("maya", "data-manager");
    static final String SERVICE = Tokens.service("extract-service");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** Runs an application of ORG-A for the cohort under the given basis; returns the completed run's id. */
    private String approve(String cohortFile, String commonLawBasis) {
        String applicationId = UUID.randomUUID().toString();
        String cohortId = TestCohorts.upload("ORG-A", cohortFile);
        new TestKafka(bootstrap).sendEvent("agreement-activated", applicationId, EventContract.example(
                "agreement-activated", "applicationId", applicationId, "organisationId", "ORG-A", "cohortId", cohortId,
                "commonLawBasis", commonLawBasis));
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MAYA)
                .get("/api/linkage-runs?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("find { it.status == 'COMPLETED' }.id"), id -> id != null);
    }

    @Test
    void removesPeopleWhoOptedOutUnlessTheLegalBasisIsExemptAndCountsThemNeverNamesThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String staying = TestCohorts.freshNhsNumber();
        String leaving = TestCohorts.freshNhsNumber();
        // Two people of the custodian's own data, found by a release of their records.
        PersonIndexTest.linked("HES_APC", "optout-" + tag, "recordId,nhsNumber,dateOfBirth,sex,postcode\n"
                + "O-" + tag + "-1," + staying + ",1910-03-04,1,LS1 2AB\n"
                + "O-" + tag + "-2," + leaving + ",1911-05-06,2,LS1 3CD\n");
        given().auth().oauth2(MAYA).contentType("text/csv").body("nhs_number\n" + leaving + "\n")
                .put("/api/opt-outs").then().statusCode(200).body("entries", equalTo(1))
                .body("loadedBy", equalTo("maya"));
        String cohort = "localId,nhsNumber,dateOfBirth,sex,postcode\nS-1," + staying + ",1910-03-04,1,LS1 2AB\n"
                + "S-2," + leaving + ",1911-05-06,2,LS1 3CD\n";

        String applied = approve(cohort, "S251_SUPPORT");
        given().auth().oauth2(MAYA).get("/api/linkage-runs/{id}", applied).then()
                .body("optOutsApplied", equalTo(true)).body("optedOut", equalTo(1)).body("matched", equalTo(2));
        String results = given().auth().oauth2(SERVICE).get("/internal/linkage-runs/{id}/results", applied).then()
                .extract().asString();
        assertThat(results).contains(",S-1,").doesNotContain(",S-2,");
        ConsumerRecord<String, byte[]> completed = new TestKafka(bootstrap).awaitRecord("linkage-completed",
                r -> TestKafka.body(r).contains(applied), Duration.ofSeconds(20));
        EventContract.assertValid("linkage-completed", TestKafka.body(completed));
        assertThat(EventContract.parse(TestKafka.body(completed)).get("optedOut").asLong()).isEqualTo(1);
        assertThat(TestKafka.body(completed)).doesNotContain(leaving);

        String consented = approve(cohort, "CONSENT");
        given().auth().oauth2(MAYA).get("/api/linkage-runs/{id}", consented).then()
                .body("optOutsApplied", equalTo(false)).body("optOutExemption", containsString("consent"));
        assertThat(given().auth().oauth2(SERVICE).get("/internal/linkage-runs/{id}/results", consented).then()
                .extract().asString()).contains(",S-1,").contains(",S-2,");
    }

    @Test
    void refusesAListWithABadNumberAndKeepsTheOneInForce() {
        given().auth().oauth2(MAYA).contentType("text/csv").body("nhs_number\n" + TestCohorts.freshNhsNumber() + "\n")
                .put("/api/opt-outs").then().statusCode(200);
        int version = given().auth().oauth2(MAYA).get("/api/opt-outs").then().statusCode(200)
                .body("entries", equalTo(1)).body("$", not(org.hamcrest.Matchers.hasKey("nhsNumbers")))
                .extract().path("version");
        given().auth().oauth2(MAYA).contentType("text/csv").body("nhs_number\n1234\n" + TestCohorts.freshNhsNumber() + "\n")
                .put("/api/opt-outs").then().statusCode(400)
                .body("errors[0].message", containsString("first on line 2"))
                .body("errors[0].message", not(containsString("1234")));
        given().auth().oauth2(MAYA).contentType("text/csv").body("number\n9434765919\n").put("/api/opt-outs").then()
                .statusCode(400);
        given().auth().oauth2(MAYA).get("/api/opt-outs").then().body("version", equalTo(version));
        given().auth().oauth2(Tokens.staff("aud", "auditor")).contentType("text/csv").body("nhs_number\n")
                .put("/api/opt-outs").then().statusCode(403);
        given().auth().oauth2(Tokens.of("rita", "ORG-A", "recipient")).get("/api/opt-outs").then().statusCode(403);
    }
}
