package org.opendars.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The extract benchmark of docs/benchmarks.md, run only when asked for:
 * {@code ./dars test -pl extract-service -am -Dtest=ExtractBenchmark -Ddars.bench.rows=5000000}.
 * A HES APC-like release of {@code rows} episodes (two per person, over ten financial years) is loaded, and a cohort
 * of {@code cohort} persons (default: all of them) is extracted with a four-year filter, in the same run as the raw
 * PostgreSQL COPY of a join of the same rows on the same tables; it prints both rates and their ratio. It measures,
 * it asserts nothing about time.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@EnabledIfSystemProperty(named = "dars.bench.rows", matches = "\\d+")
class ExtractBenchmark {

    private static final List<String> FIELDS = List.of("admidate", "disdate", "admimeth", "diag_01", "opertn_01",
            "procode3", "speldur", "startage");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ExtractStore store;

    @Test
    void extractsACohortBesideRawCopy() throws Exception {
        long rows = Long.getLong("dars.bench.rows");
        long persons = Math.max(1, rows / 2);
        long cohort = Long.getLong("dars.bench.cohort", persons);
        String release = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        Path results = Files.createTempFile("bench-results", ".csv");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("insert into hes_apc (financial_year, release_id, file_version, record_id, epikey,"
                    + " admidate, disdate, admimeth, diag_01, opertn_01, procode3, speldur, startage, sex, resladst_ons)"
                    + " select 2015 + i % 10, '" + release + "-' || (2015 + i % 10), 1, 'B' || i, i::text,"
                    + " make_date(2015 + i % 10, 4, 1) + (i % 360)::int, make_date(2015 + i % 10, 4, 1) + (i % 360)::int"
                    + " + (i % 9)::int, (array['11','12','21','22','28'])[1 + i % 5],"
                    + " (array['I21.9','J18.9','M16.1','K80.2','N39.0'])[1 + (i / 7) % 5], (array['W37.1','H01.1',"
                    + " '-'])[1 + i % 3], (array['RR8','RRV','R0A','RTH'])[1 + i % 4], (i % 9)::int, 20 + (i % 70)::int,"
                    + " (1 + i % 2)::text, 'E08000035' from generate_series(0, " + (rows - 1) + ") i");
            for (int year = 2015; year <= 2024; year++) {
                statement.execute("insert into release_file values ('HES_APC', '" + release + "-" + year + "', 1, "
                        + year + ", 'AR', repeat('0', 64), 0, 'CURRENT', 'bench', now(), null, null)");
            }
            statement.execute("analyze hes_apc");
            System.out.printf("bench: loaded %,d episodes of %,d persons in %.1f s%n", rows, persons,
                    (System.nanoTime() - started) / 1e9);
            // The linkage results of the cohort, as linkage-service would serve them: each person's episodes.
            try (OutputStream out = Files.newOutputStream(results)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (select md5(p::text) as pseudonym,"
                        + " 'S' || p as study_id, 'HES_APC' as dataset, 'B' || i as record_id, 1 as match_rank from"
                        + " generate_series(0, " + (cohort - 1) + ") p, lateral (values (p), (p + " + persons + ")) e(i)"
                        + " where i < " + rows + ") TO STDOUT WITH (FORMAT csv, HEADER true)", out);
            }
            statement.execute("drop table if exists bench_cohort");
            statement.execute("create table bench_cohort (pseudonym varchar(64), study_id varchar(64), dataset"
                    + " varchar(40), record_id varchar(40), match_rank smallint)");
            try (var in = Files.newInputStream(results)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_cohort FROM STDIN WITH"
                        + " (FORMAT csv, HEADER true)", in);
            }
            statement.execute("analyze bench_cohort");
        }

        // Raw COPY of the same join on the same tables: the floor any extract stands beside.
        long rawRows;
        long rawStarted = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); OutputStream sink = OutputStream.nullOutputStream()) {
            rawRows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (select r.pseudonym,"
                    + " r.study_id, r.match_rank, " + String.join(", ", FIELDS.stream().map(f -> "c." + f).toList())
                    + " from bench_cohort r join hes_apc c on c.record_id = r.record_id where c.financial_year between"
                    + " 2019 and 2022) TO STDOUT WITH (FORMAT csv, HEADER true)", sink);
        }
        double rawSeconds = (System.nanoTime() - rawStarted) / 1e9;

        resetPeaks();
        ApprovedProduct product = new ApprovedProduct();
        product.applicationId = UUID.randomUUID();
        product.applicationVersion = 1;
        product.organisationId = "ORG-BENCH";
        product.agreementReference = "NIC-BENCH";
        product.agreementVersion = 1;
        product.productType = "BESPOKE_EXTRACT";
        product.datasets = List.of(new ApprovedDataset("HES_APC", FIELDS, 2019, 2022, null));
        Extract extract = Extract.pending(product.applicationId, product.organisationId, UUID.randomUUID(), "bench", 0);
        long started = System.nanoTime();
        ExtractStore.Stored stored = QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            extract.persistAndFlush();
            return store.write(extract, product, results);
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("bench: raw COPY %,d rows in %.2f s = %,.0f rows/s%n", rawRows, rawSeconds,
                rawRows / rawSeconds);
        System.out.printf("bench: extract %,d rows (%,d bytes stored) in %.2f s = %,.0f rows/s; ratio to raw COPY"
                + " %.2f; heap peak %,d MB, process peak %s%n", stored.rows(), stored.sizeBytes(), seconds,
                stored.rows() / seconds, (stored.rows() / seconds) / (rawRows / rawSeconds), heapPeak() >> 20,
                peakResident());

        QuarkusTransaction.requiringNew().run(() -> {
            store.deleteBytes(extract.id);
            Extract.deleteById(extract.id);
        });
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table bench_cohort");
            statement.execute("delete from hes_apc where release_id like '" + release + "%'");
            statement.execute("delete from release_file where release_id like '" + release + "%'");
        }
        Files.deleteIfExists(results);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String peakResident() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ").substring(6)).findFirst().orElse("unknown");
    }
}
