package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

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

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class BespokeLinkageTest {

    static final String MAYA = Tokens.staff("maya", "data-manager");
    static final String SERVICE = Tokens.service("extract-service");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** The demo cohort with the sender's own column names and an unusable NHS number added. */
    static String customerFile() throws Exception {
        List<String> rows = Files.readAllLines(TestCohorts.demoCohort());
        StringBuilder file = new StringBuilder("study,nhs,dob,gender,pc\n");
        rows.stream().skip(1).forEach(row -> file.append(row).append('\n'));
        file.append("STUDY-900,1234567890,1980-01-01,1,LS1 4AP\n");
        return file.toString();
    }

    static String upload(String organisation, String file) {
        return given().auth().oauth2(MAYA).contentType("text/csv").body(file)
                .queryParam("organisationId", organisation).queryParam("localId", "study")
                .queryParam("nhsNumber", "nhs").queryParam("dateOfBirth", "dob").queryParam("sex", "gender")
                .queryParam("postcode", "pc")
                .post("/api/bespoke-linkages").then().statusCode(202)
                .header("Location", containsString("/api/bespoke-linkages/"))
                .extract().path("id");
    }

    static void awaitCompleted(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MAYA)
                .get("/api/bespoke-linkages/{id}", id).then().body("status", equalTo("COMPLETED")));
    }

    @Test
    void linksAnUploadedFileWithItsOwnColumnNamesAndReportsUnusableValues() throws Exception {
        String id = upload("ORG-A", customerFile());
        awaitCompleted(id);
        given().auth().oauth2(MAYA).get("/api/bespoke-linkages/{id}", id).then()
                .body("source", equalTo("UPLOAD"))
                .body("cohortSize", equalTo(23))
                .body("matched", equalTo(19))
                .body("unmatched", equalTo(4))
                .body("percentDone", equalTo(100))
                .body("validationIssues.nhsNumber", equalTo(1));

        List<String> matches = given().auth().oauth2(MAYA).get("/api/bespoke-linkages/{id}/matches", id)
                .then().statusCode(200).header("X-Spreadsheet-Safe", containsString("prefixed with"))
                .extract().asString().lines().toList();
        assertThat(matches.get(0)).isEqualTo("local_id,pseudonym,match_rank,ambiguous");
        assertThat(matches).hasSize(24);
        assertThat(matches.get(1)).matches("STUDY-001,[0-9a-f]{32},1,false");
        assertThat(matches.get(23)).isEqualTo("STUDY-900,,,false");
    }

    @Test
    void givesTheSamePseudonymsAsTheOrganisationsApplicationRuns() throws Exception {
        String upload = upload("ORG-A", customerFile());
        String applicationId = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("agreement-activated", applicationId,
                EventContract.example("agreement-activated", "applicationId", applicationId, "organisationId",
                        "ORG-A", "cohortId", TestCohorts.upload("ORG-A")));
        String runId = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MAYA)
                .get("/api/linkage-runs?applicationId={id}", applicationId).then()
                .extract().<String>path("find { it.status == 'COMPLETED' }.id"), r -> r != null);
        awaitCompleted(upload);
        String fromApplication = given().auth().oauth2(SERVICE).get("/internal/linkage-runs/{id}/results", runId)
                .asString().lines().filter(l -> l.contains("STUDY-001")).findFirst().orElseThrow().split(",")[0];
        String fromUpload = given().auth().oauth2(MAYA).get("/api/bespoke-linkages/{id}/matches", upload)
                .asString().lines().filter(l -> l.startsWith("STUDY-001")).findFirst().orElseThrow().split(",")[1];
        assertThat(fromUpload).isEqualTo(fromApplication);
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheSameRun() throws Exception {
        String first = given().auth().oauth2(MAYA).header("Idempotency-Key", "cohort-2026-001").contentType("text/csv")
                .body("nhsNumber\n9434765919\n").queryParam("organisationId", "ORG-I")
                .post("/api/bespoke-linkages").then().statusCode(202).extract().path("id");
        String second = given().auth().oauth2(MAYA).header("Idempotency-Key", "cohort-2026-001").contentType("text/csv")
                .body("nhsNumber\n9434765919\n").queryParam("organisationId", "ORG-I")
                .post("/api/bespoke-linkages").then().statusCode(202).extract().path("id");
        assertThat(second).isEqualTo(first);
        given().auth().oauth2(MAYA).queryParam("organisationId", "ORG-I").get("/api/bespoke-linkages").then()
                .body("size()", equalTo(1));
    }

    @Test
    void rejectsAFileWithoutTheMappedColumnsAndCreatesNothing() {
        int before = given().auth().oauth2(MAYA).queryParam("organisationId", "ORG-C")
                .get("/api/bespoke-linkages").then().extract().path("size()");
        given().auth().oauth2(MAYA).contentType("text/csv").body("id,name\n1,Smith\n")
                .queryParam("organisationId", "ORG-C")
                .post("/api/bespoke-linkages").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("nhsNumber"));
        given().auth().oauth2(MAYA).contentType("text/csv").body("")
                .queryParam("organisationId", "ORG-C")
                .post("/api/bespoke-linkages").then().statusCode(400).body("errors.field", hasItem("file"));
        given().auth().oauth2(MAYA).contentType("text/csv").body("nhsNumber\n9434765919\n")
                .post("/api/bespoke-linkages").then().statusCode(400).body("errors.field", hasItem("organisationId"));
        given().auth().oauth2(MAYA).queryParam("organisationId", "ORG-C").get("/api/bespoke-linkages").then()
                .body("size()", equalTo(before));
    }

    @Test
    void isForDataManagersOnly() {
        given().auth().oauth2(Tokens.of("rita", "ORG-A", "recipient")).contentType("text/csv")
                .body("nhsNumber\n9434765919\n").queryParam("organisationId", "ORG-A")
                .post("/api/bespoke-linkages").then().statusCode(403);
        given().contentType("text/csv").body("nhsNumber\n9434765919\n").queryParam("organisationId", "ORG-A")
                .post("/api/bespoke-linkages").then().statusCode(401);
        given().auth().oauth2(MAYA).get("/api/bespoke-linkages/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse post(byte[] file, String key) {
        return post(file, key, "ORG-FUZZ");
    }

    private static io.restassured.response.ValidatableResponse post(byte[] file, String key, String organisation) {
        var request = given().auth().oauth2(MAYA).contentType("text/csv").body(file)
                .queryParam("organisationId", organisation).queryParam("localId", "study")
                .queryParam("nhsNumber", "nhs").queryParam("dateOfBirth", "dob");
        return (key == null ? request : request.header("Idempotency-Key", key)).post("/api/bespoke-linkages").then();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "ragged", "open quote", "nul", "not utf-8" })
    void refusesAMalformedFileWith400AndKeepsNothingOfIt(String kind) {
        byte[] file = switch (kind) {
            case "ragged" -> "study,nhs,dob\nS1,9434765919,1950-03-02,extra\nS2\n".getBytes();
            case "open quote" -> "study,nhs,dob\n\"S1,9434765919,1950-03-02\n".getBytes();
            case "nul" -> "study,nhs,dob\nS1\u0000,9434765919,1950-03-02\n".getBytes();
            default -> new byte[] { 's', 't', 'u', 'd', 'y', ',', 'n', 'h', 's', ',', 'd', 'o', 'b', '\n',
                    (byte) 0xC3, 0x28, ',', (byte) 0xFF, ',', 'x', '\n' };
        };
        String body;
        List<String> logged;
        try (LogCapture capture = LogCapture.start()) {
            body = post(file, null).statusCode(400).contentType("application/problem+json").extract().asString();
            logged = capture.lines();
        }
        assertThat(body).doesNotContain("9434765919").doesNotContain("1950-03-02").doesNotContain("S1");
        if (!kind.equals("open quote")) {
            // An open quote runs to the end of the file, so the server cannot say where the row was.
            assertThat(body).contains("line 2");
        }
        assertThat(logged).noneMatch(line -> line.contains("9434765919") || line.contains("1950-03-02"));
        given().auth().oauth2(MAYA).get("/api/bespoke-linkages?organisationId=ORG-FUZZ").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void refusesAnIdempotencyKeyReusedForAnotherFile() {
        byte[] first = "study,nhs,dob\nS1,9434765919,1950-03-02\n".getBytes();
        String key = "upload-" + UUID.randomUUID();
        String id = post(first, key, "ORG-KEYS").statusCode(202).extract().path("id");
        post(first, key, "ORG-KEYS").statusCode(202).body("id", equalTo(id));
        post("study,nhs,dob\nS2,9434765919,1950-03-02\n".getBytes(), key, "ORG-KEYS").statusCode(422)
                .contentType("application/problem+json");
    }
}
