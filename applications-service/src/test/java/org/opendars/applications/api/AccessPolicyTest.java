package org.opendars.applications.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opendars.testing.AccessMatrix;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class AccessPolicyTest {

    private static final String OWNER = Tokens.of("owner", AccessMatrix.OWN, "applicant");

    @Test
    void answersEveryOperationAsTheDeclaredAccessPolicySays() {
        assertEquals(List.of(), AccessMatrix.findings("/access-policy.txt", this::pathValues,
                operation -> switch (operation) {
                    case "POST /api/applications", "PUT /api/applications/{id}" ->
                            AccessMatrix.Body.json(ApplicationResourceTest.BODY);
                    case "POST /api/applications/{id}/answers" ->
                            AccessMatrix.Body.json("{\"answers\": [{\"question\": 1, \"answer\": \"yes\"}]}");
                    case "POST /api/applications/{id}/versions" ->
                            AccessMatrix.Body.json("{\"kind\": \"AMENDMENT\", \"reason\": \"more years\"}");
                    default -> null;
                }));
    }

    /** Each operation gets a submitted application of its own, so one caller's submit or withdraw cannot skew the next. */
    private Map<String, String> pathValues(String operation) {
        if (operation.startsWith("GET /api/admin/dead-letters/") || operation.contains("/replay")) {
            return Map.of("id", "999999999");
        }
        if (operation.contains("/api/organisations")) {
            return Map.of("odsCode", "X9A01");
        }
        String id = ApplicationResourceTest.create(OWNER, ApplicationResourceTest.BODY);
        String attachmentId = ApplicationLifecycleTest.attachPdf(OWNER, id, "PROTOCOL");
        if (!operation.endsWith("/submit")) {
            given().auth().oauth2(OWNER).post("/api/applications/{id}/submit", id).then().statusCode(200);
        }
        return Map.of("id", id, "version", "1", "attachmentId", attachmentId);
    }
}
