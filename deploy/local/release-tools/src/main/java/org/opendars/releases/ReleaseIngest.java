package org.opendars.releases;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The door where a combined release is split: the file is read once, and each row's identifiers and content are
 * written to two request bodies sent at the same time, to linkage-service and extract-service. Neither body is
 * held whole in memory or on disk. If either request fails, the other is aborted mid-body, so that neither
 * service mistakes part of a release for all of it.
 */
final class ReleaseIngest {

    static final Pattern DATASET = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final Pattern RELEASE = Pattern.compile("[A-Za-z0-9._-]{1,60}");

    static final String LINKAGE = "linkage-service";
    static final String EXTRACT = "extract-service";

    private static final int CHUNK = 64 * 1024;
    private static final int CHUNKS_IN_FLIGHT = 16;

    /** Where a release goes and under which name. */
    record Target(String dataset, String release, Release period, int fileVersion, URI linkage, URI extract) {

        Target {
            if (!DATASET.matcher(dataset).matches()) {
                throw new IllegalArgumentException("a data set code is upper case letters, digits and _: "
                        + dataset);
            }
            if (!RELEASE.matcher(release).matches()) {
                throw new IllegalArgumentException("a release is letters, digits, '.', '_' and '-': " + release);
            }
            if (fileVersion < 1) {
                throw new IllegalArgumentException("file versions start at 1: " + fileVersion);
            }
        }

        URI identifiersUri(ReleaseSplit split) {
            StringBuilder query = new StringBuilder("fileVersion=").append(fileVersion);
            for (Map.Entry<String, String> parameter : split.linkageMapping().entrySet()) {
                query.append('&').append(parameter.getKey()).append('=').append(encoded(parameter.getValue()));
            }
            return URI.create(base(linkage) + "/api/releases/" + dataset + "/" + release + "/identifiers?" + query);
        }

        URI contentUri() {
            return URI.create(base(extract) + "/api/releases/" + dataset + "/" + release + "/content?financialYear="
                    + period.year().label() + "&period=" + period.period() + "&fileVersion=" + fileVersion);
        }

        private static String base(URI uri) {
            String text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        }

        private static String encoded(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** One service's answer: its status and body, or why there was none (status 0). */
    record Answer(String service, URI uri, int status, String contentType, String body, String failure) {

        boolean succeeded() {
            return failure == null && status >= 200 && status < 300;
        }
    }

    /** {@code stopped} says why not every row was sent, or is null. */
    record Outcome(long rows, ReleaseSplit split, Answer linkage, Answer extract, String stopped) {

        boolean succeeded() {
            return stopped == null && linkage.succeeded() && extract.succeeded();
        }
    }

    private final HttpClient client;
    private final String token;

    ReleaseIngest(HttpClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /**
     * Splits and sends the file. A header the split refuses is refused before anything is sent
     * ({@link ReleaseSplit.RefusedRelease}); anything wrong after that is in the outcome.
     */
    Outcome ingest(Path file, Target target) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ReleaseSplit.RefusedRelease("the file is empty");
            }
            ReleaseSplit split = ReleaseSplit.of(records.next().toList());
            return send(records, split, target);
        } catch (UncheckedIOException e) {
            // The parser's own failure on the header line.
            throw new ReleaseSplit.RefusedRelease("the header is not CSV: " + e.getCause().getMessage());
        }
    }

    /** One service's half: its body, its request, and why this command aborted it, if it did. */
    private final class Side {
        final String service;
        final URI uri;
        final BodyPipe body = new BodyPipe(CHUNK, CHUNKS_IN_FLIGHT);
        final CompletableFuture<HttpResponse<String>> request;
        volatile String abortedBecause;

        Side(String service, URI uri) {
            this.service = service;
            this.uri = uri;
            this.request = post(uri, body);
        }

        /** Aborts the body mid-way and the request with it; an answer already in is left as it is. */
        void abort(String reason) {
            blame(reason);
            body.abort(reason);
            request.cancel(true);
        }

        /** The first reason given is the one reported, not the echo of aborting the other side. */
        private void blame(String reason) {
            synchronized (this) {
                if (!request.isDone() && abortedBecause == null) {
                    abortedBecause = reason;
                }
            }
        }

        /**
         * Once this service has answered, its body takes no more writes; if it answered with a failure, the other
         * service's request is aborted too.
         */
        void onAnswer(Side other) {
            request.whenComplete((response, failure) -> {
                body.abort(service + " answered before its whole body was sent");
                if (failure != null || response.statusCode() / 100 != 2) {
                    other.abort(service + (failure != null ? " failed" : " answered " + response.statusCode()));
                }
            });
        }

        Answer answer() {
            try {
                HttpResponse<String> response = request.get();
                return new Answer(service, uri, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body(), null);
            } catch (CancellationException | ExecutionException | CompletionException e) {
                String reason = abortedBecause;
                return new Answer(service, uri, 0, "", "", reason != null ? "aborted: " + reason : describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(service, uri, 0, "", "", "interrupted");
            }
        }
    }

    private Outcome send(Iterator<CSVRecord> records, ReleaseSplit split, Target target) {
        Side linkage = new Side(LINKAGE, target.identifiersUri(split));
        Side extract = new Side(EXTRACT, target.contentUri());
        linkage.onAnswer(extract);
        extract.onAnswer(linkage);

        CSVPrinter identifierCsv = null;
        CSVPrinter contentCsv = null;
        long rows = 0;
        String stopped = null;
        try {
            identifierCsv = printer(linkage.body, split.identifierHeader().toArray(String[]::new));
            contentCsv = printer(extract.body, split.contentHeader().toArray(String[]::new));
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() != split.width()) {
                    throw new ReleaseSplit.RefusedRelease("row " + (rows + 1) + " has " + record.size()
                            + " values, the header " + split.width());
                }
                if (record.get(split.recordIdColumn()).isBlank()) {
                    throw new ReleaseSplit.RefusedRelease("row " + (rows + 1) + " has no " + ReleaseSplit.RECORD_ID);
                }
                printRow(identifierCsv, record, split.identifierColumns());
                printRow(contentCsv, record, split.contentColumns());
                rows++;
            }
            identifierCsv.close();
            contentCsv.close();
        } catch (BodyPipe.Aborted e) {
            // A service answered or failed before the end; its answer says why.
            stopped = e.getMessage();
        } catch (ReleaseSplit.RefusedRelease e) {
            stopped = e.getMessage();
        } catch (UncheckedIOException e) {
            stopped = "row " + (rows + 1) + " is not valid CSV: " + e.getCause().getMessage();
        } catch (IOException e) {
            stopped = "the bodies could not be written: " + e.getMessage();
        }
        if (stopped != null) {
            // Abort before anything is closed: a closed body is a complete one.
            linkage.blame(stopped);
            extract.blame(stopped);
            linkage.abort(stopped);
            extract.abort(stopped);
            closeQuietly(identifierCsv);
            closeQuietly(contentCsv);
        }
        return new Outcome(rows, split, linkage.answer(), extract.answer(), stopped);
    }

    private CompletableFuture<HttpResponse<String>> post(URI uri, BodyPipe body) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body::input))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The failure as the first exception under the future's wrapping says it, e.g. ConnectException. */
    private static String describe(Throwable e) {
        Throwable failure = e;
        while ((failure instanceof ExecutionException || failure instanceof CompletionException)
                && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof BodyPipe.Aborted) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        for (Throwable cause = failure.getCause(); message == null && cause != null; cause = cause.getCause()) {
            message = cause.getMessage() != null ? cause.getMessage() : null;
        }
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static CSVPrinter printer(BodyPipe pipe, String[] header) throws IOException {
        return new CSVPrinter(new BufferedWriter(new OutputStreamWriter(pipe.output(), StandardCharsets.UTF_8),
                CHUNK), CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static void printRow(CSVPrinter printer, CSVRecord record, int[] columns) throws IOException {
        for (int column : columns) {
            printer.print(record.get(column));
        }
        printer.println();
    }

    private static void closeQuietly(CSVPrinter printer) {
        if (printer != null) {
            try {
                printer.close();
            } catch (IOException | RuntimeException ignored) {
                // the body is aborted; closing only releases the writer
            }
        }
    }
}
