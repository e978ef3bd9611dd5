package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.testing.EventContract;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.LogCapture;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.TestKafka;
import org.opendars.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class CohortUploadTest {

    static final String ALICE = Tokens.of("alice", "ORG-A", "applicant");
    static final String BOB = Tokens.of("bob", "ORG-B", "applicant");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static Response upload(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv).post("/api/cohorts");
    }

    @Test
    void takesInACohortForTheApplicantsOrganisationAndAnnouncesOnlyItsCounts() {
        String id = upload(ALICE, TestCohorts.demoCohortFile()).then().statusCode(201)
                .header("Location", containsString("/api/cohorts/"))
                .body("organisationId", equalTo("ORG-A")).body("members", equalTo(22))
                .body("deleted", equalTo(false)).extract().path("id");

        ConsumerRecord<String, byte[]> record = new TestKafka(bootstrap)
                .awaitRecord("cohort-registered", r -> id.equals(r.key()), Duration.ofSeconds(20));
        String body = TestKafka.body(record);
        EventContract.assertValid("cohort-registered", body);
        assertThat(body).doesNotContain("4003141873").doesNotContain("STUDY-");
        given().auth().oauth2(BOB).get("/api/cohorts/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("rita", "ORG-A", "recipient")).contentType("text/csv")
                .body(TestCohorts.demoCohortFile()).post("/api/cohorts").then().statusCode(403);
    }

    @Test
    void refusesEveryUnusableValueByLineAndColumnWithoutEchoingItOrLoggingIt() {
        String csv = """
                localId,nhsNumber,dateOfBirth,sex,postcode
                P1,9434765919,1950-03-02,1,LS1 4AP
                P2,1234567890,1961-11-30,2,M1 1AA
                P3,0000000000,1961-11-30,2,M1 1AA
                P4,,2020-13-45,1,
                P5,,2999-01-01,1,
                P1,,1970-05-05,9,
                4010232137,,1980-01-01,1,
                =HYPERLINK("http://x"),,1980-01-01,3,
                """;
        String body;
        List<String> logged;
        try (LogCapture capture = LogCapture.start()) {
            body = upload(ALICE, csv).then().statusCode(400).contentType("application/problem+json").extract()
                    .asString();
            logged = capture.lines();
        }
        assertThat(body).contains("line 3, column 2 (nhsNumber)", "line 4, column 2 (nhsNumber)",
                "line 5, column 3 (dateOfBirth)", "line 6, column 3 (dateOfBirth): date of birth is in the future",
                "line 7, column 1 (localId): the local id repeats the one on line 2",
                "line 8, column 1 (localId): the local id is a valid NHS number", "line 9, column 4 (sex)");
        for (String value : List.of("1234567890", "0000000000", "2020-13-45", "2999-01-01", "4010232137", "HYPERLINK")) {
            assertThat(body).doesNotContain(value);
            assertThat(logged).noneMatch(line -> line.contains(value));
        }
        given().auth().oauth2(Tokens.staff("aud", "auditor")).get("/api/admin/audit").then().statusCode(200);
    }

    @Test
    void answersARepeatedUploadWithItsFirstCohortAndRefusesAnotherFileUnderTheSameKey() {
        String key = "cohort-" + java.util.UUID.randomUUID();
        String first = given().auth().oauth2(ALICE).header("Idempotency-Key", key).contentType("text/csv")
                .body(TestCohorts.demoCohortFile()).post("/api/cohorts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ALICE).header("Idempotency-Key", key).contentType("text/csv")
                .body(TestCohorts.demoCohortFile()).post("/api/cohorts").then().statusCode(201).body("id", equalTo(first));
        given().auth().oauth2(ALICE).header("Idempotency-Key", key).contentType("text/csv")
                .body("localId,nhsNumber\nP1,9434765919\n").post("/api/cohorts").then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(BOB).header("Idempotency-Key", key).contentType("text/csv")
                .body(TestCohorts.demoCohortFile()).post("/api/cohorts").then().statusCode(201)
                .body("id", org.hamcrest.Matchers.not(equalTo(first)));
    }

    @Test
    void refusesAFileWithoutALocalIdOrAnIdentifierAndOneWithUnknownColumns() {
        upload(ALICE, "nhsNumber\n9434765919\n").then().statusCode(400).body(containsString("no localId column"));
        upload(ALICE, "localId\nP1\n").then().statusCode(400).body(containsString("no identifier"));
        upload(ALICE, "localId,nhsNumber,surname\nP1,9434765919,Smith\n").then().statusCode(400)
                .body(containsString("column 3 of the header"));
        upload(ALICE, "localId,nhsNumber\n").then().statusCode(400).body(containsString("no members"));
    }
}
