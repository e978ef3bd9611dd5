package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.testing.AccessMatrix;
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
class AccessPolicyTest {

    private static final String MAYA = Tokens.staff("maya", "data-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private String completedRun;

    @Test
    void answersEveryOperationAsTheDeclaredAccessPolicySays() {
        assertEquals(List.of(), AccessMatrix.findings("/access-policy.txt", this::pathValues,
                operation -> operation.equals("POST /api/cohorts")
                        ? AccessMatrix.Body.csv(TestCohorts.demoCohortFile()) : null));
    }

    private Map<String, String> pathValues(String operation) {
        if (operation.startsWith("GET /api/admin/dead-letters/") || operation.contains("/replay")) {
            return Map.of("id", "999999999");
        }
        if (operation.contains("/api/bespoke-linkages/")) {
            try {
                String id = BespokeLinkageTest.upload(AccessMatrix.OWN, BespokeLinkageTest.customerFile());
                BespokeLinkageTest.awaitCompleted(id);
                return Map.of("id", id);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (operation.startsWith("GET /api/releases/")) {
            String release = "R" + UUID.randomUUID().toString().substring(0, 8);
            try {
                ReleaseLinkageTest.ingest(release, ReleaseLinkageTest.identifiers()).then().statusCode(202);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Map.of("datasetCode", "DID", "releaseId", release);
        }
        if (operation.startsWith("POST /api/releases/")) {
            return Map.of("datasetCode", "DID", "releaseId", "R" + UUID.randomUUID().toString().substring(0, 8));
        }
        if (operation.startsWith("GET /api/pseudonym-keys/") && operation.endsWith("/mapping")) {
            int version = given().auth().oauth2(MAYA).post("/api/pseudonym-keys/{org}/rotations", AccessMatrix.OWN)
                    .then().statusCode(201).extract().path("version");
            return Map.of("organisationId", AccessMatrix.OWN, "version", Integer.toString(version));
        }
        if (operation.contains("/api/pseudonym-keys/")) {
            return Map.of("organisationId", AccessMatrix.OWN);
        }
        if (operation.startsWith("GET /api/cohorts/")) {
            return Map.of("id", TestCohorts.upload(AccessMatrix.OWN));
        }
        return Map.of("id", completedRun());
    }

    /** A completed linkage run of an approved application of the fixture's organisation. */
    private String completedRun() {
        if (completedRun == null) {
            String applicationId = UUID.randomUUID().toString();
            new TestKafka(bootstrap).sendEvent("agreement-activated", applicationId, EventContract.example(
                    "agreement-activated", "applicationId", applicationId, "organisationId", AccessMatrix.OWN,
                    "cohortId", TestCohorts.upload(AccessMatrix.OWN)));
            completedRun = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MAYA)
                    .get("/api/linkage-runs?applicationId={id}", applicationId).then().statusCode(200)
                    .extract().<String>path("find { it.status == 'COMPLETED' }.id"), id -> id != null);
        }
        return completedRun;
    }
}
