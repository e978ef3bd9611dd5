package org.opendars.releases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Splits a combined release file between linkage-service and extract-service. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Split a combined release file and send it at once to linkage-service (record_id and the "
                + "identifiers) and extract-service (record_id and the content), streaming both bodies.",
                "If either service refuses, the other request is aborted and the command fails with the "
                + "refusal. Prints both answers as JSON."})
final class IngestCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "DARS_TOKEN";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, description = "data set code, e.g. HES_APC")
    String dataset;

    @Option(names = "--release", description = "release identifier (default: <financial-year>-<period>, "
            + "e.g. 2024-25-M06)")
    String release;

    @Option(names = "--financial-year", required = true, paramLabel = "YYYY-YY", description = "e.g. 2024-25")
    String financialYear;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PeriodOptions period;

    @Option(names = "--file-version", defaultValue = "1", description = "version of the file (default 1)")
    int fileVersion;

    @Option(names = "--file", required = true, paramLabel = "F.csv", description = "the combined release file")
    Path file;

    @Option(names = "--linkage-url", defaultValue = "http://localhost:8083",
            description = "linkage-service (default ${DEFAULT-VALUE})")
    URI linkageUrl;

    @Option(names = "--extract-url", defaultValue = "http://localhost:8084",
            description = "extract-service (default ${DEFAULT-VALUE})")
    URI extractUrl;

    @Option(names = "--token-file", paramLabel = "T",
            description = "file holding the bearer token; without it, the token is read from $" + TOKEN_VARIABLE)
    Path tokenFile;

    /** Where {@code DARS_TOKEN} is read from; tests replace it. */
    Map<String, String> environment = System.getenv();

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws IOException {
        ReleaseIngest.Target target;
        String token;
        try {
            Release period = this.period.release(FinancialYear.parse(financialYear));
            target = new ReleaseIngest.Target(dataset, release == null ? period.id() : release, period,
                    fileVersion, linkageUrl, extractUrl);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("no readable file " + file);
            }
            token = token();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReleaseIngest.Outcome outcome;
        try {
            outcome = new ReleaseIngest(client, token).ingest(file, target);
        } catch (ReleaseSplit.RefusedRelease e) {
            err.println("refused, nothing sent: " + e.getMessage());
            err.flush();
            return 1;
        }
        String report = report(target, outcome);
        PrintWriter to = outcome.succeeded() ? out : err;
        to.println(report);
        to.flush();
        return outcome.succeeded() ? 0 : 1;
    }

    private String token() throws IOException {
        String token = tokenFile != null ? Files.readString(tokenFile, StandardCharsets.UTF_8)
                : environment.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(tokenFile != null ? "the token file is empty: " + tokenFile
                    : "no token: give --token-file or set " + TOKEN_VARIABLE);
        }
        return token.strip();
    }

    private String report(ReleaseIngest.Target target, ReleaseIngest.Outcome outcome)
            throws JsonProcessingException {
        ObjectNode report = json.createObjectNode();
        report.put("dataset", target.dataset());
        report.put("release", target.release());
        report.put("fileVersion", target.fileVersion());
        report.put("rows", outcome.rows());
        report.put("succeeded", outcome.succeeded());
        if (outcome.stopped() != null) {
            report.put("stopped", outcome.stopped());
        }
        if (!outcome.split().withheld().isEmpty()) {
            report.putPOJO("withheld", outcome.split().withheld());
        }
        report.set("linkage", answer(outcome.linkage()));
        report.set("extract", answer(outcome.extract()));
        return json.writeValueAsString(report);
    }

    private ObjectNode answer(ReleaseIngest.Answer answer) {
        ObjectNode node = json.createObjectNode();
        node.put("service", answer.service());
        node.put("uri", answer.uri().toString());
        if (answer.failure() != null) {
            node.put("error", answer.failure());
            return node;
        }
        node.put("status", answer.status());
        if (!answer.contentType().isEmpty()) {
            node.put("contentType", answer.contentType());
        }
        node.set("body", body(answer.body()));
        return node;
    }

    /** The body as JSON when it is JSON (the services answer JSON and problem+json), else as text. */
    private JsonNode body(String body) {
        try {
            return body.isBlank() ? json.nullNode() : json.readTree(body);
        } catch (JsonProcessingException notJson) {
            return json.getNodeFactory().textNode(body);
        }
    }
}
