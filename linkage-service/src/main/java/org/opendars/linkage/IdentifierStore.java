package org.opendars.linkage;

import org.opendars.kit.problem.InvalidRequestException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.postgresql.PGConnection;

import org.opendars.kit.api.SpreadsheetSafe;

import io.agroal.api.AgroalDataSource;

/**
 * Identifiers in and out of this service's schema. Bulk moves use PostgreSQL COPY; reads stream with a cursor,
 * so neither a large cohort nor a large result set is ever held by Hibernate.
 */
@ApplicationScoped
public class IdentifierStore {

    static final String RESULTS_HEADER = "pseudonym,study_id,dataset,record_id,match_rank";

    private final AgroalDataSource dataSource;

    IdentifierStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Loads an uploaded cohort file: its header decides the columns, the rest streams through COPY into a scratch
     * table and is mapped into the run's cohort in one statement. Returns the cohort size.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int loadUpload(UUID runId, InputStream csv, ColumnMapping mapping) {
        List<String> header = List.of();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            header = header(csv);
            Map<String, Integer> positions = mapping.positionsIn(header);
            StringBuilder columns = new StringBuilder();
            for (int i = 0; i < header.size(); i++) {
                columns.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
            }
            statement.execute("create temporary table upload_in (" + columns + ") on commit drop");
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY upload_in FROM STDIN WITH (FORMAT csv)", csv);
            // Column positions come from the file's header (checked against the mapping), never from its text.
            try (PreparedStatement insert = connection.prepareStatement("insert into cohort_record (run_id, line,"
                    + " local_id, nhs_number, date_of_birth, sex, postcode, given_name, family_name) select ?, line,"
                    + " coalesce(nullif(local_id, ''), line::text), nhs_number, date_of_birth, sex, postcode,"
                    + " nullif(left(trim(given_name), 100), ''), nullif(left(trim(family_name), 100), '') from"
                    + " (select row_number() over ()"
                    + " as line, " + column(positions, "localId") + " as local_id, " + column(positions, "nhsNumber")
                    + " as nhs_number, " + column(positions, "dateOfBirth") + " as date_of_birth, "
                    + column(positions, "sex") + " as sex, " + column(positions, "postcode") + " as postcode, "
                    + column(positions, "givenName") + " as given_name, " + column(positions, "familyName")
                    + " as family_name from upload_in) u")) {
                insert.setObject(1, runId);
                return insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw UploadError.of(e, header).orElseThrow(
                    () -> new IllegalStateException("could not load the uploaded cohort of run " + runId, e));
        } catch (IOException e) {
            throw new IllegalStateException("could not load the uploaded cohort of run " + runId, e);
        }
    }

    private static String column(Map<String, Integer> positions, String role) {
        Integer position = positions.get(role);
        return position == null ? "null" : "left(c" + position + ", 200)";
    }

    /**
     * Reads the header line byte by byte, so the stream is left at the first data row for COPY. An empty file or a
     * header that is not CSV is the uploader's mistake (400).
     */
    static List<String> header(InputStream csv) {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        try {
            int b;
            while ((b = csv.read()) != -1 && b != '\n') {
                line.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        }
        String text = line.toString(StandardCharsets.UTF_8).replace("\r", "").replace("\uFEFF", "");
        if (text.isBlank()) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("file",
                    "the file is empty: a header row naming the columns is expected")));
        }
        try (org.apache.commons.csv.CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            return parser.getRecords().get(0).stream().map(String::trim).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("file",
                    "the header row is not valid CSV")));
        }
    }

    /** An uploaded run's outcome per cohort member: the organisation's pseudonym for each matched member. */
    public void writeMatches(LinkageRun run, PseudonymKey.Pseudonymiser pseudonyms, OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("select local_id, person_id,"
                    + " match_rank, ambiguous from link_result where run_id = ? order by line")) {
                statement.setFetchSize(5_000);
                statement.setObject(1, run.id);
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                try (ResultSet rows = statement.executeQuery();
                        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                                .setHeader("local_id", "pseudonym", "match_rank", "ambiguous")
                                .setRecordSeparator('\n').get())) {
                    while (rows.next()) {
                        String person = rows.getString(2);
                        csv.printRecord(SpreadsheetSafe.cell(rows.getString(1)), person == null ? "" : pseudonyms.of(person),
                                rows.getInt(3) == 0 ? "" : rows.getInt(3), rows.getBoolean(4));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the matches of run " + run.id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each person the organisation was given a pseudonym of, in its completed runs, once. */
    public void personsLinkedFor(String organisationId, java.util.function.Consumer<String> person) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("select distinct l.person_id from"
                    + " link_result l join linkage_run r on r.id = l.run_id where r.organisation_id = ?"
                    + " and r.status = 'COMPLETED' and l.person_id is not null order by l.person_id")) {
                statement.setFetchSize(5_000);
                statement.setString(1, organisationId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        person.accept(rows.getString(1));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the persons linked for " + organisationId, e);
        }
    }

    /** A run's cohort: engine records keyed by line (applicants' own ids need not be unique) and the local ids. */
    public record Cohort(List<PersonRecord> records, List<String> localIds) {
    }

    public Cohort cohort(UUID runId) {
        List<String> localIds = new ArrayList<>();
        List<PersonRecord> records = query("select line::text, nhs_number, date_of_birth, sex, postcode, local_id,"
                + " given_name, family_name from cohort_record where run_id = ? order by line", runId, rows -> {
                    localIds.add(rows.getString(6));
                    return new PersonRecord(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(7), rows.getString(8), null);
                });
        return new Cohort(records, localIds);
    }

    public List<PersonRecord> personIndex() {
        return query("select person_id, nhs_number, date_of_birth, sex, postcode, given_name, family_name"
                + " from person where merged_into is null", null, rows -> new PersonRecord(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getString(7), null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void saveMatches(UUID runId, Cohort cohort, List<DeterministicMatch> matches, double[] probabilities) {
        StringBuilder csv = new StringBuilder(matches.size() * 40);
        for (int i = 0; i < matches.size(); i++) {
            DeterministicMatch match = matches.get(i);
            String issues = match.issues().stream().map(Object::toString).collect(Collectors.joining("; "));
            csv.append(runId).append(',').append(cohort.records().get(i).id()).append(',')
                    .append(quoted(cohort.localIds().get(i))).append(',')
                    .append(match.personId() == null ? "" : match.personId()).append(',')
                    .append(match.rank()).append(',').append(match.ambiguous()).append(',')
                    .append(quoted(issues)).append(',');
            if (probabilities != null && !Double.isNaN(probabilities[i])) {
                csv.append((float) probabilities[i]);
            }
            csv.append('\n');
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY link_result (run_id, line, local_id,"
                    + " person_id, match_rank, ambiguous, issues, match_probability) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not save the matches of run " + runId, e);
        }
    }

    /** A release's matched records become (or replace) its record-person links; returns how many were stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long storeReleaseLinks(LinkageRun run) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("insert into release_record (dataset_code,"
                        + " record_id, person_id, match_rank, match_probability, release_id, file_version,"
                        + " index_version) select ?, local_id, person_id, match_rank, match_probability, ?, ?, ? from"
                        + " link_result where run_id = ? and person_id is not null on conflict (dataset_code,"
                        + " record_id) do update set person_id = excluded.person_id, match_rank = excluded.match_rank,"
                        + " match_probability = excluded.match_probability, release_id = excluded.release_id,"
                        + " file_version = excluded.file_version, index_version = excluded.index_version")) {
            statement.setString(1, run.datasetCode);
            statement.setString(2, run.releaseId);
            statement.setObject(3, run.fileVersion);
            statement.setObject(4, run.personIndexVersion);
            statement.setObject(5, run.id);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the links of release " + run.releaseId, e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long countResults(LinkageRun run) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from (" + resultsSql(run)
                        + ") r")) {
            bindResults(statement, run);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the results of run " + run.id, e);
        }
    }

    /** Streams the run's results as CSV: the organisation's pseudonym, never the person id. */
    public void writeResults(LinkageRun run, PseudonymKey.Pseudonymiser pseudonyms, OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(resultsSql(run))) {
                statement.setFetchSize(5_000);
                bindResults(statement, run);
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                try (ResultSet rows = statement.executeQuery();
                        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                                .setHeader(RESULTS_HEADER.split(",")).setRecordSeparator('\n').get())) {
                    while (rows.next()) {
                        String person = rows.getString(1);
                        csv.printRecord(person == null ? "" : pseudonyms.of(person), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getInt(5));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the results of run " + run.id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cohort run delivers its linked members' records, but not those of members who opted out (marked at
     * completion); a run without a cohort delivers every linked record, of people who have not opted out.
     */
    private static String resultsSql(LinkageRun run) {
        if (run.hasCohort() && run.reportsEveryMember()) {
            // A row per cohort member (data set COHORT), traced or not, before its records.
            return "select person_id, local_id, dataset_code, record_id, match_rank from (select l.person_id,"
                    + " l.local_id, 'COHORT' as dataset_code, '' as record_id, l.match_rank from link_result l"
                    + " where l.run_id = ? and not l.opted_out union all select l.person_id, l.local_id,"
                    + " r.dataset_code, r.record_id, l.match_rank from link_result l join release_record r on"
                    + " r.person_id = l.person_id where l.run_id = ? and r.dataset_code = any (?) and not l.opted_out)"
                    + " t order by local_id, dataset_code, record_id";
        }
        if (run.hasCohort()) {
            return "select l.person_id, l.local_id, r.dataset_code, r.record_id, l.match_rank from link_result l"
                    + " join release_record r on r.person_id = l.person_id"
                    + " where l.run_id = ? and r.dataset_code = any (?) and not l.opted_out"
                    + " order by l.local_id, r.dataset_code, r.record_id";
        }
        return "select r.person_id, null, r.dataset_code, r.record_id, r.match_rank from release_record r"
                + " where ? is not null and r.dataset_code = any (?)"
                + (Boolean.TRUE.equals(run.optOutsApplied) ? " and not exists (select 1 from person p join opt_out o"
                        + " on o.nhs_number = p.nhs_number where p.person_id = r.person_id)" : "")
                + " order by r.person_id, r.dataset_code, r.record_id";
    }

    private static void bindResults(PreparedStatement statement, LinkageRun run) throws SQLException {
        int next = 1;
        if (run.hasCohort() && run.reportsEveryMember()) {
            statement.setObject(next++, run.id);
        }
        statement.setObject(next++, run.id);
        statement.setArray(next, statement.getConnection().createArrayOf("varchar", run.datasetCodes().toArray()));
    }

    @FunctionalInterface
    private interface RowMapper {
        PersonRecord map(ResultSet rows) throws SQLException;
    }

    private List<PersonRecord> query(String sql, UUID parameter, RowMapper mapper) {
        List<PersonRecord> records = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(mapper.map(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read identifiers", e);
        }
        return records;
    }

    /** A CSV field for COPY: empty (read as NULL) for null or empty, else quoted with quotes doubled. */
    static String quoted(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
