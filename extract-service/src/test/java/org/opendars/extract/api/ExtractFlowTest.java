package org.opendars.extract.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.extract.ApprovedProduct;
import org.opendars.extract.DownloadAudit;
import org.opendars.extract.ExtractStore;
import org.opendars.testing.EventContract;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.TestKafka;
import org.opendars.testing.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class ExtractFlowTest {

    static final String RITA = Tokens.of("rita", "ORG-A", "recipient");
    static final String ROB = Tokens.of("rob", "ORG-B", "recipient");
    static final String MAYA = Tokens.staff("maya", "data-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ExtractStore store;

    private void approve(TestKafka kafka, String applicationId) {
        kafka.sendEvent("agreement-activated", applicationId,
                EventContract.example("agreement-activated", "applicationId", applicationId));
    }

    private void linked(TestKafka kafka, String applicationId) {
        String runId = UUID.randomUUID().toString();
        kafka.sendEvent("linkage-completed", applicationId, EventContract.example("linkage-completed",
                "applicationId", applicationId, "linkageRunId", runId,
                "resultsRef", "/internal/linkage-runs/" + runId + "/results"));
    }

    /** An extract built for a new application, approved and linked. */
    String readyExtract() {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        approve(kafka, applicationId);
        linked(kafka, applicationId);
        return awaitReady(applicationId);
    }

    private String awaitReady(String applicationId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(RITA)
                .get("/api/extracts?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("find { it.status == 'READY' }.id"), id -> id != null);
    }

    @Test
    void buildsTheApprovedFieldsOnlyAndHandsThemToTheRecipient() throws Exception {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        approve(kafka, applicationId);
        linked(kafka, applicationId);
        String extractId = awaitReady(applicationId);

        // Of the six results: 2018-19 is outside the approved years, the episode at 17 under the minimum age, and
        // the imaging test from a data set not approved.
        String sha256 = given().auth().oauth2(RITA).get("/api/extracts/{id}", extractId).then()
                .body("rows", equalTo(3)).body("pseudonymKeyVersion", equalTo(1))
                .body("files.name", org.hamcrest.Matchers.contains("HES_APC.csv", "ONS_MORTALITY.csv"))
                .extract().path("sha256");
        byte[] apc = given().auth().oauth2(RITA).get("/api/extracts/{id}/files/HES_APC.csv", extractId).then()
                .statusCode(200).contentType("text/csv")
                .header("X-Spreadsheet-Safe", org.hamcrest.Matchers.containsString("prefixed with '"))
                .extract().asByteArray();
        List<String> lines = new String(apc, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("pseudonym,study_id,match_rank,index_version,release,epikey,admidate,"
                + "disdate,admimeth,diag_01,opertn_01,procode3,epiorder,speldur");
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).allSatisfy(line -> assertThat(line)
                .startsWith("0f1e2d3c4b5a69788796a5b4c3d2e1f0,STUDY-003,1,3,20")
                .matches(".*,(2019-20-AR v1,[^,]*,2019|2020-21-AR v1,[^,]*,2020)-\\d\\d-\\d\\d,.*"));
        String ons = given().auth().oauth2(RITA).get("/api/extracts/{id}/files/ONS_MORTALITY.csv", extractId).then()
                .statusCode(200).extract().asString();
        assertThat(ons.lines()).hasSize(2).element(1).asString()
                .startsWith("0f1e2d3c4b5a69788796a5b4c3d2e1f0,STUDY-003,1,3,2020-21-AR v1,2021-01-11,");

        byte[] body = given().auth().oauth2(RITA).get("/api/extracts/{id}/download", extractId).then()
                .statusCode(200).contentType("application/zip").header("X-Checksum-SHA256", sha256)
                .extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body))).isEqualTo(sha256);
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(body))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsOnlyKeys("HES_APC.csv", "ONS_MORTALITY.csv", "manifest.json");
        assertThat(entries.get("HES_APC.csv")).isEqualTo(apc);

        var manifest = EventContract.parse(new String(entries.get("manifest.json"), StandardCharsets.UTF_8));
        assertThat(manifest.get("agreementReference").asText()).isEqualTo("NIC-000001-7QK2P");
        assertThat(manifest.at("/files/0/sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(apc)));
        assertThat(manifest.at("/files/0/rows").asLong()).isEqualTo(2);
        assertThat(manifest.get("releases").findValuesAsText("releaseId")).contains("2019-20-AR", "2023-24-AR")
                .doesNotContain("2015-16-AR", "2018-19-AR");
        assertThat(manifest.at("/optOuts/applied").asBoolean()).isTrue();
        assertThat(manifest.at("/optOuts/removed").asLong()).isEqualTo(2);
        given().auth().oauth2(MAYA).get("/api/extracts/{id}/manifest", extractId).then().statusCode(200)
                .body("files[1].name", equalTo("ONS_MORTALITY.csv")).body("spec[0].fromYear", equalTo(2019));
        given().auth().oauth2(ROB).get("/api/extracts/{id}/manifest", extractId).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> DownloadAudit.countFor(UUID.fromString(extractId))))
                .isEqualTo(3);
        given().auth().oauth2(Tokens.staff("aud", "auditor")).get("/api/admin/audit").then()
                .body("find { it.path == '/api/extracts/" + extractId + "/download' }.actor", equalTo("rita"));

        ConsumerRecord<String, byte[]> ready = kafka.awaitRecord("extract-ready",
                r -> applicationId.equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("extract-ready", TestKafka.body(ready));
        assertThat(EventContract.parse(TestKafka.body(ready)).get("agreementReference").asText())
                .isEqualTo("NIC-000001-7QK2P");
    }

    private long chunksOf(String extractId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) org.opendars.extract.Extract.getEntityManager()
                .createNativeQuery("select count(*) from extract_chunk where extract_id = cast(:id as uuid)")
                .setParameter("id", extractId).getSingleResult()).longValue());
    }

    @Test
    void refusesEveryDownloadSayingWhyAndPurgesTheBytesWhenTheAgreementEnds() {
        for (String topic : List.of("agreement-expired", "agreement-revoked", "application-withdrawn")) {
            String extractId = readyExtract();
            String applicationId = given().auth().oauth2(RITA).get("/api/extracts/{id}", extractId).then()
                    .extract().path("applicationId");
            new TestKafka(bootstrap).sendEvent(topic, applicationId, EventContract.example(topic,
                    "applicationId", applicationId, "organisationId", "ORG-A"));
            awaitStatus(applicationId, "WITHHELD");
            String why = topic.equals("agreement-expired") ? "expired" : topic.equals("agreement-revoked")
                    ? "revoked" : "withdrawn";
            given().auth().oauth2(RITA).get("/api/extracts/{id}/download", extractId).then().statusCode(410)
                    .contentType("application/problem+json").body("detail", containsString(why));
            given().auth().oauth2(ROB).get("/api/extracts/{id}/download", extractId).then().statusCode(404);
            given().auth().oauth2(MAYA).get("/api/extracts/{id}", extractId).then().statusCode(200)
                    .body("rows", equalTo(3)).body("sha256", org.hamcrest.Matchers.notNullValue());
            assertThat(chunksOf(extractId)).as(topic).isZero();
        }
    }

    @Test
    void keepsDeliveringUnderALaterVersionWhenTheVersionItReplacedEnds() {
        String extractId = readyExtract();
        String applicationId = given().auth().oauth2(RITA).get("/api/extracts/{id}", extractId).then()
                .extract().path("applicationId");
        TestKafka kafka = new TestKafka(bootstrap);
        kafka.sendEvent("agreement-activated", applicationId, EventContract.example("agreement-activated",
                "applicationId", applicationId).replace("\"version\":1", "\"version\":2"));
        // The two events travel on different topics: the end of v1 is sent once v2 has taken over.
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                org.opendars.extract.ApprovedProduct.inForce(UUID.fromString(applicationId))
                        .map(p -> p.agreementVersion).orElse(0)) == 2);
        kafka.sendEvent("agreement-expired", applicationId, EventContract.example("agreement-expired",
                "applicationId", applicationId));
        String control = readyExtract();
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(RITA)
                .get("/api/extracts/{id}", control).then().extract().path("status").equals("READY"));
        given().auth().oauth2(RITA).get("/api/extracts/{id}/download", extractId).then().statusCode(200);
    }

    @Test
    void buildsATabulationFromTheContentAloneUnderDisclosureControl() throws Exception {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        var event = (com.fasterxml.jackson.databind.node.ObjectNode) EventContract.parse(EventContract.example(
                "agreement-activated", "applicationId", applicationId, "productType", "TABULATION",
                "commonLawBasis", "NOT_NEEDED_ANONYMISED"));
        var apc = event.putArray("datasets").addObject();
        apc.put("code", "HES_APC").put("fromYear", 2019).put("toYear", 2021).putNull("filters");
        apc.putArray("fields").add("procode3").add("admimeth");
        kafka.sendEvent("agreement-activated", applicationId, event.toString());
        String extractId = awaitReady(applicationId);
        given().auth().oauth2(RITA).get("/api/extracts/{id}", extractId).then()
                .body("linkageRunId", org.hamcrest.Matchers.nullValue())
                .body("files.name", org.hamcrest.Matchers.contains("HES_APC-tabulation.csv"));
        List<List<String>> table = given().auth().oauth2(RITA)
                .get("/api/extracts/{id}/files/HES_APC-tabulation.csv", extractId).then().statusCode(200).extract()
                .asString().lines().map(line -> List.of(line.split(",", -1))).toList();
        assertThat(table.get(0).get(0)).isEqualTo("procode3 \\ admimeth");
        assertThat(table.get(0).get(table.get(0).size() - 1)).isEqualTo("total");

        // Every published count checked against the counts in force, cell by cell, totals included.
        java.util.Map<String, Long> raw = new java.util.HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> org.opendars.extract.Extract.getEntityManager().createNativeQuery(
                "select c.procode3, c.admimeth, count(*) from hes_apc c join release_file f on f.dataset_code ="
                        + " 'HES_APC' and f.release_id = c.release_id and f.file_version = c.file_version and"
                        + " f.status = 'CURRENT' where c.financial_year between 2019 and 2021 group by 1, 2")
                .getResultList().forEach(row -> {
                    Object[] r = (Object[]) row;
                    long n = ((Number) r[2]).longValue();
                    raw.merge(r[0] + "|" + r[1], n, Long::sum);
                    raw.merge(r[0] + "|total", n, Long::sum);
                    raw.merge("total|" + r[1], n, Long::sum);
                    raw.merge("total|total", n, Long::sum);
                }));
        List<String> columns = table.get(0);
        int checked = 0;
        for (List<String> line : table.subList(1, table.size())) {
            for (int c = 1; c < columns.size(); c++) {
                long count = raw.getOrDefault(line.get(0) + "|" + columns.get(c), 0L);
                String published = line.get(c);
                if (count == 0) {
                    assertThat(published).isEqualTo("0");
                } else if (count < 8) {
                    assertThat(published).isEqualTo("*");
                } else if (!published.equals("*")) {
                    assertThat(Integer.parseInt(published) % 5).isZero();
                    assertThat(Math.abs(Integer.parseInt(published) - count)).isLessThanOrEqualTo(2);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo((table.size() - 1) * (columns.size() - 1));
        given().auth().oauth2(RITA).get("/api/extracts/{id}/manifest", extractId).then()
                .body("disclosureControl[0]", containsString("below the national level"))
                .body("optOuts.applied", equalTo(false))
                .body("releases.releaseId", org.hamcrest.Matchers.hasItems("2019-20-AR", "2020-21-AR", "2021-22-AR"));
        assertThat(TestKafka.body(kafka.awaitRecord("extract-ready", r -> applicationId.equals(r.key()),
                Duration.ofSeconds(20)))).contains("TABULATION");
    }

    @Test
    void reportsTheStatusOfEveryPersonOnTheListTracedOrNot() {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        kafka.sendEvent("agreement-activated", applicationId, EventContract.example("agreement-activated",
                "applicationId", applicationId, "productType", "PATIENT_STATUS_TRACKING"));
        String runId = TestResultsResource.TRACKING.toString();
        kafka.sendEvent("linkage-completed", applicationId, EventContract.example("linkage-completed",
                "applicationId", applicationId, "linkageRunId", runId, "productType", "PATIENT_STATUS_TRACKING",
                "resultsRef", "/internal/linkage-runs/" + runId + "/results"));
        String extractId = awaitReady(applicationId);
        List<String> lines = given().auth().oauth2(RITA).get("/api/extracts/{id}/files/PATIENT_STATUS.csv", extractId)
                .then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines).containsExactly(
                "study_id,pseudonym,traced,match_rank,vital_status,date_of_death,underlying_cause,place_of_death,"
                        + "date_of_registration,death_release",
                "STUDY-002,aa11bb22cc33dd44ee55ff6600112233,TRACED,3,NO_DEATH_REGISTERED,,,,,",
                "STUDY-003,0f1e2d3c4b5a69788796a5b4c3d2e1f0,TRACED,1,DEAD,2021-01-11,F03,Hospice,2021-01-13,"
                        + "2020-21-AR v1",
                "STUDY-009,,NOT_TRACED,,UNKNOWN,,,,,");
    }

    @Test
    void deliversAStandardExtractForTheFinancialYearOfTheReleaseThatMadeIt() {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        kafka.sendEvent("agreement-activated", applicationId, EventContract.example("agreement-activated",
                "applicationId", applicationId, "productType", "STANDARD_EXTRACT"));
        String runId = UUID.randomUUID().toString();
        var completed = (com.fasterxml.jackson.databind.node.ObjectNode) EventContract.parse(EventContract.example(
                "linkage-completed", "applicationId", applicationId, "linkageRunId", runId, "productType",
                "STANDARD_EXTRACT", "resultsRef", "/internal/linkage-runs/" + runId + "/results"));
        completed.put("delivery", 2).putObject("trigger").put("datasetCode", "HES_APC")
                .put("releaseId", "2019-20-AR").put("fileVersion", 1);
        kafka.sendEvent("linkage-completed", applicationId, completed.toString());
        String extractId = awaitReady(applicationId);
        given().auth().oauth2(RITA).get("/api/extracts/{id}/manifest", extractId).then()
                .body("spec.fromYear", equalTo(List.of(2019, 2019))).body("spec.toYear", equalTo(List.of(2019, 2019)))
                .body("releases.releaseId", equalTo(List.of("2019-20-AR", "2019-20-AR")));
        // Person 1491's episode of 2019-20; the other episodes and the death fall in other years.
        given().auth().oauth2(RITA).get("/api/extracts/{id}", extractId).then().body("rows", equalTo(1));
    }

    private void rejected(TestKafka kafka, String applicationId) {
        kafka.sendEvent("application-rejected", applicationId,
                EventContract.example("application-rejected", "applicationId", applicationId));
    }

    private String awaitStatus(String applicationId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MAYA)
                .get("/api/extracts?applicationId={id}", applicationId).then().statusCode(200)
                .extract().<String>path("find { it.status == '" + status + "' }.id"), id -> id != null);
    }

    @Test
    void withdrawsAReadyExtractFromItsRecipientsWhenTheApplicationIsRejectedAfterAnApproval() {
        String extractId = readyExtract();
        String applicationId = given().auth().oauth2(RITA).get("/api/extracts/{id}", extractId).then()
                .extract().path("applicationId");
        rejected(new TestKafka(bootstrap), applicationId);

        awaitStatus(applicationId, "WITHHELD");
        given().auth().oauth2(RITA).get("/api/extracts/{id}/download", extractId).then().statusCode(410)
                .contentType("application/problem+json").body("detail", containsString("rejected"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.deleteBytes(UUID.fromString(extractId))))
                .as("chunks left").isZero();
    }

    @Test
    void buildsNothingForARejectedApplicationEvenWhenAnApprovalArrivesAfterTheRejection() {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        rejected(kafka, applicationId);
        approve(kafka, applicationId);
        linked(kafka, applicationId);

        awaitStatus(applicationId, "WITHHELD");
        given().auth().oauth2(MAYA).get("/api/extracts?applicationId={id}", applicationId).then()
                .body("status", hasSize(1));
    }

    @Test
    void refusesALinkageResultThatNamesAnotherOrganisationThanTheApproval() {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        approve(kafka, applicationId);
        String runId = UUID.randomUUID().toString();
        // The approval must be in before the forged result, for the consumer to compare them.
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ApprovedProduct.inForce(UUID.fromString(applicationId)).isPresent()));
        kafka.sendEvent("linkage-completed", applicationId, EventContract.example("linkage-completed",
                "applicationId", applicationId, "organisationId", "ORG-B", "linkageRunId", runId,
                "resultsRef", "/internal/linkage-runs/" + runId + "/results"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.staff("admin", "admin"))
                .get("/api/admin/dead-letters?size=500").then()
                .body("findAll { it.key == '" + applicationId + "' }.reason[0]", containsString("ORG-B")));
        given().auth().oauth2(MAYA).get("/api/extracts?applicationId={id}", applicationId).then()
                .body("", hasSize(0));
    }

    /** The same content released to two organisations: its episode keys must not let them join their extracts. */
    @Test
    void releasesStableRecordKeysOnlyAsEachOrganisationsOwnPseudonyms() {
        java.util.function.Function<String, List<String>> epikeys = organisation -> {
            TestKafka kafka = new TestKafka(bootstrap);
            String applicationId = UUID.randomUUID().toString();
            kafka.sendEvent("agreement-activated", applicationId, EventContract.example("agreement-activated",
                    "applicationId", applicationId, "organisationId", organisation));
            String runId = UUID.randomUUID().toString();
            kafka.sendEvent("linkage-completed", applicationId, EventContract.example("linkage-completed",
                    "applicationId", applicationId, "organisationId", organisation, "linkageRunId", runId,
                    "resultsRef", "/internal/linkage-runs/" + runId + "/results"));
            String recipient = Tokens.of("recipient-" + organisation, organisation, "recipient");
            String extractId = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(recipient)
                    .get("/api/extracts?applicationId={id}", applicationId).then().statusCode(200)
                    .extract().<String>path("find { it.status == 'READY' }.id"), id -> id != null);
            List<String> lines = given().auth().oauth2(recipient).get("/api/extracts/{id}/files/HES_APC.csv", extractId)
                    .then().statusCode(200).extract().asString().lines().toList();
            int column = List.of(lines.get(0).split(",")).indexOf("epikey");
            return lines.stream().skip(1).map(line -> line.split(",", -1)[column]).filter(v -> !v.isEmpty())
                    .toList();
        };
        List<String> first = epikeys.apply("ORG-A");
        List<String> again = epikeys.apply("ORG-A");
        List<String> other = epikeys.apply("ORG-B");

        assertThat(first).hasSize(2).allMatch(key -> key.matches("[0-9a-f]{32}")).doesNotHaveDuplicates();
        assertThat(again).isEqualTo(first);
        assertThat(other).hasSize(2).doesNotContainAnyElementsOf(first);
    }

    @Test
    void waitsForTheApprovalWhenTheLinkageResultArrivesFirst() {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        linked(kafka, applicationId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(RITA)
                .get("/api/extracts?applicationId={id}", applicationId).then().body("[0].status", equalTo("PENDING")));
        approve(kafka, applicationId);
        awaitReady(applicationId);
    }

    @Test
    void buildsOneExtractForARedeliveredLinkageResult() {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        String runId = UUID.randomUUID().toString();
        String event = EventContract.example("linkage-completed", "applicationId", applicationId,
                "linkageRunId", runId, "resultsRef", "/internal/linkage-runs/" + runId + "/results");
        approve(kafka, applicationId);
        String eventId = UUID.randomUUID().toString();
        kafka.sendEvent("linkage-completed", applicationId, event, eventId);
        kafka.sendEvent("linkage-completed", applicationId, event, eventId);
        kafka.sendEvent("linkage-completed", applicationId, event, UUID.randomUUID().toString());
        awaitReady(applicationId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff("aud", "auditor"))
                .get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                        "dars_events_duplicates_total{topic=\"linkage-completed\"")));
        given().auth().oauth2(RITA).get("/api/extracts?applicationId={id}", applicationId).then().body("$", hasSize(1));
    }

    @Test
    void givesUpAfterItsAttemptsAndPublishesTheFailure() {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        String runId = TestResultsResource.UNAVAILABLE.toString();
        approve(kafka, applicationId);
        kafka.sendEvent("linkage-completed", applicationId, EventContract.example("linkage-completed",
                "applicationId", applicationId, "linkageRunId", runId,
                "resultsRef", "/internal/linkage-runs/" + runId + "/results"));
        ConsumerRecord<String, byte[]> failed = kafka.awaitRecord("extract-failed",
                r -> applicationId.equals(r.key()), Duration.ofSeconds(40));
        EventContract.assertValid("extract-failed", TestKafka.body(failed));
        given().auth().oauth2(RITA).get("/api/extracts?applicationId={id}", applicationId).then()
                .body("[0].status", equalTo("FAILED")).body("[0].attempts", equalTo(3));
    }

    @Test
    void keepsTheExtractFromEveryoneButItsOrganisationsRecipients() {
        TestKafka kafka = new TestKafka(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        approve(kafka, applicationId);
        linked(kafka, applicationId);
        String extractId = awaitReady(applicationId);
        given().auth().oauth2(ROB).get("/api/extracts/{id}/download", extractId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(ROB).get("/api/extracts/{id}", extractId).then().statusCode(404);
        given().auth().oauth2(ROB).get("/api/extracts?applicationId={id}", applicationId).then().body("$", hasSize(0));
        given().auth().oauth2(MAYA).get("/api/extracts/{id}", extractId).then().statusCode(200);
        given().auth().oauth2(MAYA).get("/api/extracts/{id}/download", extractId).then().statusCode(403);
        given().auth().oauth2(Tokens.of("carol", "ORG-A", "case-officer")).get("/api/extracts/{id}", extractId)
                .then().statusCode(403);
        given().get("/api/extracts/{id}/download", extractId).then().statusCode(401);
    }

    @Test
    void servesARangeOfTheStoredFileAndRefusesOneOutsideIt() {
        String extractId = readyExtract();
        byte[] whole = given().auth().oauth2(RITA).get("/api/extracts/{id}/download", extractId).then()
                .statusCode(200).header("Accept-Ranges", "bytes").extract().asByteArray();
        byte[] part = given().auth().oauth2(RITA).header("Range", "bytes=10-49")
                .get("/api/extracts/{id}/download", extractId).then().statusCode(206)
                .header("Content-Range", "bytes 10-49/" + whole.length).extract().asByteArray();
        assertThat(part).isEqualTo(java.util.Arrays.copyOfRange(whole, 10, 50));
        given().auth().oauth2(RITA).header("Range", "bytes=" + whole.length + "-")
                .get("/api/extracts/{id}/download", extractId).then().statusCode(416)
                .header("Content-Range", "bytes */" + whole.length);
    }

    @Test
    void purgesTheBytesForGoodAndKeepsTheRecordOfTheDelivery() {
        String extractId = readyExtract();
        String sha256 = given().auth().oauth2(RITA).get("/api/extracts/{id}", extractId).then().extract().path("sha256");

        given().auth().oauth2(RITA).post("/api/extracts/{id}/purge", extractId).then().statusCode(403);
        given().auth().oauth2(MAYA).post("/api/extracts/{id}/purge", extractId).then().statusCode(200)
                .body("status", equalTo("PURGED")).body("purgedBy", equalTo("maya")).body("sha256", equalTo(sha256))
                .body("rows", equalTo(3));
        given().auth().oauth2(MAYA).post("/api/extracts/{id}/purge", extractId).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(RITA).get("/api/extracts/{id}/download", extractId).then().statusCode(410)
                .body("detail", containsString("purged"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) org.opendars.extract.Extract.getEntityManager()
                .createNativeQuery("select count(*) from extract_chunk where extract_id = cast(:id as uuid)")
                .setParameter("id", extractId).getSingleResult()).longValue())).isZero();
    }

    @Test
    void keepsTheFileEncryptedAtRest() {
        String extractId = readyExtract();
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) org.opendars.extract.Extract.getEntityManager()
                .createNativeQuery("select bytes from extract_chunk where extract_id = cast(:id as uuid) and seq = 0")
                .setParameter("id", extractId).getSingleResult());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("pseudonym").doesNotContain("STUDY-");
    }
}
