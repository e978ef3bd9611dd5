package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class PersonIndexTest {

    static final String MAYA = Tokens.staff("maya", "data-manager");
    static final String SERVICE = Tokens.service("extract-service");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** Someone born before any demo person, so no fixture shares the date of birth. */
    private static String earlyBirthday() {
        return String.format("19%02d-%02d-%02d", ThreadLocalRandom.current().nextInt(0, 25),
                ThreadLocalRandom.current().nextInt(1, 13), ThreadLocalRandom.current().nextInt(1, 29));
    }

    static JsonPath linked(String dataset, String release, String file) {
        given().auth().oauth2(MAYA).contentType("text/csv").body(file)
                .post("/api/releases/{d}/{r}/identifiers", dataset, release).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MAYA)
                .get("/api/releases/{d}/{r}", dataset, release).then().body("status", equalTo("COMPLETED")));
        return given().auth().oauth2(MAYA).get("/api/releases/{d}/{r}", dataset, release).then().extract().jsonPath();
    }

    private String approve(String organisation, String cohortFile) {
        String applicationId = UUID.randomUUID().toString();
        String cohortId = TestCohorts.upload(organisation, cohortFile);
        new TestKafka(bootstrap).sendEvent("agreement-activated", applicationId, EventContract.example(
                "agreement-activated", "applicationId", applicationId, "organisationId", organisation,
                "cohortId", cohortId));
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MAYA)
                .get("/api/linkage-runs?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("find { it.status == 'COMPLETED' }.id"), id -> id != null);
    }

    @Test
    void foundsPersonsForUnmatchedRecordsMergesTheSameAndTellsTheirRecipientsTheNewPseudonyms() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String nhs = TestCohorts.freshNhsNumber();
        String born = earlyBirthday();
        int before = given().auth().oauth2(MAYA).get("/api/person-index").then().statusCode(200)
                .extract().path("version");

        // X twice (moved house), Y without an NHS number, and a record too thin to found anyone.
        JsonPath first = linked("HES_APC", "found-" + tag, "recordId,nhsNumber,dateOfBirth,sex,postcode\n"
                + "A-" + tag + "-1," + nhs + "," + born + ",1,LS6 1AA\n"
                + "A-" + tag + "-2," + nhs + "," + born + ",1,LS6 9ZZ\n"
                + "A-" + tag + "-3,," + born + ",1,M1 2BB\n"
                + "A-" + tag + "-4,,,2,\n");
        assertThat(first.getInt("personsAdded")).isEqualTo(2);
        assertThat(first.getInt("matched")).isEqualTo(3);
        assertThat(first.getInt("unmatched")).isEqualTo(1);
        assertThat(first.getInt("matchesByRank.'0'")).isEqualTo(3);
        assertThat(first.getInt("personIndexVersion")).isGreaterThan(before);

        // Y reaches an organisation by its date of birth, sex and postcode.
        String organisation = "ORG-P" + tag;
        String run = approve(organisation, "localId,nhsNumber,dateOfBirth,sex,postcode\nY-1,," + born + ",1,M1 2BB\n");
        String results = given().auth().oauth2(SERVICE).get("/internal/linkage-runs/{id}/results", run).then()
                .statusCode(200).extract().asString();
        String yPseudonym = results.lines().skip(1).findFirst().orElseThrow().split(",")[0];

        // A record with X's NHS number and Y's date of birth, sex and postcode: they are one person.
        JsonPath second = linked("HES_APC", "merge-" + tag, "recordId,nhsNumber,dateOfBirth,sex,postcode\n"
                + "B-" + tag + "-1," + nhs + "," + born + ",1,M1 2BB\n");
        assertThat(second.getInt("personsMerged")).isEqualTo(1);
        assertThat(second.getInt("matchesByRank.'2'")).isEqualTo(1);
        ConsumerRecord<String, byte[]> event = new TestKafka(bootstrap).awaitRecord("release-linked",
                r -> ("HES_APC:merge-" + tag).equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("release-linked", TestKafka.body(event));

        List<Map<String, Object>> changes = given().auth().oauth2(MAYA)
                .get("/api/person-index/changes?sinceVersion={v}", before).then().statusCode(200)
                .extract().path("findAll { it.kind == 'MERGE' && it.recordsMoved == 1 }");
        assertThat(changes).isNotEmpty();

        String mapping = given().auth().oauth2(Tokens.of("rita", organisation, "recipient"))
                .get("/api/pseudonym-changes").then().statusCode(200).extract().asString();
        assertThat(mapping.lines().toList()).hasSize(2).first().isEqualTo(
                "old_pseudonym,new_pseudonym,change,index_version,changed_at");
        String[] line = mapping.lines().toList().get(1).split(",");
        assertThat(line[0]).isEqualTo(yPseudonym);
        assertThat(line[1]).matches("[0-9a-f]{32}").isNotEqualTo(yPseudonym);
        assertThat(line[2]).isEqualTo("MERGE");
        assertThat(given().auth().oauth2(Tokens.of("rob", "ORG-B", "recipient")).get("/api/pseudonym-changes")
                .then().statusCode(200).extract().asString()).doesNotContain(yPseudonym);
        given().auth().oauth2(MAYA).get("/api/pseudonym-changes").then().statusCode(403);

        // Y's own record goes back to a person of its own when a data manager splits it out.
        String x = changes.get(changes.size() - 1).get("newPersonId").toString();
        given().auth().oauth2(MAYA).contentType("application/json")
                .body(Map.of("datasetCode", "HES_APC", "recordIds", List.of("A-" + tag + "-3"), "reason", "review"))
                .post("/api/person-index/persons/{p}/split", x).then().statusCode(200)
                .body("kind", equalTo("SPLIT")).body("recordsMoved", equalTo(1)).body("oldPersonId", equalTo(x));
        given().auth().oauth2(MAYA).contentType("application/json")
                .body(Map.of("datasetCode", "HES_APC", "recordIds", List.of("A-" + tag + "-3"), "reason", "again"))
                .post("/api/person-index/persons/{p}/split", x).then().statusCode(409);
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    /** A restart loads the demo seed again over an index that releases have grown: it must leave it alone. */
    @Test
    void loadsTheDemoSeedAgainOverPersonsThatReleasesFounded() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        linked("HES_APC", "seed-" + tag, "recordId,nhsNumber,dateOfBirth,sex,postcode\nS-" + tag + ","
                + TestCohorts.freshNhsNumber() + "," + earlyBirthday() + ",1,CB2 1TN\n");
        long records = given().auth().oauth2(MAYA).get("/api/person-index").then().extract().<Integer>path("persons");
        String seed;
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/demo-data.sql")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(seed);
        }
        assertThat(given().auth().oauth2(MAYA).get("/api/person-index").then().extract().<Integer>path("persons"))
                .isEqualTo((int) records);
    }

    @Test
    void refusesAMergeThatCannotBeAndAnyoneButADataManager() {
        String y = "P0000001";
        given().auth().oauth2(MAYA).contentType("application/json")
                .body(Map.of("from", y, "into", y, "reason", "same")).post("/api/person-index/merges").then()
                .statusCode(409);
        given().auth().oauth2(MAYA).contentType("application/json")
                .body(Map.of("from", "P-none", "into", y, "reason", "x")).post("/api/person-index/merges").then()
                .statusCode(404);
        given().auth().oauth2(MAYA).contentType("application/json").body(Map.of("from", y))
                .post("/api/person-index/merges").then().statusCode(400);
        given().auth().oauth2(Tokens.staff("aud", "auditor")).contentType("application/json")
                .body(Map.of("from", y, "into", "P0000001", "reason", "x")).post("/api/person-index/merges").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.staff("aud", "auditor")).get("/api/person-index").then().statusCode(200);
        given().auth().oauth2(Tokens.of("rita", "ORG-A", "recipient")).get("/api/person-index").then()
                .statusCode(403);
    }

    @Test
    void aCorrectedFileVersionIsLinkedAgainAndTheSameFileAgainChangesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = "recordId,nhsNumber,dateOfBirth,sex,postcode\nV-" + tag + "," + TestCohorts.freshNhsNumber()
                + "," + earlyBirthday() + ",1,B15 2TT\n";
        JsonPath v1 = linked("DID", "v-" + tag, file);
        String id = v1.getString("id");
        given().auth().oauth2(MAYA).contentType("text/csv").body(file)
                .post("/api/releases/DID/{r}/identifiers", "v-" + tag).then().statusCode(202).body("id", equalTo(id));
        given().auth().oauth2(MAYA).contentType("text/csv").body(file + "V2-" + tag + ",,,,\n")
                .post("/api/releases/DID/{r}/identifiers", "v-" + tag).then().statusCode(409);
        given().auth().oauth2(MAYA).contentType("text/csv").body(file + "V2-" + tag + ",,,,\n")
                .post("/api/releases/DID/{r}/identifiers?fileVersion=2", "v-" + tag).then().statusCode(202)
                .body("fileVersion", equalTo(2));
        given().auth().oauth2(MAYA).contentType("text/csv").body(file)
                .post("/api/releases/DID/{r}/identifiers?fileVersion=1", "v-" + tag).then().statusCode(409);
        given().auth().oauth2(MAYA).contentType("text/csv").body(file)
                .post("/api/releases/DID/{r}/identifiers?fileVersion=0", "v-" + tag).then().statusCode(400);
    }
}
