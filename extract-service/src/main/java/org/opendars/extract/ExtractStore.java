package org.opendars.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.postgresql.PGConnection;

import org.opendars.kit.api.SpreadsheetSafe;

import io.agroal.api.AgroalDataSource;

/**
 * Writes and reads extract files. Writing: the linkage results are copied into the database, joined with the
 * content there and copied out (restricted to the approved data sets and fields) to a temporary file, hashing as
 * the bytes pass; the file is then stored in this service's schema as encrypted chunks, in the transaction that
 * marks the extract ready. Reading streams any byte range, one chunk query at a time with no transaction held.
 */
@ApplicationScoped
public class ExtractStore {

    public record Stored(long rows, String sha256, long sizeBytes, int chunkSize, byte[] sealedKey, String masterKeyId) {
    }

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,60}");
    private static final int CHUNKS_PER_BATCH = 8;

    private final AgroalDataSource dataSource;
    private final ExtractVault vault;
    private final int chunkSize;

    ExtractStore(AgroalDataSource dataSource, ExtractVault vault, ExtractSettings settings) {
        this.dataSource = dataSource;
        this.vault = vault;
        this.chunkSize = settings.chunkSize();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Stored write(Extract extract, List<ApprovedDataset> approved, Path results) {
        Path plain = null;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create temporary table results_in (pseudonym varchar(64), study_id varchar(64),"
                    + " dataset varchar(40), record_id varchar(40), match_rank smallint) on commit drop");
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (InputStream in = Files.newInputStream(results)) {
                pg.getCopyAPI().copyIn("COPY results_in FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
            // The organisation's record-key pads reach SQL through a scratch table, never through the query text.
            statement.execute("create temporary table record_key_pads (inner_pad bytea, outer_pad bytea)"
                    + " on commit drop");
            ExtractVault.RecordKeyPads pads = vault.recordKeyPads(extract.organisationId);
            try (PreparedStatement insert = connection.prepareStatement("insert into record_key_pads values (?, ?)")) {
                insert.setBytes(1, pads.inner());
                insert.setBytes(2, pads.outer());
                insert.executeUpdate();
            }
            plain = Files.createTempFile("extract-" + extract.id, ".csv");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long rows;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(plain), sha256)) {
                rows = pg.getCopyAPI().copyOut("COPY (" + query(approved, recordKeys(connection)) + ") TO STDOUT"
                        + " WITH (FORMAT csv, HEADER true)", out);
            }
            ExtractVault.DataKey key = vault.newDataKey();
            long size = storeChunks(connection, extract.id, key, plain);
            return new Stored(rows, HexFormat.of().formatHex(sha256.digest()), size, chunkSize, key.sealed(),
                    key.masterKeyId());
        } catch (SQLException | IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not write extract " + extract.id, e);
        } finally {
            deleteQuietly(plain);
        }
    }

    private long storeChunks(Connection connection, UUID extractId, ExtractVault.DataKey key, Path plain)
            throws SQLException, IOException {
        long size = 0;
        try (PreparedStatement delete = connection.prepareStatement("delete from extract_chunk where extract_id = ?")) {
            delete.setObject(1, extractId);
            delete.executeUpdate();
        }
        try (InputStream in = Files.newInputStream(plain);
                PreparedStatement insert = connection.prepareStatement(
                        "insert into extract_chunk (extract_id, seq, bytes) values (?, ?, ?)")) {
            int seq = 0;
            for (byte[] chunk; (chunk = in.readNBytes(chunkSize)).length > 0; seq++) {
                size += chunk.length;
                insert.setObject(1, extractId);
                insert.setInt(2, seq);
                insert.setBytes(3, vault.encryptChunk(key.key(), extractId, seq, chunk));
                insert.addBatch();
                if ((seq + 1) % CHUNKS_PER_BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return size;
    }

    /** Writes bytes {@code first..last} (inclusive) of the extract's file, decrypting one chunk at a time. */
    public void read(Extract extract, long first, long last, OutputStream out) throws IOException {
        SecretKey key = vault.unseal(extract.sealedKey, extract.masterKeyId);
        int chunkSize = extract.chunkSize;
        for (int seq = (int) (first / chunkSize); (long) seq * chunkSize <= last; seq++) {
            byte[] chunk = vault.decryptChunk(key, extract.id, seq, chunk(extract.id, seq));
            long chunkStart = (long) seq * chunkSize;
            int from = (int) Math.max(0, first - chunkStart);
            int to = (int) Math.min(chunk.length, last - chunkStart + 1);
            out.write(chunk, from, to - from);
        }
    }

    /** True when every chunk of the file is there; a download is not started on a file that cannot be finished. */
    public boolean isIntact(Extract extract) {
        long expected = (extract.sizeBytes + extract.chunkSize - 1) / extract.chunkSize;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from extract_chunk where extract_id = ?")) {
            count.setObject(1, extract.id);
            try (ResultSet result = count.executeQuery()) {
                return result.next() && result.getLong(1) == expected;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check extract " + extract.id, e);
        }
    }

    private byte[] chunk(UUID extractId, int seq) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select bytes from extract_chunk where extract_id = ? and seq = ?")) {
            select.setObject(1, extractId);
            select.setInt(2, seq);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IOException("chunk " + seq + " of extract " + extractId + " is missing");
                }
                return result.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException("could not read extract " + extractId, e);
        }
    }

    /** Deletes the stored bytes of a purged extract; the extract's record stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteBytes(UUID extractId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from extract_chunk where extract_id = ?")) {
            delete.setObject(1, extractId);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge extract " + extractId, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; the JVM's temporary directory is emptied with the pod
            }
        }
    }

    /**
     * One column per approved field; a field is filled only on rows of the data sets it was approved for, so an
     * approval for one data set never releases the same-named field of another.
     */
    /** The fields of each data set whose values are stable record keys across the national data set. */
    private static Map<String, java.util.Set<String>> recordKeys(Connection connection) throws SQLException {
        Map<String, java.util.Set<String>> keys = new java.util.HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select dataset_code, field from record_key_field")) {
            while (rows.next()) {
                keys.computeIfAbsent(rows.getString(1), d -> new java.util.HashSet<>()).add(rows.getString(2));
            }
        }
        return keys;
    }

    /** HMAC-SHA-256 of a value under the organisation's record-key secret, as 32 hex digits like person pseudonyms. */
    private static String pseudonymised(String value) {
        return "(select left(encode(sha256(p.outer_pad || sha256(p.inner_pad || convert_to(" + value
                + ", 'UTF8'))), 'hex'), 32) from record_key_pads p)";
    }

    static String query(List<ApprovedDataset> approved) {
        return query(approved, Map.of());
    }

    static String query(List<ApprovedDataset> approved, Map<String, java.util.Set<String>> recordKeys) {
        if (approved.isEmpty()) {
            throw new IllegalArgumentException("no approved data sets to release");
        }
        Map<String, List<String>> datasetsByField = new LinkedHashMap<>();
        for (ApprovedDataset dataset : approved) {
            safe(dataset.code());
            for (String field : dataset.fields()) {
                datasetsByField.computeIfAbsent(safe(field), f -> new java.util.ArrayList<>()).add(dataset.code());
            }
        }
        // Every text cell a person will open is neutralised against spreadsheet formulas (the applicant's own study
        // ids included); pseudonyms, ranks and data set codes cannot start with a formula character.
        // A stable record key is released only as the receiving organisation's pseudonym of it.
        String columns = datasetsByField.entrySet().stream()
                .map(e -> {
                    String field = e.getKey();
                    List<String> keyed = e.getValue().stream()
                            .filter(d -> recordKeys.getOrDefault(d, java.util.Set.of()).contains(field)).toList();
                    List<String> plain = e.getValue().stream().filter(d -> !keyed.contains(d)).toList();
                    String value = "c.fields ->> '" + field + "'";
                    return "case" + (keyed.isEmpty() ? "" : " when r.dataset in (" + quotedList(keyed) + ") then "
                            + pseudonymised(value))
                            + (plain.isEmpty() ? "" : " when r.dataset in (" + quotedList(plain) + ") then "
                                    + SpreadsheetSafe.sql(value))
                            + " end as \"" + field + "\"";
                })
                .collect(Collectors.joining(", "));
        String datasets = quotedList(approved.stream().map(ApprovedDataset::code).toList());
        return "select r.pseudonym, " + SpreadsheetSafe.sql("r.study_id") + " as study_id, r.match_rank, r.dataset"
                + (columns.isEmpty() ? "" : ", " + columns)
                + " from results_in r join content_record c on c.dataset_code = r.dataset and c.record_id = r.record_id"
                + " where r.dataset in (" + datasets + ") order by r.study_id, r.pseudonym, r.dataset, r.record_id";
    }

    private static String quotedList(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    /** Names reach SQL text, so only plain identifiers pass; the catalogue has no other kind. */
    private static String safe(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a data set or field name: " + name);
        }
        return name;
    }
}
