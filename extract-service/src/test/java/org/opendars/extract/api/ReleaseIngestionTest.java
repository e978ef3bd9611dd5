package org.opendars.extract.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;
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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class ReleaseIngestionTest {

    static final String MAYA = Tokens.staff("maya", "data-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static final String HEADER = "record_id,attendkey,apptdate,attended,firstatt,tretspef,diag_01,procode3,apptage,sex,"
            + "resladst_ons\n";

    private static String outpatients(int rows, String diagnosis) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            csv.append("OP-").append(i).append(',').append(1000 + i).append(",2030-05-0").append(i % 9 + 1)
                    .append(",5,1,110,").append(diagnosis).append(",RR8,").append(40 + i).append(",2,E08000035\n");
        }
        return csv.toString();
    }

    /** Each test has a financial year of its own, so releases of other tests never supersede its files. */
    private static String year() {
        int start = ThreadLocalRandom.current().nextInt(2030, 2099);
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private static RequestSpecification asDataManager() {
        return given().auth().oauth2(MAYA).contentType("text/csv");
    }

    private static io.restassured.response.ValidatableResponse post(String release, String year, String period,
            int version, String csv) {
        return asDataManager().body(csv).post("/api/releases/HES_OP/{release}/content?financialYear={y}&period={p}"
                + "&fileVersion={v}", release, year, period, version).then();
    }

    private static long rowsIn(String release) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) org.opendars.extract.Extract.getEntityManager()
                .createNativeQuery("select count(*) from hes_op where release_id = :r").setParameter("r", release)
                .getSingleResult()).longValue());
    }

    @Test
    void loadsTheContentIntoTheTypedTableAndTheSameFileAgainChangesNothing() {
        String year = year();
        String release = year + "-M02-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = outpatients(3, "I21.9");
        String sha = post(release, year, "M02", 1, csv).statusCode(201).body("rows", equalTo(3))
                .body("status", equalTo("CURRENT")).body("financialYear", equalTo(year))
                .extract().path("sha256");
        post(release, year, "M02", 1, csv).statusCode(200).body("sha256", equalTo(sha));
        assertThat(rowsIn(release)).isEqualTo(3);
        Object[] typed = QuarkusTransaction.requiringNew().call(() -> (Object[]) org.opendars.extract.Extract
                .getEntityManager().createNativeQuery("select apptdate, apptage, financial_year from hes_op"
                        + " where release_id = :r and record_id = 'OP-1'").setParameter("r", release)
                .getSingleResult());
        assertThat(typed[0]).isEqualTo(java.time.LocalDate.of(2030, 5, 2));
        assertThat(typed[1]).isEqualTo(41);
        assertThat(((Number) typed[2]).intValue()).isEqualTo(Integer.parseInt(year.substring(0, 4)));

        ConsumerRecord<String, byte[]> event = new TestKafka(bootstrap).awaitRecord("release-ingested",
                r -> ("HES_OP:" + release).equals(r.key()), Duration.ofSeconds(20));
        EventContract.assertValid("release-ingested", TestKafka.body(event));
        assertThat(EventContract.parse(TestKafka.body(event)).get("rows").asLong()).isEqualTo(3);
        assertThat(new TestKafka(bootstrap).records("release-ingested",
                r -> ("HES_OP:" + release).equals(r.key()), 2, Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aCorrectedFileVersionAndALaterMonthSupersedeWhatCameBeforeAndALateMonthIsKeptAside() {
        String year = year();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        post("M06-" + tag, year, "M06", 1, outpatients(2, "I21.9")).statusCode(201);
        post("M06-" + tag, year, "M06", 2, outpatients(3, "I21.9")).statusCode(201)
                .body("supersedes", equalTo(List.of("M06-" + tag + " v1")));
        post("M07-" + tag, year, "M07", 1, outpatients(4, "I21.9")).statusCode(201)
                .body("supersedes", equalTo(List.of("M06-" + tag + " v2")));
        post("M05-" + tag, year, "M05", 1, outpatients(1, "I21.9")).statusCode(201)
                .body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo("M07-" + tag + " v1"));

        given().auth().oauth2(MAYA).get("/api/releases/HES_OP/{r}", "M06-" + tag).then().statusCode(200)
                .body("status", equalTo(List.of("SUPERSEDED", "SUPERSEDED")));
        given().auth().oauth2(MAYA).get("/api/releases/HES_OP").then().statusCode(200)
                .body("findAll { it.financialYear == '" + year + "' && it.status == 'CURRENT' }.releaseId",
                        equalTo(List.of("M07-" + tag)));
        // Versions only go forward, and a version once loaded is never replaced by other bytes.
        post("M06-" + tag, year, "M06", 1, outpatients(2, "I21.9")).statusCode(409)
                .body("detail", containsString("only go forward"));
        post("M07-" + tag, year, "M07", 1, outpatients(4, "J18.9")).statusCode(409)
                .body("detail", containsString("file version 2"));
        post("M07-" + tag, year, "M08", 2, outpatients(4, "I21.9")).statusCode(409)
                .body("detail", containsString("not " + year + " M08"));
    }

    @Test
    void refusesAFileCarryingIdentifiersAndLoadsNothingOfIt() {
        String year = year();
        String release = "ids-" + UUID.randomUUID().toString().substring(0, 8);
        post(release, year, "M01", 1, "record_id,nhs_number,apptdate,postcode\nOP-1,9434765919,2030-05-01,LS1 4AB\n")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("nhs_number", "postcode"))
                .body("errors.message", hasItem(containsString("linkage-service")));
        given().auth().oauth2(MAYA).get("/api/releases/HES_OP/{r}", release).then().statusCode(404);
    }

    @Test
    void refusesValuesThatDoNotFitTheirColumnsNamingEachColumnAndItsFirstLine() {
        String year = year();
        String release = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + "OP-1,1,2030-05-01,5,1,110,I21.9,RR8,41,2,E08000035\n"
                + "OP-2,2,01/05/2030,5,1,110,I21.9,RR8,forty,2,E08000035\n"
                + "OP-2,3,2030-05-03,5,1,110,I21.9,RR8,43,2,E08000035\n";
        post(release, year, "M01", 1, csv).statusCode(400)
                .body("errors.find { it.field == 'apptdate' }.message", containsString("first on line 3"))
                .body("errors.find { it.field == 'apptage' }.message", containsString("whole numbers"))
                .body("errors.find { it.field == 'apptdate' }.pointer", equalTo("/apptdate"))
                .body("errors.find { it.field == 'record_id' }.message", containsString("more than once"));
        assertThat(rowsIn(release)).isZero();
        post(release, year, "M01", 1, HEADER + "OP-1,1,2030-02-30,5,1,110,I21.9,RR8,41,2,E08000035\n")
                .statusCode(400).body("detail", containsString("invalid"));
        post(release, year, "M01", 1, "record_id,colour\nOP-1,blue\n").statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("data dictionary"));
        post(release, year, "M01", 1, "attendkey,apptdate\n1,2030-05-01\n").statusCode(400)
                .body("errors[0].field", equalTo("record_id"));
        post(release, year, "M01", 1, "").statusCode(400);
        assertThat(rowsIn(release)).isZero();
        given().auth().oauth2(MAYA).get("/api/releases/HES_OP/{r}", release).then().statusCode(404);
    }

    @Test
    void refusesABadReleaseDescriptionAnUnknownDataSetAndAnyoneButADataManager() {
        String csv = outpatients(1, "I21.9");
        asDataManager().body(csv).post("/api/releases/HES_OP/r1/content?financialYear=2030-32&period=M13&fileVersion=0")
                .then().statusCode(400).body("errors.field", hasItems("financialYear", "period", "fileVersion"));
        asDataManager().body(csv).post("/api/releases/HES_OP/r1/content").then().statusCode(400)
                .body("errors.field", hasItems("financialYear", "period"));
        asDataManager().body(csv).post("/api/releases/GDPPR/r1/content?financialYear=2030-31&period=M01").then()
                .statusCode(404).body("detail", containsString("HES_APC"));
        asDataManager().body(csv).post("/api/releases/HES_OP/bad%20id/content?financialYear=2030-31&period=M01")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.of("rita", "ORG-A", "recipient")).contentType("text/csv").body(csv)
                .post("/api/releases/HES_OP/r1/content?financialYear=2030-31&period=M01").then().statusCode(403);
        given().auth().oauth2(Tokens.staff("aud", "auditor")).contentType("text/csv").body(csv)
                .post("/api/releases/HES_OP/r1/content?financialYear=2030-31&period=M01").then().statusCode(403);
        given().contentType("text/csv").body(csv)
                .post("/api/releases/HES_OP/r1/content?financialYear=2030-31&period=M01").then().statusCode(401);
        given().auth().oauth2(Tokens.staff("aud", "auditor")).get("/api/releases/HES_OP").then().statusCode(200);
    }
}
