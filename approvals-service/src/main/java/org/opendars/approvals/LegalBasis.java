package org.opendars.approvals;

/**
 * The legal basis as an agreement and the register state it, in words, drawn from the form's codes; the common-law
 * code stays beside the words, since what a delivery must do (the National Data Opt-out) depends on it.
 */
public record LegalBasis(String article6, String article9, String commonLaw, String cagReference,
        ApplicationForm.CommonLawBasis commonLawCode) {

    public LegalBasis(String article6, String article9, String commonLaw, String cagReference) {
        this(article6, article9, commonLaw, cagReference, null);
    }

    static LegalBasis of(ApplicationForm.LegalBasis coded) {
        if (coded == null) {
            return new LegalBasis(null, null, null, null);
        }
        return new LegalBasis(article6(coded.article6()), article9(coded.article9()), commonLaw(coded),
                coded.cagReference(), coded.commonLaw());
    }

    private static String article6(ApplicationForm.Article6 code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case CONSENT -> "6(1)(a) consent";
            case CONTRACT -> "6(1)(b) contract";
            case LEGAL_OBLIGATION -> "6(1)(c) legal obligation";
            case VITAL_INTERESTS -> "6(1)(d) vital interests";
            case PUBLIC_TASK -> "6(1)(e) public task";
            case LEGITIMATE_INTERESTS -> "6(1)(f) legitimate interests";
        };
    }

    private static String article9(ApplicationForm.Article9 code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case EXPLICIT_CONSENT -> "9(2)(a) explicit consent";
            case EMPLOYMENT_AND_SOCIAL_SECURITY -> "9(2)(b) employment and social security";
            case VITAL_INTERESTS -> "9(2)(c) vital interests";
            case NOT_FOR_PROFIT_BODY -> "9(2)(d) not-for-profit body";
            case MADE_PUBLIC -> "9(2)(e) made public by the data subject";
            case LEGAL_CLAIMS -> "9(2)(f) legal claims";
            case SUBSTANTIAL_PUBLIC_INTEREST -> "9(2)(g) substantial public interest";
            case HEALTH_OR_SOCIAL_CARE -> "9(2)(h) health or social care";
            case PUBLIC_HEALTH -> "9(2)(i) public health";
            case ARCHIVING_RESEARCH_STATISTICS -> "9(2)(j) archiving, research and statistics";
        };
    }

    private static String commonLaw(ApplicationForm.LegalBasis coded) {
        if (coded.commonLaw() == null) {
            return null;
        }
        return switch (coded.commonLaw()) {
            case CONSENT -> "consent";
            case S251_SUPPORT -> "section 251 support (NHS Act 2006)"
                    + (coded.cagExpiry() == null ? "" : ", until " + coded.cagExpiry());
            case STATUTORY_GATEWAY -> "statutory gateway: " + coded.statutoryGateway();
            case NOT_NEEDED_ANONYMISED -> "not needed: anonymised data";
        };
    }
}
