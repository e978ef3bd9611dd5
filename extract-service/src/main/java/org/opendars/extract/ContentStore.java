package org.opendars.extract;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;

import org.opendars.kit.problem.InvalidRequestException;
import org.opendars.kit.problem.InvalidRequestException.FieldError;

import io.agroal.api.AgroalDataSource;

/**
 * Loads a release file's content into its data set's typed table. The file is copied as text into a scratch table
 * (PostgreSQL COPY, streamed), every value is checked against the column's type there, and only then are the rows
 * cast into the financial year's partition, so a file with one bad value changes nothing.
 */
@ApplicationScoped
public class ContentStore {

    /** What a staged file holds: its columns as the header named them, its rows and the SHA-256 of its bytes. */
    public record Staged(List<String> columns, long rows, String sha256) {
    }

    /**
     * Columns that identify a person. They belong to linkage-service: a content file that carries one is refused,
     * so this service never holds them even for a moment.
     */
    static final Set<String> IDENTIFIERS = Set.of("nhs_number", "newnhsno", "date_of_birth", "dob", "postcode",
            "homeadd", "given_name", "family_name", "forename", "surname", "name", "address", "lopatid");

    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_RECORD_ID = 40;
    private static final int MAX_TEXT = 200;

    private final AgroalDataSource dataSource;

    ContentStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Serialises loads of one data set: partitions are created and files superseded one load at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String datasetCode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "release:" + datasetCode);
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock releases of " + datasetCode, e);
        }
    }

    /** Copies the file into this transaction's scratch table and checks every value; a 400 lists what is wrong. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Staged stage(ContentTable table, InputStream body) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            BufferedInputStream in = new BufferedInputStream(new DigestInputStream(body, sha256), 1 << 16);
            List<String> columns = header(table, in);
            statement.execute("drop table if exists staged_content");
            statement.execute("create temporary table staged_content (line bigserial, "
                    + columns.stream().map(c -> "\"" + c + "\" text").collect(Collectors.joining(", "))
                    + ") on commit drop");
            long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY staged_content ("
                    + quoted(columns) + ") FROM STDIN WITH (FORMAT csv)", in);
            check(table, columns, connection);
            return new Staged(columns, rows, HexFormat.of().formatHex(sha256.digest()));
        } catch (SQLException e) {
            // A malformed CSV line: PostgreSQL names the line, never the value (server detail is not logged).
            throw new InvalidRequestException("file", "the file is not a CSV file with one value per header column ("
                    + e.getMessage().replaceAll("\\s+", " ") + ")");
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not read the release file", e);
        }
    }

    /** Casts the staged rows into the financial year's partition, created on the year's first file. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long insert(ContentTable table, Staged staged, FinancialYear year, String releaseId, int fileVersion) {
        List<String> content = staged.columns().stream().filter(c -> !c.equals("record_id")).toList();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + table.partition(year.startYear()) + " partition of "
                    + table.table() + " for values in (" + year.startYear() + ")");
            try (PreparedStatement insert = connection.prepareStatement("insert into " + table.table()
                    + " (financial_year, release_id, file_version, record_id"
                    + (content.isEmpty() ? "" : ", " + quoted(content)) + ") select ?, ?, ?, record_id"
                    + content.stream().map(c -> ", cast(\"" + c + "\" as " + table.columns().get(c).sql + ")")
                            .collect(Collectors.joining())
                    + " from staged_content")) {
                insert.setShort(1, (short) year.startYear());
                insert.setString(2, releaseId);
                insert.setInt(3, fileVersion);
                return insert.executeUpdate();
            }
        } catch (SQLException e) {
            // The checks let through only values of the right shape; one still out of range (30 February) ends here.
            throw new InvalidRequestException("file", "a value is out of range for its column ("
                    + e.getMessage().replaceAll("\\s+", " ") + ")");
        }
    }

    private static List<String> header(ContentTable table, BufferedInputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0 || line.size() > MAX_HEADER_BYTES) {
                throw new InvalidRequestException("file", "the file has no header line");
            }
            line.write(b);
        }
        List<String> columns = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(
                    line.toString(StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripTrailing()))) {
                record.forEach(c -> columns.add(c.strip()));
            }
        } catch (IOException | IllegalStateException e) {
            throw new InvalidRequestException("file", "the header line is not CSV");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!columns.contains("record_id")) {
            errors.add(new FieldError("record_id", "the file has no record_id column: every record needs the id"
                    + " that links it to its identifiers"));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String column : columns) {
            if (IDENTIFIERS.contains(column.toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new FieldError(column, "identifiers go to linkage-service, never to the content store:"
                        + " split the release before sending it"));
            } else if (!column.equals("record_id") && !table.has(column)) {
                errors.add(new FieldError(column, "not a column of " + table.datasetCode() + " in the data"
                        + " dictionary (" + String.join(", ", table.columns().keySet()) + ")"));
            } else if (!seen.add(column)) {
                errors.add(new FieldError(column, "the header names this column twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("the file's header does not fit the data dictionary of "
                    + table.datasetCode(), errors);
        }
        return columns;
    }

    /** One pass over the staged rows counts the values of each column that would not fit, and where they start. */
    private static void check(ContentTable table, List<String> columns, Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> tests = new ArrayList<>();
        names.add("record_id");
        tests.add("record_id is null or length(record_id) > " + MAX_RECORD_ID);
        for (String column : columns) {
            ContentTable.Type type = table.columns().get(column);
            if (type == null) {
                continue;
            }
            String value = "\"" + column + "\"";
            names.add(column);
            tests.add(type.pattern == null ? "length(" + value + ") > " + MAX_TEXT
                    : value + " !~ '" + type.pattern + "'");
        }
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < tests.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("count(*) filter (where ").append(tests.get(i)).append("), min(line)")
                    .append(" filter (where ").append(tests.get(i)).append(")");
        }
        sql.append(", (select count(*) from (select record_id from staged_content group by record_id having"
                + " count(*) > 1) d) from staged_content");
        List<FieldError> errors = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql.toString())) {
            result.next();
            for (int i = 0; i < names.size(); i++) {
                long bad = result.getLong(2 * i + 1);
                if (bad > 0) {
                    String column = names.get(i);
                    ContentTable.Type type = table.columns().get(column);
                    errors.add(new FieldError(column, bad + (bad == 1 ? " value is" : " values are") + " not "
                            + expected(column, type) + "; the first on line " + (result.getLong(2 * i + 2) + 1)));
                }
            }
            long duplicated = result.getLong(2 * names.size() + 1);
            if (duplicated > 0) {
                errors.add(new FieldError("record_id", duplicated + " record ids appear more than once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("the file has values that do not fit their columns; nothing was loaded",
                    errors);
        }
    }

    private static String expected(String column, ContentTable.Type type) {
        if (type == null) {
            return "a record id of 1 to " + MAX_RECORD_ID + " characters";
        }
        return switch (type) {
            case DATE -> "dates (YYYY-MM-DD)";
            case INTEGER -> "whole numbers";
            case DECIMAL -> "decimal numbers";
            case CODE -> "codes of up to 20 letters, digits and . & / _ - or space";
            case TEXT -> "text of up to " + MAX_TEXT + " characters";
        };
    }

    private static String quoted(List<String> columns) {
        return columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    }
}
