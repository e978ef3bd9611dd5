package org.opendars.approvals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;



/**
 * This service's copy of the application form a submission carries (applications-service validates it and checks it
 * is complete before it is submitted): what the checks read and the agreement is drawn from.
 */
public record ApplicationForm(
        String title,
        Purpose purpose,
        List<Party> parties,
        Territory territory,
        LegalBasis legalBasis,
        Ethics ethics,
        Integer termMonths,
        OnwardSharing onwardSharing,
        List<Product> products,
        UUID cohortId) {

    /** Objective for processing, processing activities, expected outcomes and measurable benefits (standards 9-13). */
    public record Purpose(
            String objective,
            String processingActivities,
            String expectedOutcomes,
            String expectedBenefits,
            PurposeCategory category,
            Boolean commercial,
            String commercialDetails) {
    }

    /** What the purpose is, which sets the longest term the custodian agrees to and whether it is novel. */
    public enum PurposeCategory {
        RESEARCH, CONSENTED_COHORT_RESEARCH, CLINICAL_TRIAL, COMMISSIONING, PUBLIC_HEALTH, SERVICE_EVALUATION,
        /** None of the above: a novel purpose, always put to the advisory panel. */
        OTHER
    }

    /** A data controller or processor, with where it processes and stores the data (storage is processing). */
    public record Party(
            String name,
            String odsCode,
            String icoRegistration,
            PartyRole role,
            Controllership controllership,
            DsptStatus dsptStatus,
            LocalDate dsptPublished,
            List<Location> processingLocations,
            List<Location> storageLocations) {
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
            String site,
            Region region,
            String country) {
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
            String cagReference,
            LocalDate cagExpiry,
            String statutoryGateway) {
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
            String committee,
            String reference,
            LocalDate approvedOn,
            String notRequiredBecause) {
    }

    /** Sub-licensing and onward sharing. */
    public record OnwardSharing(
            Boolean planned,
            String details) {
    }

    public record Product(
            String type,
            List<RequestedDataset> datasets,
            Frequency frequency) {
    }

    public enum Frequency {
        ONE_OFF, MONTHLY, QUARTERLY, ANNUALLY
    }

    /** Data minimisation (standard 3): each data set, its years and filters, and each field, justified. */
    public record RequestedDataset(
            String code,
            List<RequestedField> fields,
            Integer fromYear,
            Integer toYear,
            Filters filters) {

        /** Financial years asked for, 2019 meaning 2019-20. */
        public int years() {
            return fromYear == null || toYear == null ? 0 : Math.max(0, toYear - fromYear + 1);
        }
    }

    public record RequestedField(
            String name,
            String justification) {
    }

    public record Filters(
            LocalDate from,
            LocalDate to,
            Integer minAge,
            Integer maxAge,
            List<String> geography,
            List<String> diagnosisCodes) {
    }

    public List<Party> partiesOrNone() {
        return parties == null ? List.of() : parties;
    }

    public List<Product> productsOrNone() {
        return products == null ? List.of() : products;
    }

    public String productType() {
        return productsOrNone().isEmpty() ? null : productsOrNone().get(0).type();
    }
}
