package org.opendars.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.opendars.kit.problem.InvalidRequestException;
import org.opendars.kit.problem.InvalidRequestException.FieldError;
import org.opendars.linkage.engine.identifiers.DatesOfBirth;
import org.opendars.linkage.engine.identifiers.NhsNumbers;
import org.opendars.linkage.engine.identifiers.Postcodes;
import org.opendars.linkage.engine.identifiers.SexCodes;
import org.opendars.linkage.engine.identifiers.Validated;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;

/**
 * Applicants' cohort files: streamed through COPY into a scratch table, checked there with the engine's validators
 * (the rules linkage applies), and kept only when every row passes. Problems are reported by line and column and
 * never quote a value, since the values are identifiers.
 */
@ApplicationScoped
public class CohortStore {

    /** The columns a cohort file may have, by header name (any order, any case); {@code localId} is required. */
    static final List<String> COLUMNS = List.of("localId", "nhsNumber", "dateOfBirth", "sex", "postcode",
            "givenName", "familyName");

    private static final int MOST_PROBLEMS = 100;

    public record Counts(int members, int withNhsNumber, int withDateOfBirth, int withPostcode) {
    }

    private final AgroalDataSource dataSource;

    CohortStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Loads and checks a file in the caller's transaction; a file with any problem stores nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Counts load(UUID cohortId, InputStream csv, LocalDate today) {
        List<String> header = IdentifierStore.header(csv);
        Map<String, Integer> positions = positions(header);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            StringBuilder columns = new StringBuilder("line bigserial");
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < header.size(); i++) {
                columns.append(", c").append(i).append(" text");
                names.append(i == 0 ? "" : ", ").append('c').append(i);
            }
            statement.execute("create temporary table cohort_upload (" + columns + ") on commit drop");
            try {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY cohort_upload (" + names + ") FROM STDIN WITH (FORMAT csv)", csv);
            } catch (SQLException e) {
                throw UploadError.of(e, header).orElseThrow(() -> new IllegalStateException(
                        "could not load cohort " + cohortId, e));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the upload", e);
            }
            String select = "select line, " + column(positions, "localId") + ", " + column(positions, "nhsNumber")
                    + ", " + column(positions, "dateOfBirth") + ", " + column(positions, "sex") + ", "
                    + column(positions, "postcode") + ", " + column(positions, "givenName") + ", "
                    + column(positions, "familyName") + " from cohort_upload";
            List<FieldError> problems = problems(connection, select, positions, today);
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into cohort_member (cohort_id, line,"
                    + " local_id, nhs_number, date_of_birth, sex, postcode, given_name, family_name) select ?, line,"
                    + " trim(local_id),"
                    + " nullif(regexp_replace(nhs, '[^0-9]', '', 'g'), ''), nullif(trim(dob), ''),"
                    // Sex is kept as the engine's code (every row passed its check, so only these spellings remain).
                    + " case when upper(trim(sex)) in ('1', 'M', 'MALE') then '1'"
                    + " when upper(trim(sex)) in ('2', 'F', 'FEMALE') then '2' end,"
                    + " nullif(regexp_replace(upper(postcode), '[^A-Z0-9]', '', 'g'), ''),"
                    + " nullif(left(trim(given), 100), ''), nullif(left(trim(family), 100), '')"
                    + " from (" + select + ") u (line, local_id, nhs, dob, sex, postcode, given, family)")) {
                insert.setObject(1, cohortId);
                insert.executeUpdate();
            }
            try (PreparedStatement count = connection.prepareStatement("select count(*), count(nhs_number),"
                    + " count(date_of_birth), count(postcode) from cohort_member where cohort_id = ?")) {
                count.setObject(1, cohortId);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return new Counts(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not load cohort " + cohortId, e);
        }
    }

    /** Every row checked as the engine checks it, and local ids for repeats; at most the first 100 are listed. */
    private static List<FieldError> problems(Connection connection, String select, Map<String, Integer> positions,
            LocalDate today) throws SQLException {
        List<FieldError> problems = new ArrayList<>();
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(select + " order by line")) {
            statement.setFetchSize(5_000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows++;
                    long line = row.getLong(1) + 1;
                    String localId = row.getString(2);
                    if (localId == null || localId.isBlank()) {
                        add(problems, line, positions, "localId", "the local id is missing");
                    } else if (NhsNumbers.validate(localId).isValid()) {
                        add(problems, line, positions, "localId", "the local id is a valid NHS number; use your"
                                + " study's own id, which is released in the extract as study_id");
                    } else if (localId.strip().length() > 64) {
                        add(problems, line, positions, "localId", "the local id is longer than 64 characters");
                    }
                    check(problems, line, positions, "nhsNumber", NhsNumbers.validate(row.getString(3)));
                    check(problems, line, positions, "dateOfBirth", DatesOfBirth.validate(row.getString(4), today));
                    check(problems, line, positions, "sex", SexCodes.validate(row.getString(5)));
                    String postcode = row.getString(6);
                    // ZZ99 pseudo-postcodes (no fixed abode, overseas) are true answers, kept though they match nothing.
                    if (!isPseudoPostcode(postcode)) {
                        check(problems, line, positions, "postcode", Postcodes.validate(postcode));
                    }
                }
            }
        }
        if (rows == 0) {
            problems.add(new FieldError("file", "the file has a header but no members"));
        }
        try (PreparedStatement repeats = connection.prepareStatement("select line, first from (select line,"
                + " min(line) over (partition by trim(local_id)) as first from (" + select + ") u (line, local_id)"
                + " where trim(local_id) <> '') r where line <> first order by line limit " + MOST_PROBLEMS)) {
            try (ResultSet row = repeats.executeQuery()) {
                while (row.next()) {
                    add(problems, row.getLong(1) + 1, positions, "localId",
                            "the local id repeats the one on line " + (row.getLong(2) + 1));
                }
            }
        }
        if (problems.size() > MOST_PROBLEMS) {
            List<FieldError> first = new ArrayList<>(problems.subList(0, MOST_PROBLEMS));
            first.add(new FieldError("file", (problems.size() - MOST_PROBLEMS) + " more problems are not listed"));
            return first;
        }
        return problems;
    }

    private static boolean isPseudoPostcode(String raw) {
        return raw != null && raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "").startsWith("ZZ");
    }

    private static void check(List<FieldError> problems, long line, Map<String, Integer> positions, String column,
            Validated validated) {
        if (validated.hasProblem()) {
            add(problems, line, positions, column, validated.problem());
        }
    }

    private static void add(List<FieldError> problems, long line, Map<String, Integer> positions, String column,
            String problem) {
        if (problems.size() <= MOST_PROBLEMS) {
            problems.add(new FieldError("file", "line " + line + ", column " + (positions.get(column) + 1) + " ("
                    + column + "): " + problem));
        }
    }

    /** The members of a bound cohort become the run's cohort, inside the run's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int copyToRun(UUID cohortId, UUID runId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement copy = connection.prepareStatement("insert into cohort_record (run_id, line,"
                        + " local_id, nhs_number, date_of_birth, sex, postcode, given_name, family_name) select ?, line,"
                        + " local_id, nhs_number, date_of_birth, sex, postcode, given_name, family_name from"
                        + " cohort_member where cohort_id = ?")) {
            try (PreparedStatement forget = connection.prepareStatement("delete from cohort_record where run_id = ?")) {
                forget.setObject(1, runId);
                forget.executeUpdate();
            }
            copy.setObject(1, runId);
            copy.setObject(2, cohortId);
            return copy.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy cohort " + cohortId + " to run " + runId, e);
        }
    }

    /**
     * Deletes a cohort's members, and every copy of them in its runs' working tables, for good; the run results
     * (record ids and person ids, no identifiers) stay for the extract already made.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteMembers(UUID cohortId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement members = connection.prepareStatement(
                        "delete from cohort_member where cohort_id = ?");
                PreparedStatement copies = connection.prepareStatement("delete from cohort_record where run_id in"
                        + " (select id from linkage_run where cohort_id = ?)")) {
            members.setObject(1, cohortId);
            long deleted = members.executeUpdate();
            copies.setObject(1, cohortId);
            copies.executeUpdate();
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete the members of cohort " + cohortId, e);
        }
    }

    private static String column(Map<String, Integer> positions, String role) {
        Integer position = positions.get(role);
        return position == null ? "null" : "c" + position;
    }

    private static Map<String, Integer> positions(List<String> header) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String known = COLUMNS.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (known == null) {
                problems.add(new FieldError("file", "column " + (i + 1) + " of the header is not one of " + COLUMNS));
            } else if (positions.put(known, i) != null) {
                problems.add(new FieldError("file", "the header names " + known + " twice"));
            }
        }
        if (!positions.containsKey("localId")) {
            problems.add(new FieldError("file", "the header has no localId column"));
        }
        if (positions.size() < 2 && problems.isEmpty()) {
            problems.add(new FieldError("file", "the header names no identifier to link by besides localId"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return positions;
    }
}
