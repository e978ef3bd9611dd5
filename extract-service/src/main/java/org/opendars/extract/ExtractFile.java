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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;

/**
 * Writes an extract file: the linkage results are copied into the database, joined with the content there, and
 * copied out, restricted to the approved data sets and fields; the SHA-256 is taken as the bytes go to disk.
 */
@ApplicationScoped
public class ExtractFile {

    public record Written(String fileName, long rows, String sha256) {
    }

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,60}");

    private final AgroalDataSource dataSource;
    private final Path directory;

    ExtractFile(AgroalDataSource dataSource, @ConfigProperty(name = "dars.extracts.directory") Path directory) {
        this.dataSource = dataSource;
        this.directory = directory;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Written write(Extract extract, List<ApprovedDataset> approved, InputStream results) {
        String fileName = extract.id + ".csv";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create temporary table results_in (pseudonym varchar(64), study_id varchar(64),"
                    + " dataset varchar(40), record_id varchar(40), match_rank smallint) on commit drop");
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.getCopyAPI().copyIn("COPY results_in FROM STDIN WITH (FORMAT csv, HEADER true)", results);
            Files.createDirectories(directory);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long rows;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(directory.resolve(fileName)), sha256)) {
                rows = pg.getCopyAPI().copyOut("COPY (" + query(approved) + ") TO STDOUT WITH (FORMAT csv, HEADER true)",
                        out);
            }
            return new Written(fileName, rows, HexFormat.of().formatHex(sha256.digest()));
        } catch (SQLException | IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not write extract " + extract.id, e);
        }
    }

    public InputStream open(Extract extract) throws IOException {
        return Files.newInputStream(directory.resolve(extract.fileName));
    }

    /**
     * One column per approved field; a field is filled only on rows of the data sets it was approved for, so an
     * approval for one data set never releases the same-named field of another.
     */
    static String query(List<ApprovedDataset> approved) {
        Map<String, List<String>> datasetsByField = new LinkedHashMap<>();
        for (ApprovedDataset dataset : approved) {
            safe(dataset.code());
            for (String field : dataset.fields()) {
                datasetsByField.computeIfAbsent(safe(field), f -> new java.util.ArrayList<>()).add(dataset.code());
            }
        }
        String columns = datasetsByField.entrySet().stream()
                .map(e -> "case when r.dataset in (" + quotedList(e.getValue()) + ") then c.fields ->> '" + e.getKey()
                        + "' end as \"" + e.getKey() + "\"")
                .collect(Collectors.joining(", "));
        String datasets = quotedList(approved.stream().map(ApprovedDataset::code).toList());
        return "select r.pseudonym, r.study_id, r.match_rank, r.dataset" + (columns.isEmpty() ? "" : ", " + columns)
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
