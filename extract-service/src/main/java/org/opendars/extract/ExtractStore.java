package org.opendars.extract;

import java.io.BufferedOutputStream;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;

/**
 * Writes and reads deliveries. Writing: the linkage results are copied into the database, joined with the typed
 * content in force and copied out (restricted to the approved data sets, fields, years and filters) to one file per
 * data set, hashing as the bytes pass; the files and their manifest are packed and stored in this service's schema
 * as encrypted chunks, in the transaction that marks the extract ready. Reading streams any byte range, one chunk
 * query at a time with no transaction held.
 */
@ApplicationScoped
public class ExtractStore {

    /** A stored delivery: the package's rows, digest and size, its files, its sealed key and its manifest. */
    public record Stored(long rows, String sha256, long sizeBytes, int chunkSize, byte[] sealedKey, String masterKeyId,
            List<DeliveryPackage.Placed> files, Manifest manifest) {
    }

    private static final int CHUNKS_PER_BATCH = 8;

    private final AgroalDataSource dataSource;
    private final ExtractVault vault;
    private final ObjectMapper json;
    private final int chunkSize;
    private final String software;

    ExtractStore(AgroalDataSource dataSource, ExtractVault vault, ExtractSettings settings, ObjectMapper json,
            @ConfigProperty(name = "quarkus.application.name") String name,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "unversioned") String version) {
        this.dataSource = dataSource;
        this.vault = vault;
        this.json = json;
        this.chunkSize = settings.chunkSize();
        this.software = name + " " + version;
    }

    /**
     * Builds the delivery: the linkage results (none for a tabulation) are copied in, each file of the product is
     * copied out of the content in force (hashing as the bytes pass), the files and the manifest are packed, and the
     * package is stored as encrypted chunks in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stored write(Extract extract, ApprovedProduct product, Path results) {
        List<Path> scratch = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            long started = System.nanoTime();
            // The files are written in a stable order (so a rebuild gives the same bytes): sort in memory.
            statement.execute("set local work_mem = '256MB'");
            if (results != null) {
                statement.execute("create temporary table results_in (pseudonym varchar(64), study_id varchar(64),"
                        + " dataset varchar(40), record_id varchar(40), match_rank smallint) on commit drop");
                try (InputStream in = Files.newInputStream(results)) {
                    pg.getCopyAPI().copyIn("COPY results_in FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                }
                // Without statistics the planner takes the scratch table for a few rows and joins it row by row.
                statement.execute("analyze results_in");
            }
            long loaded = System.nanoTime();
            List<ApprovedDataset> scope = scope(extract, product);
            List<DeliveryPackage.Packed> files = new ArrayList<>();
            List<Manifest.Release> releases = new ArrayList<>();
            List<String> rules = new ArrayList<>();
            for (ApprovedDataset dataset : scope) {
                releases.addAll(releasesInForce(connection, dataset));
            }
            switch (product.productType) {
                case "TABULATION" -> {
                    for (ApprovedDataset dataset : scope) {
                        Tabulation.Counted counted = Tabulation.count(connection, dataset);
                        files.add(written(scratch, dataset.code() + "-tabulation.csv", dataset.code(),
                                out -> Tabulation.write(counted, new java.io.OutputStreamWriter(out,
                                        java.nio.charset.StandardCharsets.UTF_8))));
                        rules.add(Tabulation.rules(counted, dataset.code()));
                    }
                }
                case "PATIENT_STATUS_TRACKING" -> {
                    String query = PatientStatus.query(scope);
                    files.add(written(scratch, "PATIENT_STATUS.csv", "PATIENT_STATUS", out -> pg.getCopyAPI()
                            .copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, HEADER true)", out)));
                    rules.add(RECORD_LEVEL);
                }
                default -> {
                    padsFor(connection, extract.organisationId);
                    Map<String, Set<String>> keys = recordKeys(connection);
                    int indexVersion = extract.personIndexVersion == null ? 0 : extract.personIndexVersion;
                    for (ApprovedDataset dataset : scope) {
                        String query = ContentQuery.of(dataset, keys.getOrDefault(dataset.code(), Set.of()),
                                indexVersion);
                        files.add(written(scratch, dataset.code() + ".csv", dataset.code(), out -> pg.getCopyAPI()
                                .copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, HEADER true)", out)));
                    }
                    rules.add(RECORD_LEVEL);
                }
            }
            long copied = System.nanoTime();
            Manifest manifest = manifest(extract, product, scope, files, releases, rules);
            Path pack = Files.createTempFile("extract-" + extract.id, ".zip");
            scratch.add(pack);
            DeliveryPackage.Written written = DeliveryPackage.write(pack, files, json.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(manifest));
            ExtractVault.DataKey key = vault.newDataKey();
            storeChunks(connection, extract.id, key, pack);
            long rows = files.stream().mapToLong(DeliveryPackage.Packed::rows).sum();
            Log.infof("extract %s: results loaded in %d ms, %d rows written in %d ms, packed and stored in %d ms",
                    extract.id, (loaded - started) / 1_000_000, rows, (copied - loaded) / 1_000_000,
                    (System.nanoTime() - copied) / 1_000_000);
            return new Stored(rows, written.sha256(), written.sizeBytes(), chunkSize, key.sealed(), key.masterKeyId(),
                    written.files(), manifest);
        } catch (SQLException | IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not write extract " + extract.id, e);
        } finally {
            scratch.forEach(ExtractStore::deleteQuietly);
        }
    }

    private static final String RECORD_LEVEL = "record level: record keys released only as the organisation's"
            + " pseudonyms; cells neutralised against spreadsheet formulas";

    /** Writes one file of the delivery, hashing and counting as the bytes pass. */
    @FunctionalInterface
    private interface FileWriter {
        long write(OutputStream out) throws SQLException, IOException;
    }

    private static DeliveryPackage.Packed written(List<Path> scratch, String name, String datasetCode,
            FileWriter writer) throws IOException, SQLException, NoSuchAlgorithmException {
        Path file = Files.createTempFile("extract-" + datasetCode, ".csv");
        scratch.add(file);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        CRC32 crc = new CRC32();
        long rows;
        try (OutputStream out = new CheckedOutputStream(new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), sha256), crc)) {
            rows = writer.write(out);
        }
        return new DeliveryPackage.Packed(name, datasetCode, rows, HexFormat.of().formatHex(sha256.digest()),
                crc.getValue(), file);
    }

    /**
     * What the delivery covers: the approval as it is, except that each delivery of a standard extract is the
     * financial year to date of the release that made it (the first, the latest year in force).
     */
    private static List<ApprovedDataset> scope(Extract extract, ApprovedProduct product) {
        if (!"STANDARD_EXTRACT".equals(product.productType)) {
            return product.datasets;
        }
        int year = extract.triggerRelease == null ? latestYear(product) : ReleaseFile.ofRelease(extract.triggerDataset,
                extract.triggerRelease).stream().map(f -> (int) f.financialYear).findFirst()
                .orElseThrow(() -> new IllegalStateException("the content of release " + extract.triggerRelease
                        + " of " + extract.triggerDataset + " is not loaded yet"));
        return product.datasets.stream().map(d -> new ApprovedDataset(d.code(), d.fields(), year, year,
                d.filters())).toList();
    }

    /** The latest financial year, within the approved years, of which any approved data set has content in force. */
    private static int latestYear(ApprovedProduct product) {
        return product.datasets.stream().flatMap(d -> ReleaseFile.<ReleaseFile>list("datasetCode = ?1 and status = ?2",
                d.code(), ReleaseFile.Status.CURRENT).stream()
                .filter(f -> (d.fromYear() == null || f.financialYear >= d.fromYear())
                        && (d.toYear() == null || f.financialYear <= d.toYear())))
                .mapToInt(f -> f.financialYear).max()
                .orElseThrow(() -> new ContentQuery.Refused("no content of " + product.datasets.stream()
                        .map(ApprovedDataset::code).toList() + " is in force within the approved years"));
    }

    /** The organisation's record-key pads reach SQL through a scratch table, never through the query text. */
    private void padsFor(Connection connection, String organisationId) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table record_key_pads (inner_pad bytea, outer_pad bytea)"
                    + " on commit drop");
        }
        ExtractVault.RecordKeyPads pads = vault.recordKeyPads(organisationId);
        try (PreparedStatement insert = connection.prepareStatement("insert into record_key_pads values (?, ?)")) {
            insert.setBytes(1, pads.inner());
            insert.setBytes(2, pads.outer());
            insert.executeUpdate();
        }
    }

    private Manifest manifest(Extract extract, ApprovedProduct product, List<ApprovedDataset> scope,
            List<DeliveryPackage.Packed> files, List<Manifest.Release> releases, List<String> rules) {
        Manifest.OptOuts optOuts = "TABULATION".equals(product.productType)
                ? new Manifest.OptOuts(false, 0, "anonymised counts under disclosure control: the opt-out does not"
                        + " apply")
                : extract.optOutsApplied == null
                ? new Manifest.OptOuts(false, 0, "not recorded by the linkage run")
                : new Manifest.OptOuts(extract.optOutsApplied, extract.optedOut == null ? 0 : extract.optedOut,
                        extract.optOutsApplied ? null : extract.optOutExemption);
        return new Manifest(Manifest.FORMAT, product.agreementReference, product.agreementVersion,
                product.applicationId, product.applicationVersion, product.organisationId, product.productType,
                extract.linkageRunId, extract.pseudonymKeyVersion, extract.personIndexVersion, scope,
                releases, files.stream().map(f -> {
                    try {
                        return new Manifest.File(f.name(), f.datasetCode(), f.rows(), Files.size(f.path()),
                                f.sha256());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList(), optOuts, rules, software);
    }

    private static List<Manifest.Release> releasesInForce(Connection connection, ApprovedDataset dataset)
            throws SQLException {
        List<Manifest.Release> releases = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(ContentQuery.releasesInForce(dataset))) {
            while (rows.next()) {
                releases.add(new Manifest.Release(dataset.code(), rows.getString(1), rows.getInt(2),
                        new FinancialYear(rows.getInt(3)).toString(), rows.getString(4), rows.getString(5)));
            }
        }
        return releases;
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

    /** The fields of each data set whose values are stable record keys across the national data set. */
    private static Map<String, Set<String>> recordKeys(Connection connection) throws SQLException {
        Map<String, Set<String>> keys = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select dataset_code, field from record_key_field")) {
            while (rows.next()) {
                keys.computeIfAbsent(rows.getString(1), d -> new HashSet<>()).add(rows.getString(2));
            }
        }
        return keys;
    }

}
