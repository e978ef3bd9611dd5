package org.opendars.releases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {

    private static final String TOKEN = "eyJ.a-data-manager.token";
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"record 3 has no date of birth\"}";

    @TempDir
    Path folder;

    private FakeService linkage;
    private FakeService extract;
    private Path tokenFile;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws IOException {
        linkage = new FakeService();
        extract = new FakeService();
        tokenFile = Files.writeString(folder.resolve("token"), TOKEN + "\n");
    }

    @AfterEach
    void stop() {
        linkage.close();
        extract.close();
    }

    private Path release(Dataset dataset, int persons) throws IOException {
        ReleaseGenerator generator = new ReleaseGenerator(dataset, Release.monthly(Releases.YEAR, 6), persons,
                Releases.SEED, IdentifierErrors.DEFAULTS, Revisions.DEFAULTS);
        return ReleaseFile.write(generator, folder, 1, false).file();
    }

    private int ingest(Path file, String... more) {
        return ingest(new IngestCommand(), file, more);
    }

    private int ingest(IngestCommand command, Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("--dataset", "HES_APC", "--release", "2024-25-M06",
                "--financial-year", "2024-25", "--month", "6", "--file", file.toString(),
                "--linkage-url", linkage.uri().toString(), "--extract-url", extract.uri() + "/"));
        args.addAll(List.of(more));
        if (!args.contains("--no-token")) {
            args.addAll(List.of("--token-file", tokenFile.toString()));
        } else {
            args.remove("--no-token");
        }
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args.toArray(String[]::new));
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        return csv(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void identifiers_go_to_linkage_and_content_to_extract_row_by_row() throws Exception {
        Path file = release(Dataset.HES_APC, 3_000);
        assertThat(ingest(file)).as(err.toString()).isZero();

        List<CSVRecord> source = csv(file);
        String identifierBody = linkage.request().body();
        String contentBody = extract.request().body();
        assertThat(identifierBody).startsWith("record_id,nhs_number,date_of_birth,sex,postcode\r\n");
        assertThat(contentBody).startsWith("record_id,sex,epikey,admidate,epistart,epiend,disdate,admimeth,"
                + "dismeth,diag_01,diag_02,opertn_01,procode3,epiorder,speldur,startage,resladst_ons\r\n");
        List<CSVRecord> identifiers = csv(identifierBody);
        List<CSVRecord> content = csv(contentBody);
        assertThat(identifiers).hasSameSizeAs(source);
        assertThat(content).hasSameSizeAs(source);
        for (int i = 0; i < source.size(); i++) {
            CSVRecord row = source.get(i);
            assertThat(identifiers.get(i).toList()).containsExactly(row.get("record_id"), row.get("nhs_number"),
                    row.get("date_of_birth"), row.get("sex"), row.get("postcode"));
            List<String> expected = new ArrayList<>(List.of(row.get("record_id"), row.get("sex")));
            expected.addAll(row.toList().subList(Dataset.IDENTITY_COLUMNS.size(), row.size()));
            assertThat(content.get(i).toList()).isEqualTo(expected);
        }
    }

    @Test
    void no_identifier_value_reaches_extract() throws Exception {
        Path file = release(Dataset.HES_APC, 3_000);
        assertThat(ingest(file)).isZero();
        List<CSVRecord> content = csv(extract.request().body());
        assertThat(content.get(0).getParser().getHeaderNames())
                .doesNotContainAnyElementsOf(ReleaseSplit.IDENTIFIER_COLUMNS);
        java.util.Set<String> contentValues = new java.util.HashSet<>();
        content.forEach(r -> contentValues.addAll(r.toList()));
        for (CSVRecord row : csv(file)) {
            for (String identifier : List.of(row.get("nhs_number"), row.get("date_of_birth"), row.get("postcode"))) {
                if (!identifier.isEmpty()) {
                    assertThat(contentValues).doesNotContain(identifier);
                }
            }
        }
    }

    @Test
    void the_requests_name_the_columns_period_and_file_version_and_carry_the_token() throws Exception {
        Path file = release(Dataset.HES_APC, 200);
        assertThat(ingest(file, "--file-version", "3")).as(err.toString()).isZero();

        FakeService.Request identifiers = linkage.request();
        assertThat(identifiers.method()).isEqualTo("POST");
        assertThat(identifiers.path()).isEqualTo("/api/releases/HES_APC/2024-25-M06/identifiers");
        assertThat(identifiers.query()).isEqualTo("fileVersion=3&recordId=record_id&nhsNumber=nhs_number"
                + "&dateOfBirth=date_of_birth&sex=sex&postcode=postcode");
        assertThat(identifiers.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(identifiers.contentType()).isEqualTo("text/csv");
        assertThat(identifiers.whole()).isTrue();

        FakeService.Request content = extract.request();
        assertThat(content.method()).isEqualTo("POST");
        assertThat(content.path()).isEqualTo("/api/releases/HES_APC/2024-25-M06/content");
        assertThat(content.query()).isEqualTo("financialYear=2024-25&period=M06&fileVersion=3");
        assertThat(content.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(content.contentType()).isEqualTo("text/csv");
        assertThat(content.whole()).isTrue();
    }

    @Test
    void the_annual_refresh_is_period_ar_and_the_release_defaults_to_year_and_period() throws Exception {
        Path file = release(Dataset.HES_APC, 200);
        CommandLine commandLine = new CommandLine(new IngestCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute("--dataset", "HES_APC", "--financial-year", "2024-25", "--annual-refresh",
                "--file", file.toString(), "--linkage-url", linkage.uri().toString(), "--extract-url",
                extract.uri().toString(), "--token-file", tokenFile.toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(linkage.request().path()).isEqualTo("/api/releases/HES_APC/2024-25-AR/identifiers");
        FakeService.Request content = extract.request();
        assertThat(content.path()).isEqualTo("/api/releases/HES_APC/2024-25-AR/content");
        assertThat(content.query()).isEqualTo("financialYear=2024-25&period=AR&fileVersion=1");
    }

    @Test
    void success_prints_both_answers_as_json_and_exits_zero() throws Exception {
        Path file = release(Dataset.HES_APC, 200);
        assertThat(ingest(file)).isZero();
        JsonNode report = json.readTree(out.toString());
        assertThat(report.get("succeeded").asBoolean()).isTrue();
        assertThat(report.get("rows").asLong()).isEqualTo(csv(file).size());
        assertThat(report.at("/linkage/status").asInt()).isEqualTo(202);
        assertThat(report.at("/linkage/body/status").asText()).isEqualTo("ACCEPTED");
        assertThat(report.at("/extract/status").asInt()).isEqualTo(202);
        assertThat(report.at("/extract/body/status").asText()).isEqualTo("ACCEPTED");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_refusal_by_linkage_fails_the_command_with_the_problem_it_answered() throws Exception {
        linkage.refusing(400, PROBLEM, -1);
        Path file = release(Dataset.HES_APC, 200);
        assertThat(ingest(file)).isEqualTo(1);
        JsonNode report = json.readTree(err.toString());
        assertThat(report.get("succeeded").asBoolean()).isFalse();
        assertThat(report.at("/linkage/status").asInt()).isEqualTo(400);
        assertThat(report.at("/linkage/contentType").asText()).isEqualTo("application/problem+json");
        assertThat(report.at("/linkage/body/detail").asText()).isEqualTo("record 3 has no date of birth");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_refusal_by_extract_aborts_the_identifiers_still_on_their_way_to_linkage() throws Exception {
        extract.refusing(403, "{\"title\":\"Forbidden\",\"status\":403}", 1024);
        linkage.readingOnlyAfter(extract);
        Path file = bigRelease(400_000, "");
        assertThat(ingest(file)).isEqualTo(1);
        assertThat(extract.request().whole()).isFalse();
        FakeService.Request identifiers = linkage.request();
        assertThat(identifiers.whole()).as("linkage saw a whole body").isFalse();
        assertThat(identifiers.body().length()).isLessThan((int) Files.size(file) / 2);
        JsonNode report = json.readTree(err.toString());
        assertThat(report.get("succeeded").asBoolean()).isFalse();
        assertThat(report.at("/linkage/error").asText()).contains("aborted");
        assertThat(report.get("rows").asLong()).isLessThan(400_000);
    }

    @Test
    void a_header_without_record_id_is_refused_before_anything_is_sent() throws Exception {
        Path file = Files.writeString(folder.resolve("no-id.csv"),
                "nhs_number,date_of_birth,sex,postcode,diag_01\r\n9434765919,1980-01-01,1,LS1 4AB,I21.9\r\n");
        assertThat(ingest(file)).isEqualTo(1);
        assertThat(err.toString()).contains("refused, nothing sent").contains("record_id");
        Thread.sleep(200);
        assertThat(linkage.received()).isFalse();
        assertThat(extract.received()).isFalse();
    }

    @Test
    void a_row_of_the_wrong_width_cuts_both_bodies_short_however_much_was_sent() throws Exception {
        Path file = bigRelease(200_000, "R-ragged,9434765919,1980-01-01\r\n");
        assertThat(ingest(file)).isEqualTo(1);
        assertThat(linkage.request().whole()).isFalse();
        assertThat(extract.request().whole()).isFalse();
        JsonNode report = json.readTree(err.toString());
        assertThat(report.get("stopped").asText()).isEqualTo("row 200001 has 3 values, the header 6");
        assertThat(report.at("/linkage/error").asText()).startsWith("aborted: row 200001");
        assertThat(report.at("/extract/error").asText()).startsWith("aborted: row 200001");
    }

    @Test
    void a_ragged_first_row_stops_both_requests_before_any_whole_body() throws Exception {
        Path file = Files.writeString(folder.resolve("ragged.csv"), "record_id,nhs_number,date_of_birth,sex,"
                + "postcode,diag_01\r\nR1,9434765919,1980-01-01\r\n");
        assertThat(ingest(file)).isEqualTo(1);
        // The requests may be cancelled before they start; if one started, its body was cut short.
        for (FakeService service : List.of(linkage, extract)) {
            service.requestWithin(java.time.Duration.ofMillis(500))
                    .ifPresent(request -> assertThat(request.whole()).isFalse());
        }
        assertThat(json.readTree(err.toString()).get("stopped").asText())
                .isEqualTo("row 1 has 3 values, the header 6");
    }

    @Test
    void names_go_to_neither_service_and_the_report_says_so() throws Exception {
        Path file = Files.writeString(folder.resolve("names.csv"), "record_id,nhs_number,given_name,surname,"
                + "address,sex,diag_01\r\nR1,9434765919,Ada,Lovelace,1 Main St,2,I21.9\r\n");
        assertThat(ingest(file)).as(err.toString()).isZero();
        String identifiers = linkage.request().body();
        String content = extract.request().body();
        assertThat(identifiers).isEqualTo("record_id,nhs_number,sex\r\nR1,9434765919,2\r\n");
        assertThat(content).isEqualTo("record_id,sex,diag_01\r\nR1,2,I21.9\r\n");
        assertThat(json.readTree(out.toString()).get("withheld").toString())
                .isEqualTo("[\"given_name\",\"surname\",\"address\"]");
    }

    @Test
    void the_token_comes_from_dars_token_when_there_is_no_token_file() throws Exception {
        IngestCommand command = new IngestCommand();
        command.environment = Map.of("DARS_TOKEN", "from-the-environment");
        Path file = release(Dataset.HES_APC, 50);
        assertThat(ingest(command, file, "--no-token")).as(err.toString()).isZero();
        assertThat(linkage.request().authorization()).isEqualTo("Bearer from-the-environment");
        assertThat(extract.request().authorization()).isEqualTo("Bearer from-the-environment");
    }

    @Test
    void without_a_token_the_command_does_not_start() throws Exception {
        IngestCommand command = new IngestCommand();
        command.environment = Map.of();
        Path file = release(Dataset.HES_APC, 50);
        assertThat(ingest(command, file, "--no-token")).isEqualTo(2);
        assertThat(err.toString()).contains("DARS_TOKEN");
        assertThat(linkage.received()).isFalse();
    }

    @Test
    void a_file_that_is_not_there_is_a_usage_error() {
        assertThat(ingest(folder.resolve("missing.csv"))).isEqualTo(2);
        assertThat(err.toString()).contains("no readable file");
        assertThat(linkage.received()).isFalse();
    }

    @Test
    void a_service_that_cannot_be_reached_fails_the_command() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path file = release(Dataset.HES_APC, 200);
        CommandLine commandLine = new CommandLine(new IngestCommand());
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(out, true));
        int exit = commandLine.execute("--dataset", "HES_APC", "--financial-year", "2024-25", "--month", "6",
                "--file", file.toString(), "--linkage-url", "http://127.0.0.1:" + closedPort, "--extract-url",
                extract.uri().toString(), "--token-file", tokenFile.toString());
        assertThat(exit).isEqualTo(1);
        JsonNode report = json.readTree(err.toString());
        assertThat(report.at("/linkage/error").asText()).contains("Connect");
    }

    /** {@code rows} plain rows and a last line, written directly: large enough to outrun every buffer. */
    private Path bigRelease(int rows, String last) throws IOException {
        Path file = folder.resolve("big.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write("record_id,nhs_number,date_of_birth,sex,postcode,diag_01\r\n");
            for (int i = 0; i < rows; i++) {
                writer.write("R" + i + ",9434765919,1980-01-01,1,LS1 4AB,I21.9\r\n");
            }
            writer.write(last);
        }
        return file;
    }
}
