package org.opendars.approvals.api;

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

    private static final String OFFICER = Tokens.staff("officer", "case-officer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void answersEveryOperationAsTheDeclaredAccessPolicySays() {
        assertEquals(List.of(), AccessMatrix.findings("/access-policy.txt", this::pathValues, operation -> {
            if (operation.endsWith("/review")) {
                return AccessMatrix.Body.json("{\"recommendation\": \"APPROVE\", \"notes\": \"meets the standards\"}");
            }
            if (operation.endsWith("/decision")) {
                return AccessMatrix.Body.json("{\"decision\": \"APPROVE\", \"reason\": \"meets the standards\"}");
            }
            return null;
        }));
    }

    /** Each operation gets an open case of its own, opened as a submitted application opens one. */
    private Map<String, String> pathValues(String operation) {
        if (operation.startsWith("GET /api/admin/dead-letters/") || operation.contains("/replay")) {
            return Map.of("id", "999999999");
        }
        String applicationId = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("application-submitted", applicationId,
                EventContract.example("application-submitted", "applicationId", applicationId));
        String caseId = await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(OFFICER)
                .get("/api/cases?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("[0].id"), id -> id != null);
        return Map.of("id", caseId);
    }
}
