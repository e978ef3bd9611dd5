package org.opendars.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new ReleaseTools());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private Path generate(String dataset, Path into, String... more) {
        List<String> args = new ArrayList<>(List.of("generate", "--dataset", dataset, "--persons", "3000",
                "--financial-year", "2024-25", "--out", into.toString()));
        args.addAll(List.of(more));
        if (!args.contains("--annual-refresh") && !args.contains("--month")) {
            args.addAll(List.of("--month", "6"));
        }
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(into)) {
            return files.filter(f -> !f.toString().endsWith(".truth.csv")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_same_arguments_write_the_same_bytes() throws IOException {
        for (String dataset : new String[] {"HES_APC", "ONS_MORTALITY", "PROMS"}) {
            Path first = generate(dataset, folder.resolve(dataset + "-1"), "--seed", "42", "--annual-refresh");
            Path second = generate(dataset, folder.resolve(dataset + "-2"), "--seed", "42", "--annual-refresh");
            assertThat(Files.size(first)).isGreaterThan(100);
            assertThat(Files.mismatch(first, second)).as(dataset).isEqualTo(-1L);
        }
    }

    @Test
    void another_seed_writes_another_release() throws IOException {
        Path first = generate("HES_OP", folder.resolve("a"), "--seed", "42");
        Path second = generate("HES_OP", folder.resolve("b"), "--seed", "43");
        assertThat(Files.mismatch(first, second)).isNotEqualTo(-1L);
    }

    @Test
    void the_file_is_named_after_data_set_year_period_and_version() {
        assertThat(generate("HES_APC", folder.resolve("m"), "--month", "6", "--file-version", "2").getFileName())
                .hasToString("HES_APC-2024-25-M06.v2.csv");
        assertThat(generate("DID", folder.resolve("ar"), "--annual-refresh").getFileName())
                .hasToString("DID-2024-25-AR.v1.csv");
    }

    @Test
    void the_file_is_rfc_4180_with_the_data_set_header_and_the_summary_counts_its_rows() throws IOException {
        Path file = generate("HES_AE", folder, "--month", "12");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", Dataset.HES_AE.header()) + "\r\n");
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(file)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.size()).isEqualTo(Dataset.HES_AE.header()
                .size()));
        long persons = rows.stream().map(r -> r.get("nhs_number") + r.get("date_of_birth")).distinct().count();
        assertThat(out.toString()).contains(String.format(java.util.Locale.ROOT, "%,d rows", rows.size()))
                .contains("persons of 3,000").doesNotContain("\n\n");
        assertThat(persons).isPositive();
    }

    @Test
    void the_truth_file_names_the_person_and_errors_of_each_record() throws IOException {
        Path file = generate("HES_OP", folder, "--truth", "--nhs-number-missing-rate", "0.5");
        Path truth = folder.resolve("HES_OP-2024-25-M06.v1.truth.csv");
        List<CSVRecord> rows;
        List<CSVRecord> truths;
        try (Reader reader = Files.newBufferedReader(file); Reader truthReader = Files.newBufferedReader(truth)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            rows = format.parse(reader).getRecords();
            truths = format.parse(truthReader).getRecords();
        }
        assertThat(truths).hasSameSizeAs(rows);
        Population population = new Population(42);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            CSVRecord fact = truths.get(i);
            assertThat(fact.get("record_id")).isEqualTo(row.get("record_id"));
            Person person = population.person(Integer.parseInt(fact.get("person")));
            assertThat(row.get("nhs_number").isEmpty()).isEqualTo(fact.get("identifier_errors")
                    .contains("nhs_number_missing"));
            if (fact.get("identifier_errors").isEmpty()) {
                assertThat(row.get("nhs_number")).isEqualTo(person.nhsNumber());
                assertThat(row.get("postcode")).isEqualTo(person.postcode());
            }
        }
        long missing = rows.stream().filter(r -> r.get("nhs_number").isEmpty()).count();
        assertThat((double) missing / rows.size()).isBetween(0.4, 0.6);
    }

    @Test
    void month_and_annual_refresh_are_one_or_the_other() {
        assertThat(run("generate", "--dataset", "HES_APC", "--persons", "10", "--financial-year", "2024-25",
                "--month", "6", "--annual-refresh", "--out", folder.toString())).isEqualTo(2);
        assertThat(run("generate", "--dataset", "HES_APC", "--persons", "10", "--financial-year", "2024-25",
                "--out", folder.toString())).isEqualTo(2);
    }

    @Test
    void a_bad_year_month_or_size_is_a_usage_error_and_writes_nothing() throws IOException {
        assertThat(run("generate", "--dataset", "HES_APC", "--persons", "10", "--financial-year", "2024-26",
                "--month", "6", "--out", folder.toString())).isEqualTo(2);
        assertThat(run("generate", "--dataset", "HES_APC", "--persons", "10", "--financial-year", "2024-25",
                "--month", "13", "--out", folder.toString())).isEqualTo(2);
        assertThat(run("generate", "--dataset", "HES_APC", "--persons", "0", "--financial-year", "2024-25",
                "--month", "1", "--out", folder.toString())).isEqualTo(2);
        assertThat(run("generate", "--dataset", "HES_APC", "--persons", "10", "--financial-year", "2024-25",
                "--month", "1", "--sex-missing-rate", "2", "--out", folder.toString())).isEqualTo(2);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
