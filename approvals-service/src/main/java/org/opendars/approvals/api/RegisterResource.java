package org.opendars.approvals.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendars.approvals.AgreementStatus;
import org.opendars.approvals.RegisterAgreement;
import org.opendars.approvals.RegisterRelease;
import org.opendars.kit.api.SpreadsheetSafe;

/**
 * The public Data Uses Register: every agreement version that came into force and every release delivered under
 * one, as JSON or CSV, for anyone and without a token. It names organisations, purposes and data sets, never a
 * person.
 */
@Path("/api/register")
@PermitAll
public class RegisterResource {

    public record AgreementRow(String reference, int version, String displayReference, String organisationId,
            String purposeSummary, String productType, List<String> datasets, String legalBasis, LocalDate startDate,
            LocalDate endDate, AgreementStatus status) {

        static AgreementRow of(RegisterAgreement row) {
            return new AgreementRow(row.reference, row.version, row.reference + " v" + row.version,
                    row.organisationId, row.purposeSummary, row.productType, codes(row.datasets), row.legalBasis,
                    row.startDate, row.endDate, row.status);
        }
    }

    public record ReleaseRow(String reference, int version, String organisationId, String productType,
            List<String> datasets, LocalDate releasedOn) {

        static ReleaseRow of(RegisterRelease row) {
            return new ReleaseRow(row.reference, row.version, row.organisationId, row.productType,
                    codes(row.datasets), row.releasedOn);
        }
    }

    @GET
    @Path("/agreements")
    public List<AgreementRow> agreements() {
        return RegisterAgreement.<RegisterAgreement>list("order by reference, version").stream()
                .map(AgreementRow::of).toList();
    }

    @GET
    @Path("/releases")
    public List<ReleaseRow> releases() {
        return RegisterRelease.<RegisterRelease>list("order by releasedOn, reference, version, datasets").stream()
                .map(ReleaseRow::of).toList();
    }

    @GET
    @Path("/agreements.csv")
    @Produces("text/csv")
    public Response agreementsCsv() {
        return csv("data-uses-register-agreements.csv", agreements(), List.of("reference", "version",
                "organisation", "purpose_summary", "product", "datasets", "legal_basis", "start_date", "end_date",
                "status"), row -> List.of(row.reference(), row.version(), row.organisationId(),
                        row.purposeSummary(), row.productType(), String.join(";", row.datasets()), row.legalBasis(),
                        row.startDate(), row.endDate(), row.status()));
    }

    @GET
    @Path("/releases.csv")
    @Produces("text/csv")
    public Response releasesCsv() {
        return csv("data-uses-register-releases.csv", releases(), List.of("reference", "version", "organisation",
                "product", "datasets", "released_on"), row -> List.of(row.reference(), row.version(),
                        row.organisationId(), row.productType(), String.join(";", row.datasets()), row.releasedOn()));
    }

    private static <T> Response csv(String fileName, List<T> rows, List<String> header,
            Function<T, List<Object>> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (T row : rows) {
                printer.printRecord(cells.apply(row).stream().map(c -> SpreadsheetSafe.cell(String.valueOf(c))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(SpreadsheetSafe.HEADER, SpreadsheetSafe.NOTICE).build();
    }

    private static List<String> codes(String datasets) {
        return datasets.isEmpty() ? List.of() : Arrays.asList(datasets.split(";"));
    }
}
