package org.opendars.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendars.testing.Tokens;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The chain through real processes: an applicant applies, the custodian approves with four eyes, the cohort is
 * linked, the extract is built and downloaded by the organisation's recipient, with its checksum verified; and a
 * service killed mid-chain picks up where it stopped after a restart, producing exactly one extract.
 */
class ChainIT {

    static final String ALICE = Tokens.of("alice", "ORG-A", "applicant");
    static final String BOB = Tokens.of("bob", "ORG-B", "applicant");
    static final String RITA = Tokens.of("rita", "ORG-A", "recipient");
    static final String ROB = Tokens.of("rob", "ORG-B", "recipient");
    static final String CAROL = Tokens.staff("carol", "case-officer");
    static final String DAVE = Tokens.staff("dave", "approver");
    static final String MAYA = Tokens.staff("maya", "data-manager");

    static Platform platform;

    @BeforeAll
    static void start() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        platform = new Platform();
        platform.startAll();
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private static String applications() {
        return platform.url("applications-service");
    }

    private static String approvals() {
        return platform.url("approvals-service");
    }

    private static String linkage() {
        return platform.url("linkage-service");
    }

    private static String extracts() {
        return platform.url("extract-service");
    }

    private static String application() throws Exception {
        List<String> rows = Files.readAllLines(platform.root().resolve("deploy/local/demo/cohort.csv"));
        String cohort = rows.stream().skip(1).map(row -> row.split(",", -1))
                .map(f -> String.format("{\"localId\":\"%s\",\"nhsNumber\":%s,\"dateOfBirth\":\"%s\",\"sex\":\"%s\","
                        + "\"postcode\":\"%s\"}", f[0], f[1].isEmpty() ? "null" : "\"" + f[1] + "\"", f[2], f[3], f[4]))
                .collect(Collectors.joining(","));
        return """
                {"title": "Mortality after emergency admission",
                 "purpose": "Estimate one-year mortality after emergency admissions in a cohort study.",
                 "productType": "BESPOKE_EXTRACT",
                 "legalBasis": {"article6": "6(1)(e)", "article9": "9(2)(j)", "commonLaw": "s251", "cagReference": "CAG 2-03(a)/2026"},
                 "datasets": [{"code": "HES_APC", "fields": ["admidate", "admimeth", "diag_01"]},
                              {"code": "ONS_MORTALITY", "fields": ["dod", "underlying_cause"]}],
                 "cohort": [%s]}""".formatted(cohort);
    }

    private static String submit() throws Exception {
        String id = given().auth().oauth2(ALICE).contentType(ContentType.JSON).body(application())
                .post(applications() + "/api/applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ALICE).post(applications() + "/api/applications/{id}/submit", id)
                .then().statusCode(200);
        return id;
    }

    private static void approve(String applicationId) {
        String caseId = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(CAROL)
                .get(approvals() + "/api/cases?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("[0].id"), id -> id != null);
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body("{\"recommendation\": \"APPROVE\", \"notes\": \"purpose and minimisation acceptable\"}")
                .post(approvals() + "/api/cases/{id}/review", caseId).then().statusCode(200);
        given().auth().oauth2(DAVE).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVE\", \"reason\": \"approved with standard conditions\"}")
                .post(approvals() + "/api/cases/{id}/decision", caseId).then().statusCode(200);
    }

    private static void awaitStatus(String applicationId, String status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(ALICE).get(applications() + "/api/applications/{id}", applicationId)
                        .then().body("status", equalTo(status)));
    }

    @Test
    void drivesAnApplicationFromSubmissionToAVerifiedDownload() throws Exception {
        String applicationId = submit();
        approve(applicationId);
        awaitStatus(applicationId, "EXTRACT_READY");

        given().auth().oauth2(ALICE).get(applications() + "/api/applications/{id}", applicationId).then()
                .body("timeline.event", equalTo(List.of("created", "submitted", "approved", "linked", "extract-ready")));
        given().auth().oauth2(MAYA).get(linkage() + "/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("[0].matched", equalTo(19)).body("[0].unmatched", equalTo(3));

        String extractId = given().auth().oauth2(RITA).get(extracts() + "/api/extracts?applicationId={id}", applicationId)
                .then().body("$", hasSize(1)).extract().path("[0].id");
        String sha256 = given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}", extractId)
                .then().extract().path("sha256");
        byte[] file = given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}/download", extractId)
                .then().statusCode(200).extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file))).isEqualTo(sha256);
        String csv = new String(file);
        assertThat(csv.lines().findFirst()).contains(
                "pseudonym,study_id,match_rank,dataset,admidate,admimeth,diag_01,dod,underlying_cause");
        assertThat(csv.lines().count()).isGreaterThan(10);
        assertThat(csv).doesNotContain("4003141873").doesNotContain("M14 4BZ").doesNotContain("epikey");

        given().auth().oauth2(BOB).get(applications() + "/api/applications/{id}", applicationId).then().statusCode(404);
        given().auth().oauth2(ROB).get(extracts() + "/api/extracts/{id}/download", extractId).then().statusCode(404);
        given().get(extracts() + "/api/extracts/{id}/download", extractId).then().statusCode(401);
    }

    @Test
    void finishesTheChainWithOneExtractAfterTheLinkageServiceIsKilled() throws Exception {
        String applicationId = submit();
        platform.kill("linkage-service");
        approve(applicationId);
        awaitStatus(applicationId, "APPROVED");
        platform.start("linkage-service");
        platform.awaitReady("linkage-service");
        awaitStatus(applicationId, "EXTRACT_READY");

        platform.kill("extract-service");
        platform.start("extract-service");
        platform.awaitReady("extract-service");
        given().auth().oauth2(RITA).get(extracts() + "/api/extracts?applicationId={id}", applicationId)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].status", equalTo("READY"));
    }
}
