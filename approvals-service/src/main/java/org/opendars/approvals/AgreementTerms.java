package org.opendars.approvals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one version of an agreement says: the document is rendered from these, and two versions are compared on
 * them field by field.
 */
public record AgreementTerms(String title, String purpose, String productType, LegalBasis legalBasis,
        List<RequestedDataset> datasets, List<AgreementParty> parties, String territory, List<String> conditions,
        LocalDate startDate, LocalDate endDate) {

    /** One field that differs between two versions, each side as the document shows it. */
    public record Change(String field, String before, String after) {
    }

    public AgreementTerms {
        datasets = List.copyOf(datasets);
        parties = List.copyOf(parties);
        conditions = List.copyOf(conditions);
    }

    AgreementTerms withDates(LocalDate start, LocalDate end) {
        return new AgreementTerms(title, purpose, productType, legalBasis, datasets, parties, territory, conditions,
                start, end);
    }

    /** What changed from {@code before} to this, in document order; empty when nothing did. */
    public List<Change> changesSince(AgreementTerms before) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "title", before, AgreementTerms::title);
        compare(changes, "purpose", before, AgreementTerms::purpose);
        compare(changes, "productType", before, AgreementTerms::productType);
        compare(changes, "legalBasis", before, terms -> describe(terms.legalBasis()));
        for (String code : datasetCodes(before, this)) {
            compare(changes, "datasets." + code, before, terms -> fieldsOf(terms, code));
        }
        compare(changes, "parties", before, terms -> terms.parties().stream()
                .map(p -> p.role() + " " + p.organisation()).toList().toString());
        compare(changes, "territory", before, AgreementTerms::territory);
        compare(changes, "conditions", before, terms -> String.join("\n", terms.conditions()));
        compare(changes, "startDate", before, terms -> terms.startDate().toString());
        compare(changes, "endDate", before, terms -> terms.endDate().toString());
        return changes;
    }

    private void compare(List<Change> changes, String field, AgreementTerms before,
            Function<AgreementTerms, String> value) {
        String old = value.apply(before);
        String now = value.apply(this);
        if (!Objects.equals(old, now)) {
            changes.add(new Change(field, old, now));
        }
    }

    private static List<String> datasetCodes(AgreementTerms a, AgreementTerms b) {
        List<String> codes = new ArrayList<>();
        for (AgreementTerms terms : List.of(a, b)) {
            terms.datasets().stream().map(RequestedDataset::code).filter(c -> !codes.contains(c)).forEach(codes::add);
        }
        return codes;
    }

    private static String fieldsOf(AgreementTerms terms, String code) {
        return terms.datasets().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> String.join(", ", d.fields())).orElse(null);
    }

    public static String describe(LegalBasis basis) {
        if (basis == null) {
            return "not stated";
        }
        List<String> parts = new ArrayList<>();
        if (basis.article6() != null) {
            parts.add("UK GDPR Article " + basis.article6());
        }
        if (basis.article9() != null) {
            parts.add("Article " + basis.article9());
        }
        if (basis.commonLaw() != null) {
            parts.add(basis.commonLaw() + (basis.cagReference() == null ? "" : " (CAG " + basis.cagReference() + ")"));
        }
        return parts.isEmpty() ? "not stated" : String.join("; ", parts);
    }
}
