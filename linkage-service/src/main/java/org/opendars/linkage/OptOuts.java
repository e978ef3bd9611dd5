package org.opendars.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opendars.kit.problem.InvalidRequestException;
import org.opendars.kit.problem.InvalidRequestException.FieldError;
import org.opendars.linkage.engine.identifiers.NhsNumbers;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import io.agroal.api.AgroalDataSource;

/**
 * The National Data Opt-out list: NHS numbers of people who asked that their confidential data not be used beyond
 * their care. A data manager replaces it whole with each load; products whose legal basis is not exempt lose those
 * people's records when linkage completes, and only the number removed is recorded.
 */
@ApplicationScoped
public class OptOuts {

    public record Load(int version, int entries, int added, int removed, String sha256, String loadedBy,
            Instant loadedAt) {
    }

    private final AgroalDataSource dataSource;

    OptOuts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Replaces the list with the file's NHS numbers (a header naming column {@code nhs_number}); a file with any
     * number that fails the modulus 11 check is refused whole, naming the first such line, never the number.
     */
    @Transactional
    public Load replace(InputStream csv, String user) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            statement.execute("create temporary table opt_out_in (nhs_number varchar(10)) on commit drop");
            long invalid = 0;
            long firstInvalid = 0;
            try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .get().parse(new BufferedReader(new InputStreamReader(new DigestInputStream(csv, sha256),
                            StandardCharsets.UTF_8)));
                    Writer out = new OutputStreamWriter(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                            "COPY opt_out_in FROM STDIN WITH (FORMAT csv)", 1 << 16), StandardCharsets.UTF_8)) {
                if (!parser.getHeaderNames().contains("nhs_number")) {
                    throw new InvalidRequestException("nhs_number", "the file needs a header row with an nhs_number"
                            + " column");
                }
                for (CSVRecord record : parser) {
                    var number = NhsNumbers.validate(record.get("nhs_number"));
                    if (!number.isValid()) {
                        invalid++;
                        firstInvalid = firstInvalid == 0 ? parser.getCurrentLineNumber() : firstInvalid;
                        continue;
                    }
                    out.write(number.value());
                    out.write('\n');
                }
            } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
                throw new InvalidRequestException("file", "the file is not CSV with a header row");
            }
            if (invalid > 0) {
                throw new InvalidRequestException("the opt-out list was not loaded", List.of(new FieldError(
                        "nhs_number", invalid + " values are not valid NHS numbers; the first on line "
                                + firstInvalid)));
            }
            int added = count(statement, "select count(distinct nhs_number) from opt_out_in i where not exists"
                    + " (select 1 from opt_out o where o.nhs_number = i.nhs_number)");
            int removed = count(statement, "select count(*) from opt_out o where not exists (select 1 from"
                    + " opt_out_in i where i.nhs_number = o.nhs_number)");
            statement.execute("delete from opt_out o where not exists (select 1 from opt_out_in i where"
                    + " i.nhs_number = o.nhs_number)");
            statement.execute("insert into opt_out select distinct nhs_number from opt_out_in on conflict do nothing");
            int entries = count(statement, "select count(*) from opt_out");
            try (PreparedStatement insert = connection.prepareStatement("insert into opt_out_load (version, entries,"
                    + " added, removed, sha256, loaded_by, loaded_at) select coalesce(max(version), 0) + 1, ?, ?, ?, ?,"
                    + " ?, now() from opt_out_load returning version, loaded_at")) {
                String digest = HexFormat.of().formatHex(sha256.digest());
                insert.setInt(1, entries);
                insert.setInt(2, added);
                insert.setInt(3, removed);
                insert.setString(4, digest);
                insert.setString(5, user);
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    return new Load(rows.getInt(1), entries, added, removed, digest, user,
                            rows.getTimestamp(2).toInstant());
                }
            }
        } catch (SQLException | IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not load the opt-out list", e);
        }
    }

    public Optional<Load> latest() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version, entries, added, removed, sha256, loaded_by,"
                        + " loaded_at from opt_out_load order by version desc limit 1")) {
            return rows.next() ? Optional.of(new Load(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4),
                    rows.getString(5), rows.getString(6), rows.getTimestamp(7).toInstant())) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the opt-out list", e);
        }
    }

    /**
     * Marks the run's cohort members who opted out, so its results leave them out, and returns how many people that
     * is; for a run without a cohort, counts the people its results leave out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(LinkageRun run) {
        try (Connection connection = dataSource.getConnection()) {
            if (run.hasCohort()) {
                try (PreparedStatement update = connection.prepareStatement("update link_result l set opted_out = true"
                        + " from person p join opt_out o on o.nhs_number = p.nhs_number where l.run_id = ? and"
                        + " l.person_id = p.person_id")) {
                    update.setObject(1, run.id);
                    return update.executeUpdate();
                }
            }
            try (PreparedStatement select = connection.prepareStatement("select count(distinct r.person_id) from"
                    + " release_record r join person p on p.person_id = r.person_id join opt_out o on o.nhs_number ="
                    + " p.nhs_number where r.dataset_code = any (?)")) {
                select.setArray(1, connection.createArrayOf("varchar", run.datasetCodes().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply the opt-outs to run " + run.id, e);
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
