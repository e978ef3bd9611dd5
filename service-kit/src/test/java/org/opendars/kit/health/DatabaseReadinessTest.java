package org.opendars.kit.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class DatabaseReadinessTest {

    @Test
    void reportsTheDatabaseWithoutNamingAHostPortOrError() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body(not(containsString("5432")))
                .body(not(containsString("jdbc:")))
                .body(not(containsString("127.0.0.1")));
    }
}
