package org.opendars.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.opendars.kit.problem.InvalidRequestException.FieldError;

/**
 * The application form, as the data sharing standards ask it. A draft may leave anything out, so every part is
 * optional here and checked for form (sizes, codes, patterns) whenever it is saved; {@link #missing()} lists what a
 * submission still needs, all at once.
 */
public record ApplicationForm(
        @Size(max = 200) String title,
        @Valid Purpose purpose,
        @Size(max = 20) List<@NotNull @Valid Party> parties,
        Territory territory,
        @Valid LegalBasis legalBasis,
        @Valid Ethics ethics,
        @Min(1) @Max(240) Integer termMonths,
        @Valid OnwardSharing onwardSharing,
        // One product per application version for now: the downstream services build one product per agreement.
        @Size(max = 1, message = "one product per application: apply again for another product") List<@NotNull @Valid Product> products,
        UUID cohortId) {

    /** Objective for processing, processing activities, expected outcomes and measurable benefits (standards 9-13). */
    public record Purpose(
            @Size(max = 10_000) String objective,
            @Size(max = 10_000) String processingActivities,
            @Size(max = 10_000) String expectedOutcomes,
            @Size(max = 10_000) String expectedBenefits,
            PurposeCategory category,
            Boolean commercial,
            @Size(max = 2_000) String commercialDetails) {
    }

    /** What the purpose is, which sets the longest term the custodian agrees to and whether it is novel. */
    public enum PurposeCategory {
        RESEARCH, CONSENTED_COHORT_RESEARCH, CLINICAL_TRIAL, COMMISSIONING, PUBLIC_HEALTH, SERVICE_EVALUATION,
        /** None of the above: a novel purpose, always put to the advisory panel. */
        OTHER
    }

    /** A data controller or processor, with where it processes and stores the data (storage is processing). */
    public record Party(
            @Size(max = 200) String name,
            @Pattern(regexp = "[A-Z0-9]{3,10}", message = "must be an ODS code: 3 to 10 capital letters or digits") String odsCode,
            @Pattern(regexp = "Z[A-Z0-9]{7}|[A-Z]{2}[0-9]{6}", message = "must be an ICO registration number such as Z1234567") String icoRegistration,
            PartyRole role,
            Controllership controllership,
            DsptStatus dsptStatus,
            LocalDate dsptPublished,
            @Size(max = 20) List<@NotNull @Valid Location> processingLocations,
            @Size(max = 20) List<@NotNull @Valid Location> storageLocations) {
    }

    public enum PartyRole {
        CONTROLLER, PROCESSOR
    }

    public enum Controllership {
        SOLE, JOINT
    }

    /** Data Security and Protection Toolkit attainment. */
    public enum DsptStatus {
        STANDARDS_NOT_MET, APPROACHING_STANDARDS, STANDARDS_MET, STANDARDS_EXCEEDED;

        public boolean accepted() {
            return this == STANDARDS_MET || this == STANDARDS_EXCEEDED;
        }
    }

    public record Location(
            @Size(max = 300) String site,
            Region region,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as GB") String country) {
    }

    public enum Region {
        ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND, EEA, REST_OF_WORLD
    }

    /** Territory of use (standard 11): it must cover every processing and storage location. */
    public enum Territory {
        ENGLAND, ENGLAND_AND_WALES, UNITED_KINGDOM, UK_AND_EEA, WORLDWIDE
    }

    /** UK GDPR article 6 and article 9 conditions and how the common-law duty of confidentiality is met. */
    public record LegalBasis(
            Article6 article6,
            Article9 article9,
            CommonLawBasis commonLaw,
            @Pattern(regexp = "\\d{2}/CAG/\\d{4}|CAG \\d+-\\d+\\([a-z]\\)/\\d{4}", message = "must be a CAG reference such as 21/CAG/0123") String cagReference,
            LocalDate cagExpiry,
            @Size(max = 300) String statutoryGateway) {
    }

    public enum Article6 {
        CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS
    }

    public enum Article9 {
        EXPLICIT_CONSENT, EMPLOYMENT_AND_SOCIAL_SECURITY, VITAL_INTERESTS, NOT_FOR_PROFIT_BODY, MADE_PUBLIC,
        LEGAL_CLAIMS, SUBSTANTIAL_PUBLIC_INTEREST, HEALTH_OR_SOCIAL_CARE, PUBLIC_HEALTH, ARCHIVING_RESEARCH_STATISTICS
    }

    /** The common-law duty of confidentiality (standard 7b). */
    public enum CommonLawBasis {
        CONSENT, S251_SUPPORT, STATUTORY_GATEWAY,
        /** Anonymised data owes no duty of confidence. */
        NOT_NEEDED_ANONYMISED
    }

    public record Ethics(
            Boolean required,
            @Size(max = 300) String committee,
            @Size(max = 100) String reference,
            LocalDate approvedOn,
            @Size(max = 2_000) String notRequiredBecause) {
    }

    /** Sub-licensing and onward sharing. */
    public record OnwardSharing(
            Boolean planned,
            @Size(max = 5_000) String details) {
    }

    public record Product(
            ProductType type,
            @Size(max = 30) List<@NotNull @Valid RequestedDataset> datasets,
            Frequency frequency) {
    }

    public enum Frequency {
        ONE_OFF, MONTHLY, QUARTERLY, ANNUALLY
    }

    /** Data minimisation (standard 3): each data set, its years and filters, and each field, justified. */
    public record RequestedDataset(
            @Size(max = 40) String code,
            @Size(max = 300) List<@NotNull @Valid RequestedField> fields,
            @Min(1989) @Max(2100) Integer fromYear,
            @Min(1989) @Max(2100) Integer toYear,
            @Valid Filters filters) {

        /** Financial years asked for, 2019 meaning 2019-20. */
        public int years() {
            return fromYear == null || toYear == null ? 0 : Math.max(0, toYear - fromYear + 1);
        }
    }

    public record RequestedField(
            @Size(max = 60) String name,
            @Size(max = 2_000) String justification) {
    }

    public record Filters(
            LocalDate from,
            LocalDate to,
            @Min(0) @Max(130) Integer minAge,
            @Min(0) @Max(130) Integer maxAge,
            @Size(max = 200) List<@NotNull @Pattern(regexp = "[A-Z][0-9]{8}", message = "must be an ONS area code such as E08000003") String> geography,
            @Size(max = 500) List<@NotNull @Pattern(regexp = "[A-Z][0-9]{2}(\\.?[0-9X]{1,2})?", message = "must be an ICD-10 code such as I21 or I21.9") String> diagnosisCodes) {
    }

    public static ApplicationForm empty() {
        return new ApplicationForm(null, null, null, null, null, null, null, null, null, null);
    }

    public List<Party> partiesOrNone() {
        return parties == null ? List.of() : parties;
    }

    public List<Product> productsOrNone() {
        return products == null ? List.of() : products;
    }

    public ProductType productType() {
        return productsOrNone().isEmpty() ? null : productsOrNone().get(0).type();
    }

    /** Every answer a submission still needs, named by its place in the form; empty when the form is complete. */
    public List<FieldError> missing() {
        Missing missing = new Missing();
        missing.text("title", title);
        if (missing.present("purpose", purpose)) {
            missing.text("purpose.objective", purpose.objective());
            missing.text("purpose.processingActivities", purpose.processingActivities());
            missing.text("purpose.expectedOutcomes", purpose.expectedOutcomes());
            missing.text("purpose.expectedBenefits", purpose.expectedBenefits());
            missing.present("purpose.category", purpose.category());
            if (missing.present("purpose.commercial", purpose.commercial()) && purpose.commercial()) {
                missing.text("purpose.commercialDetails", purpose.commercialDetails());
            }
        }
        if (partiesOrNone().isEmpty()) {
            missing.add("parties", "name at least the data controller");
        } else if (partiesOrNone().stream().noneMatch(p -> p.role() == PartyRole.CONTROLLER)) {
            missing.add("parties", "at least one party must be a data controller");
        }
        for (int i = 0; i < partiesOrNone().size(); i++) {
            Party party = parties.get(i);
            String at = "parties[" + i + "]";
            missing.text(at + ".name", party.name());
            missing.text(at + ".odsCode", party.odsCode());
            missing.text(at + ".icoRegistration", party.icoRegistration());
            if (missing.present(at + ".role", party.role()) && party.role() == PartyRole.CONTROLLER) {
                missing.present(at + ".controllership", party.controllership());
            }
            missing.present(at + ".dsptStatus", party.dsptStatus());
            missing.present(at + ".dsptPublished", party.dsptPublished());
            missing.locations(at + ".processingLocations", party.processingLocations());
            missing.locations(at + ".storageLocations", party.storageLocations());
        }
        missing.present("territory", territory);
        if (missing.present("legalBasis", legalBasis)) {
            missing.present("legalBasis.article6", legalBasis.article6());
            missing.present("legalBasis.article9", legalBasis.article9());
            if (missing.present("legalBasis.commonLaw", legalBasis.commonLaw())) {
                if (legalBasis.commonLaw() == CommonLawBasis.S251_SUPPORT) {
                    missing.text("legalBasis.cagReference", legalBasis.cagReference());
                    missing.present("legalBasis.cagExpiry", legalBasis.cagExpiry());
                }
                if (legalBasis.commonLaw() == CommonLawBasis.STATUTORY_GATEWAY) {
                    missing.text("legalBasis.statutoryGateway", legalBasis.statutoryGateway());
                }
            }
        }
        if (missing.present("ethics", ethics) && missing.present("ethics.required", ethics.required())) {
            if (ethics.required()) {
                missing.text("ethics.committee", ethics.committee());
                missing.text("ethics.reference", ethics.reference());
                missing.present("ethics.approvedOn", ethics.approvedOn());
            } else {
                missing.text("ethics.notRequiredBecause", ethics.notRequiredBecause());
            }
        }
        missing.present("termMonths", termMonths);
        if (missing.present("onwardSharing", onwardSharing)
                && missing.present("onwardSharing.planned", onwardSharing.planned()) && onwardSharing.planned()) {
            missing.text("onwardSharing.details", onwardSharing.details());
        }
        if (productsOrNone().isEmpty()) {
            missing.add("products", "name the product wanted");
        }
        for (int i = 0; i < productsOrNone().size(); i++) {
            Product product = products.get(i);
            String at = "products[" + i + "]";
            if (missing.present(at + ".type", product.type()) && product.type().needsCohort()) {
                missing.present("cohortId", cohortId);
            }
            missing.present(at + ".frequency", product.frequency());
            List<RequestedDataset> datasets = product.datasets() == null ? List.of() : product.datasets();
            if (datasets.isEmpty()) {
                missing.add(at + ".datasets", "name at least one data set");
            }
            for (int d = 0; d < datasets.size(); d++) {
                RequestedDataset dataset = datasets.get(d);
                String in = at + ".datasets[" + d + "]";
                missing.text(in + ".code", dataset.code());
                missing.present(in + ".fromYear", dataset.fromYear());
                missing.present(in + ".toYear", dataset.toYear());
                if (dataset.fromYear() != null && dataset.toYear() != null && dataset.toYear() < dataset.fromYear()) {
                    missing.add(in + ".toYear", "must not be before fromYear");
                }
                List<RequestedField> fields = dataset.fields() == null ? List.of() : dataset.fields();
                if (fields.isEmpty()) {
                    missing.add(in + ".fields", "name at least one field");
                }
                for (int f = 0; f < fields.size(); f++) {
                    missing.text(in + ".fields[" + f + "].name", fields.get(f).name());
                    missing.text(in + ".fields[" + f + "].justification", fields.get(f).justification());
                }
            }
        }
        return missing.errors;
    }

    private static final class Missing {
        final List<FieldError> errors = new ArrayList<>();

        void add(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        boolean present(String field, Object value) {
            if (value == null) {
                add(field, "is required to submit");
                return false;
            }
            return true;
        }

        void text(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field, "is required to submit");
            }
        }

        void locations(String field, List<Location> locations) {
            if (locations == null || locations.isEmpty()) {
                add(field, "name at least one location");
                return;
            }
            for (int i = 0; i < locations.size(); i++) {
                text(field + "[" + i + "].site", locations.get(i).site());
                present(field + "[" + i + "].region", locations.get(i).region());
                text(field + "[" + i + "].country", locations.get(i).country());
            }
        }
    }
}
