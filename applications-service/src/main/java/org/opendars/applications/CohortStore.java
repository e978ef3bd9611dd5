package org.opendars.applications;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;

/** Cohort identifiers move in and out with PostgreSQL COPY: a cohort can hold a million people. */
@ApplicationScoped
public class CohortStore {

    private final AgroalDataSource dataSource;

    CohortStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs inside the caller's transaction: the connection is the one the application row was written on. */
    @Transactional(Transactional.TxType.MANDATORY)
    void save(UUID applicationId, List<CohortMember> cohort) {
        if (cohort.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(cohort.size() * 48);
        int line = 0;
        for (CohortMember member : cohort) {
            csv.append(applicationId).append(',').append(++line).append(',')
                    .append(quoted(member.localId())).append(',')
                    .append(quoted(member.nhsNumber())).append(',')
                    .append(quoted(member.dateOfBirth())).append(',')
                    .append(quoted(member.sex())).append(',')
                    .append(quoted(member.postcode())).append('\n');
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY cohort_member (application_id, line, local_id, nhs_number, date_of_birth, sex, postcode)"
                            + " FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not store the cohort of application " + applicationId, e);
        }
    }

    public void writeCsv(UUID applicationId, OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY (SELECT local_id AS \"localId\", nhs_number AS \"nhsNumber\", date_of_birth AS \"dateOfBirth\","
                            + " sex, postcode FROM cohort_member WHERE application_id = '" + applicationId
                            + "' ORDER BY line) TO STDOUT WITH (FORMAT csv, HEADER)",
                    out);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the cohort of application " + applicationId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty fields stay NULL; anything else is quoted so commas and quotes in identifiers survive. */
    private static String quoted(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
