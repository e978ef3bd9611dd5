package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

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
class ReleaseLinkageTest {

    static final String MAYA = Tokens.staff("maya", "data-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A release's identifier file: the demo cohort's people as the records of a new imaging release. */
    static String identifiers() throws Exception {
        List<String> rows = Files.readAllLines(TestCohorts.demoCohort());
        StringBuilder file = new StringBuilder("RECORD_ID,NHS_NO,DOB,SEX,POSTCODE\n");
        // The people the index does not hold are left out: a release's unmatched records found persons, and the
        // demo cohort's outsiders must stay outsiders for the other tests.
        rows.stream().skip(1).filter(row -> !row.startsWith("STUDY-02")).forEach(row -> file.append(row.replace("STUDY-", "DIDR-"))
                .append('\n'));
        return file.toString();
    }

    static io.restassured.response.Response ingest(String release, String file) {
        return given().auth().oauth2(MAYA).contentType("text/csv").body(file)
                .queryParam("recordId", "RECORD_ID").queryParam("nhsNumber", "NHS_NO")
                .queryParam("dateOfBirth", "DOB").queryParam("sex", "SEX").queryParam("postcode", "POSTCODE")
                .post("/api/releases/DID/{release}/identifiers", release);
    }

    @Test
    void linksAReleasesRecordsToThePersonIndexAndAnnouncesIt() throws Exception {
        ingest("2026-10", identifiers()).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MAYA)
                .get("/api/releases/DID/2026-10").then().body("status", equalTo("COMPLETED")));
        given().auth().oauth2(MAYA).get("/api/releases/DID/2026-10").then()
                .body("source", equalTo("RELEASE"))
                .body("cohortSize", equalTo(19))
                .body("matched", equalTo(19))
                .body("personsAdded", equalTo(0))
                .body("resultRows", equalTo(19))
                .body("matchesByRank.'1'", equalTo(13));

        ConsumerRecord<String, byte[]> record = new TestKafka(bootstrap)
                .awaitRecord("release-linked", r -> "DID:2026-10".equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("release-linked", TestKafka.body(record));
        assertThat(EventContract.parse(TestKafka.body(record)).get("linkedBy").asText()).isEqualTo("maya");
    }

    @Test
    void refusesTheSameVersionOfAReleaseFromAnotherFile() throws Exception {
        ingest("2026-11", identifiers()).then().statusCode(202);
        ingest("2026-11", identifiers().replace("DIDR-001", "DIDR-901")).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsABadReleaseAndNonDataManagers() throws Exception {
        given().auth().oauth2(MAYA).contentType("text/csv").body(identifiers())
                .post("/api/releases/not-a-code/2026-12/identifiers").then().statusCode(400);
        given().auth().oauth2(Tokens.staff("carol", "case-officer")).contentType("text/csv").body(identifiers())
                .post("/api/releases/DID/2026-12/identifiers").then().statusCode(403);
        given().auth().oauth2(MAYA).get("/api/releases/DID/never").then().statusCode(404);
    }
}
