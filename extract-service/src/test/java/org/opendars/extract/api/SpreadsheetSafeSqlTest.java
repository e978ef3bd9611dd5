package org.opendars.extract.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.opendars.kit.api.SpreadsheetSafe;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The SQL that neutralises delivered cells must treat every cell as the Java rule does, in PostgreSQL itself. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class SpreadsheetSafeSqlTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void neutralisesInSqlExactlyTheCellsTheJavaRuleDoes() throws Exception {
        List<String> cells = List.of("=1+1", "+44 20", "@SUM(A1)", "\tTAB", "\rCR", "-A1", "-5", "-", "--", "I21.9",
                "2020-01-01", "plain text", "a=b", "", "'quoted", "- 1", "-0.5", "=", "@", "+");
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "select " + SpreadsheetSafe.sql("v") + " from (select ?::text as v) t")) {
            for (String cell : cells) {
                statement.setString(1, cell);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    assertThat(rows.getString(1)).as(cell.replace("\t", "\\t").replace("\r", "\\r"))
                            .isEqualTo(SpreadsheetSafe.cell(cell));
                }
            }
        }
    }
}
