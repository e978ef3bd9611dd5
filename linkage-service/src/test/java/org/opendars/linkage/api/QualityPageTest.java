package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.UUID;

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
class QualityPageTest {

    static final String MAYA = Tokens.staff("maya", "data-manager");
    static final String PAGE = "/api/linkage-runs/{id}/quality.html";
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A completed run of a new application of ORG-A, linking the demo cohort. */
    private String completedRun() {
        String applicationId = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("agreement-activated", applicationId, EventContract.example(
                "agreement-activated", "applicationId", applicationId, "organisationId", "ORG-A",
                "cohortId", TestCohorts.upload("ORG-A")));
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MAYA)
                .get("/api/linkage-runs?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("find { it.status == 'COMPLETED' }.id"), id -> id != null);
    }

    @Test
    void servesTheQualityReportAsAPageThatMayRunAndFetchNothing() {
        String runId = completedRun();

        given().auth().oauth2(MAYA).accept("text/html").get(PAGE, runId).then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(startsWith("<!DOCTYPE html>"))
                .body(containsString("<h1>Linkage run " + runId + "</h1>"))
                .body(containsString("Match rate per rank"))
                .body(not(containsString("<script")));
    }

    @Test
    void hidesTheQualityPageFromAnotherOrganisationAndFromCallersWithoutAToken() {
        String runId = completedRun();

        given().auth().oauth2(Tokens.of("rita", "ORG-A", "recipient")).get(PAGE, runId)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.of("rob", "ORG-B", "recipient")).get(PAGE, runId)
                .then().statusCode(404);
        given().get(PAGE, runId).then().statusCode(401);
        given().auth().oauth2(MAYA).get(PAGE, UUID.randomUUID()).then()
                .statusCode(404);
    }
}
