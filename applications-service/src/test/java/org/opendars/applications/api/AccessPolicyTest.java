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
                operation -> operation.equals("POST /api/applications")
                        ? AccessMatrix.Body.json(ApplicationResourceTest.BODY) : null));
    }

    /** Each operation gets a submitted application of its own, so one caller's submit or withdraw cannot skew the next. */
    private Map<String, String> pathValues(String operation) {
        if (operation.startsWith("GET /api/admin/dead-letters/") || operation.contains("/replay")) {
            return Map.of("id", "999999999");
        }
        String id = ApplicationResourceTest.create(OWNER, ApplicationResourceTest.BODY);
        if (!operation.endsWith("/submit")) {
            given().auth().oauth2(OWNER).post("/api/applications/{id}/submit", id).then().statusCode(200);
        }
        return Map.of("id", id);
    }
}
