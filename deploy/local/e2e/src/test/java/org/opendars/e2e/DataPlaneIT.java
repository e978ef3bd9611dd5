package org.opendars.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opendars.releases.ReleaseTools;

import io.restassured.path.json.JsonPath;
import picocli.CommandLine;

/**
 * The data plane through real processes: synthetic releases are generated and sent in through the data manager's
 * door, split between linkage-service (identifiers) and extract-service (content); the person index grows; a standard
 * extract delivers the year to date when its agreement comes into force, and again when month 7 arrives.
 */
class DataPlaneIT extends PlatformTest {

    static final String MAYA = Chain.MAYA;
    static final String RITA = Chain.RITA;

    private static Path releases;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ReleaseTools());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        int code = command.execute(args);
        assertThat(code).as(String.join(" ", args) + "\n" + out).isZero();
        return out.toString();
    }

    private static Path generate(String dataset, int month) throws Exception {
        if (releases == null) {
            releases = Files.createTempDirectory("releases");
        }
        run("generate", "--dataset", dataset, "--persons", "800", "--seed", "11", "--financial-year", "2024-25",
                "--month", Integer.toString(month), "--out", releases.toString());
        return releases.resolve(String.format("%s-2024-25-M%02d.v1.csv", dataset, month));
    }

    private static void ingest(String dataset, int month) throws Exception {
        Path token = Files.writeString(Files.createTempFile("token", ".txt"), MAYA);
        run("ingest", "--dataset", dataset, "--release", String.format("2024-25-M%02d", month), "--financial-year",
                "2024-25", "--month", Integer.toString(month), "--file", generate(dataset, month).toString(),
                "--linkage-url", platform.url("linkage-service"), "--extract-url", platform.url("extract-service"),
                "--token-file", token.toString());
    }

    private static JsonPath linked(String dataset, String release) {
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(given().auth().oauth2(MAYA)
                .get(platform.url("linkage-service") + "/api/releases/{d}/{r}", dataset, release).then()
                .extract().path("status")));
        return given().auth().oauth2(MAYA).get(platform.url("linkage-service") + "/api/releases/{d}/{r}", dataset,
                release).then().extract().jsonPath();
    }

    private static List<Map<String, Object>> readyExtracts(String applicationId) {
        return given().auth().oauth2(RITA).get(platform.url("extract-service") + "/api/extracts?applicationId={id}",
                applicationId).then().statusCode(200).extract().path("findAll { it.status == 'READY' }");
    }

    @Test
    void growsThePersonIndexFromReleasesAndDeliversAStandardExtractAgainWhenMonth7Arrives() throws Exception {
        int versionBefore = given().auth().oauth2(MAYA).get(platform.url("linkage-service") + "/api/person-index")
                .then().statusCode(200).extract().path("version");
        ingest("HES_APC", 6);
        ingest("ONS_MORTALITY", 6);
        JsonPath apc6 = linked("HES_APC", "2024-25-M06");
        assertThat(apc6.getInt("personsAdded")).isPositive();
        assertThat(apc6.getInt("matched") + apc6.getInt("unmatched") + apc6.getInt("ambiguous"))
                .isEqualTo(apc6.getInt("cohortSize"));
        linked("ONS_MORTALITY", "2024-25-M06");
        assertThat(given().auth().oauth2(MAYA).get(platform.url("linkage-service") + "/api/person-index").then()
                .extract().<Integer>path("version")).isGreaterThan(versionBefore);
        given().auth().oauth2(MAYA).get(platform.url("extract-service") + "/api/releases/HES_APC/2024-25-M06").then()
                .statusCode(200).body("[0].status", org.hamcrest.Matchers.equalTo("CURRENT"));

        // A standard extract of the same data sets, monthly, under a signed agreement.
        String form = chain.application(1).replace("\"BESPOKE_EXTRACT\"", "\"STANDARD_EXTRACT\"")
                .replace("\"ONE_OFF\"", "\"MONTHLY\"");
        String applicationId = chain.submit(form);
        chain.approve(applicationId);
        await().atMost(Duration.ofSeconds(90)).until(() -> readyExtracts(applicationId).size() == 1);
        String first = readyExtracts(applicationId).get(0).get("id").toString();
        JsonPath firstManifest = given().auth().oauth2(RITA).get(platform.url("extract-service")
                + "/api/extracts/{id}/manifest", first).then().statusCode(200).extract().jsonPath();
        assertThat(firstManifest.getList("releases.releaseId", String.class)).contains("2024-25-M06");
        assertThat(firstManifest.getList("spec.fromYear", Integer.class)).containsOnly(2024);
        long firstRows = firstManifest.getLong("files[0].rows");
        assertThat(firstRows).isPositive();

        ingest("HES_APC", 7);
        linked("HES_APC", "2024-25-M07");
        await().atMost(Duration.ofSeconds(90)).until(() -> readyExtracts(applicationId).size() == 2);
        String second = readyExtracts(applicationId).stream().map(e -> e.get("id").toString())
                .filter(id -> !id.equals(first)).findFirst().orElseThrow();
        JsonPath manifest = given().auth().oauth2(RITA).get(platform.url("extract-service")
                + "/api/extracts/{id}/manifest", second).then().statusCode(200).extract().jsonPath();
        List<String> apcReleases = manifest.getList("releases.findAll { it.datasetCode == 'HES_APC' }.releaseId",
                String.class);
        assertThat(apcReleases).contains("2024-25-M07").doesNotContain("2024-25-M06");
        assertThat(manifest.getLong("files[0].rows")).isGreaterThanOrEqualTo(firstRows);
        String csv = given().auth().oauth2(RITA).get(platform.url("extract-service")
                + "/api/extracts/{id}/files/HES_APC.csv", second).then().statusCode(200).extract().asString();
        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).contains(",2024-25-M07 v1,"));
        given().auth().oauth2(Chain.ROB).get(platform.url("extract-service") + "/api/extracts/{id}/files/HES_APC.csv",
                second).then().statusCode(404);
    }
}
