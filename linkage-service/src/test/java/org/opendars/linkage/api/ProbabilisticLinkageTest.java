package org.opendars.linkage.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.opendars.linkage.engine.identifiers.DatesOfBirth;
import org.opendars.linkage.engine.identifiers.Postcodes;
import org.opendars.linkage.engine.identifiers.SexCodes;
import org.opendars.linkage.engine.synthetic.CorruptionRates;
import org.opendars.linkage.engine.synthetic.NameTables;
import org.opendars.linkage.engine.synthetic.SyntheticData;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.Tokens;

/**
 * A names-only cohort: names, date of birth, sex and postcode, typos included, and no NHS numbers. The ranks
 * match only the records whose date of birth, sex and postcode are intact; the probabilistic stage links the rest
 * at rank P, each with its probability, and the run records which model linked it.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class ProbabilisticLinkageTest {

    static final String MAYA = Tokens.staff("maya", "data-manager");
    static final int PERSONS = 1200;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void linksANamesOnlyCohortAtRankPWithProbabilities() throws Exception {
        Path folder = Files.createTempDirectory("names-only");
        SyntheticData.Written files = SyntheticData.write(folder, PERSONS, 20261202, NameTables.from(null),
                CorruptionRates.realistic());
        Map<String, String> personOfRecord = new HashMap<>();
        StringBuilder cohort = new StringBuilder("study,forename,surname,dob,gender,pc\n");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into person (person_id, nhs_number,"
                        + " date_of_birth, sex, postcode, given_name, family_name) values (?, null, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing")) {
            for (CSVRecord person : rows(files.persons())) {
                insert.setString(1, "PN" + person.get("person_id"));
                insert.setString(2, DatesOfBirth.validate(person.get("date_of_birth")).value());
                insert.setString(3, SexCodes.validate(person.get("sex")).value());
                insert.setString(4, Postcodes.validate(person.get("postcode")).value());
                insert.setString(5, person.get("given_name"));
                insert.setString(6, person.get("family_name"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        for (CSVRecord record : rows(files.records())) {
            String study = "NS-" + record.get("record_id");
            personOfRecord.put(study, "PN" + record.get("person_id"));
            cohort.append(study).append(',').append(csv(record.get("given_name"))).append(',')
                    .append(csv(record.get("family_name"))).append(',').append(csv(record.get("date_of_birth")))
                    .append(',').append(csv(record.get("sex"))).append(',').append(csv(record.get("postcode")))
                    .append('\n');
        }

        String id = given().auth().oauth2(MAYA).contentType("text/csv").body(cohort.toString())
                .queryParam("organisationId", "ORG-N").queryParam("localId", "study")
                .queryParam("givenName", "forename").queryParam("familyName", "surname")
                .queryParam("dateOfBirth", "dob").queryParam("sex", "gender").queryParam("postcode", "pc")
                .post("/api/bespoke-linkages").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(MAYA)
                .get("/api/bespoke-linkages/{id}", id).then().body("status", equalTo("COMPLETED")));

        int linked = 0;
        int correct = 0;
        int atRankP = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select local_id, person_id, match_rank,"
                        + " match_probability from link_result where run_id = ?::uuid")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(2) == null) {
                        continue;
                    }
                    linked++;
                    correct += rows.getString(2).equals(personOfRecord.get(rows.getString(1))) ? 1 : 0;
                    if (rows.getInt(3) == 9) {
                        atRankP++;
                        assertThat(rows.getFloat(4)).isBetween(0.5f, 1.0f);
                    } else {
                        assertThat(rows.getObject(4)).isNull();
                    }
                }
            }
        }
        assertThat(atRankP).isGreaterThan(PERSONS / 10);
        assertThat((double) linked / PERSONS).isGreaterThan(0.85);
        assertThat((double) correct / linked).isGreaterThan(0.98);
        given().auth().oauth2(MAYA).get("/api/linkage-runs/{id}/quality", id).then().statusCode(200)
                .body("mode", equalTo("deterministic+probabilistic"))
                .body("linksByRank.P", equalTo(atRankP));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select r.model_index_version,"
                        + " (select count(*) from linkage_model m where m.index_version = r.model_index_version)"
                        + " from linkage_run r where r.id = ?::uuid")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                assertThat(rows.getObject(1)).isNotNull();
                assertThat(rows.getInt(2)).isEqualTo(1);
            }
        }
    }

    private static Iterable<CSVRecord> rows(Path file) throws Exception {
        Reader reader = Files.newBufferedReader(file);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }

    private static String csv(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }
}
