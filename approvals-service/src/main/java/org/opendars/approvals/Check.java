package org.opendars.approvals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An automated check of an application against the data sharing standards, run when the case opens so the case
 * officer starts from its findings. Checks advise; people decide.
 */
public record Check(String name, boolean passed, String detail) {

    private static final Set<String> IDENTIFYING = Set.of("nhs_number", "date_of_birth", "postcode", "name",
            "forename", "surname", "address");

    static List<Check> of(LegalBasis basis, List<RequestedDataset> datasets, String productType, int cohortSize) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("legal-basis", basis != null && present(basis.article6()) && present(basis.commonLaw()),
                "UK GDPR article 6 condition and common-law basis are stated"));
        boolean s251 = basis != null && basis.commonLaw() != null && basis.commonLaw().toLowerCase().contains("s251");
        checks.add(new Check("cag-reference", !s251 || present(basis.cagReference()),
                s251 ? "section 251 support needs a CAG reference" : "no section 251 support claimed"));
        boolean identifying = datasets.stream().flatMap(d -> d.fields().stream()).anyMatch(IDENTIFYING::contains);
        boolean article9 = basis != null && present(basis.article9());
        checks.add(new Check("special-category", article9,
                "health data is special category data: an article 9 condition is needed"));
        checks.add(new Check("minimisation", !identifying || (s251 || consent(basis)),
                identifying ? "direct identifiers requested: needs consent or section 251 support"
                        : "no direct identifiers requested"));
        boolean bespoke = productType.startsWith("BESPOKE");
        checks.add(new Check("cohort", !bespoke || cohortSize > 0,
                bespoke ? cohortSize + " people in the cohort" : "no cohort needed for this product"));
        return checks;
    }

    private static boolean consent(LegalBasis basis) {
        return basis != null && basis.commonLaw() != null && basis.commonLaw().toLowerCase().contains("consent");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
