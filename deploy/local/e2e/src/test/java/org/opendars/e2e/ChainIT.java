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

import org.junit.jupiter.api.Test;


/**
 * The chain through real processes: an applicant applies, the custodian approves with four eyes, both parties sign
 * the agreement, the cohort is linked, the extract is built and downloaded by the organisation's recipient, with
 * its checksum verified; nothing moves before the agreement is signed or after it ends; and a service killed
 * mid-chain picks up where it stopped after a restart, producing exactly one extract.
 */
class ChainIT extends PlatformTest {

    static final String ALICE = Chain.ALICE;
    static final String BOB = Chain.BOB;
    static final String RITA = Chain.RITA;
    static final String ROB = Chain.ROB;
    static final String MAYA = Chain.MAYA;


    private static String applications() {
        return platform.url("applications-service");
    }

    private static String linkage() {
        return platform.url("linkage-service");
    }

    private static String extracts() {
        return platform.url("extract-service");
    }

    private static String approvals() {
        return platform.url("approvals-service");
    }

    private static String onlyExtract(String applicationId) {
        return given().auth().oauth2(RITA).get(extracts() + "/api/extracts?applicationId={id}", applicationId)
                .then().body("$", hasSize(1)).extract().path("[0].id");
    }

    private static io.restassured.response.Response download(String extractId) {
        return given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}/download", extractId);
    }

    private static String submit() throws Exception {
        return chain.submit(chain.application(1));
    }

    private static void approve(String applicationId) {
        chain.approve(applicationId);
    }

    private static void awaitStatus(String applicationId, String status) {
        chain.awaitStatus(applicationId, status, Duration.ofSeconds(90));
    }

    @Test
    void refusesEachServicesDatabaseRoleOnEveryOtherServicesTables() throws Exception {
        DatabaseRoles.assertEachServiceRoleIsRefusedOnEveryOtherServicesTables();
    }

    @Test
    void letsEachServiceOwnItsSchemaAndEveryTableInIt() throws Exception {
        DatabaseRoles.assertEachServiceOwnsItsSchemaAndEveryTableInIt();
    }

    /**
     * The broker itself refuses a forged decision: a service principal cannot write another service's topic, and a
     * client without credentials, or with wrong ones, cannot write at all.
     */
    @Test
    void refusesEveryoneButTheOwnerOnATopicAtTheBroker() {
        String applicationId = java.util.UUID.randomUUID().toString();
        String forged = org.opendars.testing.EventContract.example("application-approved", "applicationId",
                applicationId, "organisationId", "ORG-B");
        String broker = platform.kafkaBootstrapServers();
        org.opendars.testing.TestKafka asExtract = new org.opendars.testing.TestKafka(broker,
                platform.kafkaClientConfig("extract-service"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> asExtract.sendEvent("application-approved", applicationId, forged))
                .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TopicAuthorizationException.class);
        java.util.Map<String, Object> wrong = new java.util.HashMap<>(platform.kafkaClientConfig("approvals-service"));
        wrong.put("sasl.jaas.config", KafkaProcess.jaas("approvals-service", "not-its-password"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new org.opendars.testing.TestKafka(broker, wrong)
                .sendEvent("application-approved", applicationId, forged))
                .hasRootCauseInstanceOf(org.apache.kafka.common.errors.SaslAuthenticationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new org.opendars.testing.TestKafka(broker)
                .sendEvent("application-approved", applicationId, forged))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new org.opendars.testing.TestKafka(broker, platform.kafkaClientConfig("admin"))
                .records("application-approved", r -> applicationId.equals(r.key()), 1, Duration.ofSeconds(3)))
                .isEmpty();
    }

    @Test
    void drivesAnApplicationFromSubmissionToAVerifiedDownload() throws Exception {
        String applicationId = submit();
        approve(applicationId);
        awaitStatus(applicationId, "EXTRACT_READY");

        given().auth().oauth2(ALICE).get(applications() + "/api/applications/{id}", applicationId).then()
                .body("timeline.event", equalTo(List.of("created", "attached", "submitted", "approved", "linked",
                        "extract-ready")));
        given().auth().oauth2(MAYA).get(linkage() + "/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("[0].matched", equalTo(19)).body("[0].unmatched", equalTo(3));

        String extractId = given().auth().oauth2(RITA).get(extracts() + "/api/extracts?applicationId={id}", applicationId)
                .then().body("$", hasSize(1)).extract().path("[0].id");
        String sha256 = given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}", extractId)
                .then().extract().path("sha256");
        byte[] file = given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}/download", extractId)
                .then().statusCode(200).extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file))).isEqualTo(sha256);
        // The delivery is a zip of one file per data set and the manifest; each file also downloads on its own.
        String csv = given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}/files/HES_APC.csv", extractId)
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst()).contains("pseudonym,study_id,match_rank,index_version,release,admidate,"
                + "admimeth,diag_01");
        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line.split(",")[5])
                .isGreaterThanOrEqualTo("2019-04-01"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("HES_APC.csv")
                .contains("ONS_MORTALITY.csv").contains("manifest.json");
        assertThat(csv).doesNotContain("4003141873").doesNotContain("M14 4BZ").doesNotContain("epikey");
        given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}/manifest", extractId).then().statusCode(200)
                .body("optOuts.applied", equalTo(true)).body("spec[0].fromYear", equalTo(2019));

        given().auth().oauth2(BOB).get(applications() + "/api/applications/{id}", applicationId).then().statusCode(404);
        given().auth().oauth2(ROB).get(extracts() + "/api/extracts/{id}/download", extractId).then().statusCode(404);
        given().get(extracts() + "/api/extracts/{id}/download", extractId).then().statusCode(401);

        // A resumed download: the tail of the file from a byte offset, with its Content-Range.
        byte[] tail = given().auth().oauth2(RITA).header("Range", "bytes=100-")
                .get(extracts() + "/api/extracts/{id}/download", extractId)
                .then().statusCode(206).header("Content-Range", "bytes 100-" + (file.length - 1) + "/" + file.length)
                .extract().asByteArray();
        assertThat(tail).isEqualTo(java.util.Arrays.copyOfRange(file, 100, file.length));
        given().auth().oauth2(RITA).header("Range", "bytes=" + file.length + "-")
                .get(extracts() + "/api/extracts/{id}/download", extractId).then().statusCode(416);
    }

    @Test
    void servesAnExtractFromAReplicaThatDidNotBuildIt() throws Exception {
        String applicationId = submit();
        approve(applicationId);
        awaitStatus(applicationId, "EXTRACT_READY");
        String extractId = given().auth().oauth2(RITA).get(extracts() + "/api/extracts?applicationId={id}", applicationId)
                .then().extract().path("[0].id");
        String sha256 = given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}", extractId)
                .then().extract().path("sha256");

        String replica = platform.startReplica("extract-service");
        byte[] file = given().auth().oauth2(RITA).get(replica + "/api/extracts/{id}/download", extractId)
                .then().statusCode(200).extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file))).isEqualTo(sha256);
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

    /**
     * The real order: the decision issues an agreement and nothing moves; the wrong signatories are refused; once
     * Sam and Cora have signed, linkage and the extract run and Rita downloads; then the custodian revokes it, the
     * same download is refused saying why, the bytes and the cohort are gone, and the public register says so.
     */
    @Test
    void deliversOnlyUnderASignedAgreementAndNothingOnceItIsRevoked() throws Exception {
        String applicationId = submit();
        String agreementId = chain.decide(applicationId);
        awaitStatus(applicationId, "APPROVED");
        String sha256 = given().auth().oauth2(Chain.SAM).get(approvals() + "/api/agreements/{id}", agreementId)
                .then().body("status", equalTo("ISSUED")).extract().path("documentSha256");
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(7)).until(() -> given().auth().oauth2(MAYA)
                .get(linkage() + "/api/linkage-runs?applicationId={id}", applicationId).then().extract()
                .jsonPath().getList("$").isEmpty());

        for (String wrong : List.of(org.opendars.testing.Tokens.of("sid", "ORG-B", "signatory"),
                org.opendars.testing.Tokens.staff("dave", "approver", "custodian-signatory"))) {
            int status = given().auth().oauth2(wrong).contentType("application/json")
                    .body("{\"documentSha256\": \"" + sha256 + "\"}")
                    .post(approvals() + "/api/agreements/{id}/signatures", agreementId).statusCode();
            assertThat(status).isIn(404, 409);
        }
        chain.sign(agreementId);
        awaitStatus(applicationId, "EXTRACT_READY");
        String extractId = onlyExtract(applicationId);
        download(extractId).then().statusCode(200);

        given().auth().oauth2(Chain.DAVE).contentType("application/json")
                .body("{\"reason\": \"the recipient breached the agreement's conditions\"}")
                .post(approvals() + "/api/agreements/{id}/revocation", agreementId).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> download(extractId).then().statusCode(410)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("revoked")));
        given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}", extractId).then()
                .body("status", equalTo("WITHHELD")).body("sha256", org.hamcrest.Matchers.notNullValue());
        awaitStatus(applicationId, "CLOSED");
        String cohortId = given().auth().oauth2(ALICE).get(applications() + "/api/applications/{id}", applicationId)
                .then().extract().path("cohortId");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(ALICE)
                .get(linkage() + "/api/cohorts/{id}", cohortId).then().body("deleted", equalTo(true)));

        String reference = given().auth().oauth2(Chain.SAM).get(approvals() + "/api/agreements/{id}", agreementId)
                .then().extract().path("reference");
        given().get(approvals() + "/api/register/agreements").then().statusCode(200)
                .body("find { it.reference == '" + reference + "' }.status", equalTo("REVOKED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(approvals() + "/api/register/releases")
                .then().body("reference", org.hamcrest.Matchers.hasItem(reference)));
        String register = given().get(approvals() + "/api/register/agreements.csv").then().statusCode(200).extract()
                .asString();
        assertThat(register).contains(reference).doesNotContain("sam").doesNotContain("cora").doesNotContain("rita");
    }

    /** Withdrawn after the data was delivered: the agreement ends and every delivery with it. */
    @Test
    void stopsEverythingDownstreamWhenTheApplicationIsWithdrawnAfterDelivery() throws Exception {
        String applicationId = submit();
        approve(applicationId);
        awaitStatus(applicationId, "EXTRACT_READY");
        String extractId = onlyExtract(applicationId);
        given().auth().oauth2(ALICE).post(applications() + "/api/applications/{id}/withdraw", applicationId).then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> download(extractId).then().statusCode(410)
                .body("detail", org.hamcrest.Matchers.containsString("withdrawn")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Chain.SAM)
                .get(approvals() + "/api/agreements?applicationId={id}", applicationId).then()
                .body("[0].status", equalTo("WITHDRAWN")));
    }

    /** A tabulation is counted from the content alone: no one is linked, no record leaves, the table comes ready. */
    @Test
    void deliversATabulationWithoutLinkingAnyone() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode form = (com.fasterxml.jackson.databind.node.ObjectNode)
                Chain.JSON.readTree(chain.application(1));
        var product = (com.fasterxml.jackson.databind.node.ObjectNode) form.at("/products/0");
        product.put("type", "TABULATION");
        for (var dataset : product.get("datasets")) {
            var fields = (com.fasterxml.jackson.databind.node.ArrayNode) dataset.get("fields");
            for (int i = fields.size() - 1; i >= 0; i--) {
                if (List.of("admidate", "dod").contains(fields.get(i).get("name").asText())) {
                    fields.remove(i);
                }
            }
        }
        String applicationId = chain.submit(Chain.JSON.writeValueAsString(form));
        approve(applicationId);
        awaitStatus(applicationId, "EXTRACT_READY");
        given().auth().oauth2(MAYA).get(linkage() + "/api/linkage-runs?applicationId={id}", applicationId).then()
                .body("$", hasSize(0));
        String extractId = onlyExtract(applicationId);
        given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}", extractId).then()
                .body("files.name", equalTo(List.of("HES_APC-tabulation.csv", "ONS_MORTALITY-tabulation.csv")));
        List<String> table = given().auth().oauth2(RITA)
                .get(extracts() + "/api/extracts/{id}/files/HES_APC-tabulation.csv", extractId).then().statusCode(200)
                .extract().asString().lines().toList();
        assertThat(table.get(0)).startsWith("admimeth \\ diag_01,").endsWith(",total");
        assertThat(table.get(table.size() - 1)).startsWith("total,");
        given().auth().oauth2(RITA).get(extracts() + "/api/extracts/{id}/manifest", extractId).then()
                .body("disclosureControl[0]", org.hamcrest.Matchers.startsWith("HES_APC: "))
                .body("optOuts.applied", equalTo(false));
    }

}
