package org.opendars.approvals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * The human-readable agreement: rendered once from the template at issue and stored, so the bytes whose SHA-256
 * the parties sign never change; the PDF is drawn from those same stored bytes.
 */
@ApplicationScoped
public class AgreementDocument {

    @TemplateData
    public record Model(String reference, int version, String kindLabel, LocalDate issuedOn,
            List<AgreementParty> parties, String title, String purpose, String productType, UUID applicationId,
            int applicationVersion, LegalBasis legalBasis, List<DatasetLine> datasets, String cohortLabel,
            String territory, LocalDate startDate, LocalDate endDate, List<String> conditions, boolean hasChanges,
            int previousVersion, String changeReason, List<AgreementTerms.Change> changes, String organisationId,
            boolean quoted, List<ChargeLine> charges, String chargesTotal, LocalDate priceListDate) {
    }

    @TemplateData
    public record DatasetLine(String code, String fieldList, String years, String filters) {
    }

    @TemplateData
    public record ChargeLine(String description, long quantity, String unit, String amount) {
    }

    private final Template template;
    private final AgreementSettings settings;

    AgreementDocument(@Location("agreement.html") Template template, AgreementSettings settings) {
        this.template = template;
        this.settings = settings;
    }

    /** Renders the agreement's terms and stores the document and its digest on it. */
    void render(Agreement agreement) {
        LegalBasis basis = agreement.legalBasis == null ? new LegalBasis(null, null, null, null) : agreement.legalBasis;
        Model model = new Model(agreement.reference, agreement.version, label(agreement.kind),
                LocalDate.ofInstant(agreement.issuedAt, ZoneOffset.UTC), agreement.parties, agreement.title,
                agreement.purpose, agreement.productType, agreement.applicationId, agreement.applicationVersion,
                basis, agreement.datasets.stream()
                        .map(d -> new DatasetLine(d.code(), String.join(", ", d.fields()), d.yearsLabel(),
                                d.filtersLabel()))
                        .toList(),
                agreement.cohortId == null ? "none" : agreement.cohortSize + " people, cohort " + agreement.cohortId,
                agreement.territory, agreement.startDate, agreement.endDate, agreement.conditions,
                !agreement.changes.isEmpty(), agreement.version - 1,
                agreement.changeReason == null ? "" : agreement.changeReason, agreement.changes,
                agreement.organisationId, agreement.quote != null,
                agreement.quote == null ? List.of() : agreement.quote.lines().stream()
                        .map(l -> new ChargeLine(l.description(), l.quantity(), Quote.pounds(l.unitPence()),
                                Quote.pounds(l.amountPence())))
                        .toList(),
                agreement.quote == null ? "" : agreement.quote.totalLabel(),
                agreement.quote == null ? null : agreement.quote.priceListDate());
        String html = template.data("a", model).data("custodian", settings.custodian()).render();
        agreement.render(html, sha256(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The stored document as PDF; it renders the signed bytes and is not itself what was signed. */
    public byte[] pdf(Agreement agreement) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(agreement.documentHtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the PDF of " + agreement.versionedReference(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(AgreementKind kind) {
        return switch (kind) {
            case ORIGINAL -> "Agreement";
            case AMENDMENT -> "Amendment";
            case RENEWAL -> "Renewal";
            case EXTENSION -> "Extension";
        };
    }
}
