package org.opendars.approvals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opendars.approvals.ApplicationForm.CommonLawBasis;
import org.opendars.approvals.ApplicationForm.Location;
import org.opendars.approvals.ApplicationForm.Party;
import org.opendars.approvals.ApplicationForm.Region;
import org.opendars.approvals.ApplicationForm.Territory;
import org.opendars.approvals.Submission.FieldFacts;
import org.opendars.approvals.Submission.Identifiability;
import org.opendars.approvals.Submission.RegistryEntry;

/**
 * The automated checks, one per data sharing standard they apply. Each reads the submitted form and the
 * custodian's own facts (catalogue, registry), never free text: a rule either finds what the standard needs, finds
 * it missing, or finds something only a person can judge.
 */
public enum CheckRule {

    LEGAL_BASIS("Data sharing standard 7b (duty of confidentiality); UK GDPR articles 6 and 9") {
        @Override
        Check evaluate(Input in) {
            ApplicationForm.LegalBasis basis = in.form().legalBasis();
            if (basis == null || basis.article6() == null || basis.article9() == null || basis.commonLaw() == null) {
                return Check.fail(this, "an article 6 condition, an article 9 condition and a common-law basis are"
                        + " all needed for health data");
            }
            List<String> direct = in.fields(f -> f.identifiability() == Identifiability.DIRECT);
            if (!direct.isEmpty() && basis.commonLaw() == CommonLawBasis.NOT_NEEDED_ANONYMISED) {
                return Check.fail(this, "identifiable data (" + String.join(", ", direct) + ") is requested on the"
                        + " basis that the data is anonymised: it needs consent, section 251 support or a statutory"
                        + " gateway");
            }
            if (basis.article6() == ApplicationForm.Article6.CONSENT
                    && basis.commonLaw() != CommonLawBasis.CONSENT) {
                return Check.review(this, "article 6(1)(a) consent is claimed without consent meeting the common-law"
                        + " duty: confirm the consent covers this use");
            }
            return Check.pass(this, "article 6 " + basis.article6() + ", article 9 " + basis.article9()
                    + ", common law " + basis.commonLaw()
                    + (direct.isEmpty() ? "; no direct identifiers requested" : "; direct identifiers requested under "
                            + basis.commonLaw()));
        }
    },

    CAG_SUPPORT("Data sharing standard 7b: section 251 support from the Confidentiality Advisory Group") {
        @Override
        Check evaluate(Input in) {
            ApplicationForm.LegalBasis basis = in.form().legalBasis();
            if (basis == null || basis.commonLaw() != CommonLawBasis.S251_SUPPORT) {
                return Check.pass(this, "no section 251 support is relied on");
            }
            if (basis.cagReference() == null || basis.cagReference().isBlank()) {
                return Check.fail(this, "section 251 support is claimed without a CAG reference");
            }
            if (basis.cagExpiry() == null || !basis.cagExpiry().isAfter(in.today())) {
                return Check.fail(this, "CAG support " + basis.cagReference() + " has expired"
                        + (basis.cagExpiry() == null ? " (no expiry date given)" : " on " + basis.cagExpiry()));
            }
            LocalDate end = in.today().plusMonths(in.termMonths());
            if (basis.cagExpiry().isBefore(end)) {
                return Check.review(this, "CAG support " + basis.cagReference() + " expires on "
                        + basis.cagExpiry() + ", before the requested term would end (" + end + ")");
            }
            return Check.pass(this, "CAG support " + basis.cagReference() + " in force until " + basis.cagExpiry());
        }
    },

    SECURITY_ASSURANCE("Data sharing standard: security assurance of every controller, processor and location (DSPT)") {
        @Override
        Check evaluate(Input in) {
            List<String> failures = new ArrayList<>();
            List<String> reviews = new ArrayList<>();
            eachParty(in, (party, known, who) -> {
                if (known == null || !known.registered()) {
                    failures.add(who + " is not in the organisations registry");
                } else if (known.dsptStatus() == null || !known.dsptStatus().accepted()) {
                    failures.add(who + " DSPT " + (known.dsptStatus() == null ? "not published"
                            : known.dsptStatus()) + ": Standards Met or better is needed (an improvement plan is"
                            + " accepted only on review)");
                } else if (known.dsptPublished() == null
                        || known.dsptPublished().isBefore(in.today().minusMonths(15))) {
                    failures.add(who + " DSPT published " + known.dsptPublished() + " is out of date");
                } else if (party.dsptStatus() != null && party.dsptStatus() != known.dsptStatus()) {
                    reviews.add(who + " states DSPT " + party.dsptStatus() + " but the registry has "
                            + known.dsptStatus());
                }
            });
            if (in.form().partiesOrNone().isEmpty()) {
                failures.add("no controller or processor is named");
            }
            return outcome(this, failures, reviews, "every controller and processor has DSPT Standards Met or better");
        }
    },

    DATA_PROTECTION_REGISTRATION("Data sharing standard: Data Protection Act registration (ICO) of every party") {
        @Override
        Check evaluate(Input in) {
            List<String> failures = new ArrayList<>();
            List<String> reviews = new ArrayList<>();
            eachParty(in, (party, known, who) -> {
                if (known == null || !known.registered() || known.icoRegistration() == null) {
                    failures.add(who + " has no ICO registration in the registry");
                } else if (known.icoExpires() != null && !known.icoExpires().isAfter(in.today())) {
                    failures.add(who + " ICO registration " + known.icoRegistration() + " expired on "
                            + known.icoExpires());
                } else if (!known.icoRegistration().equals(party.icoRegistration())) {
                    reviews.add(who + " states ICO registration " + party.icoRegistration() + " but the registry has "
                            + known.icoRegistration());
                }
            });
            return outcome(this, failures, reviews, "every party is registered with the ICO");
        }
    },

    TERRITORY_OF_USE("Data sharing standard 11: territory of use; UK GDPR chapter V (articles 44-50)") {
        @Override
        Check evaluate(Input in) {
            Territory territory = in.form().territory();
            if (territory == null) {
                return Check.fail(this, "no territory of use is stated");
            }
            List<String> failures = new ArrayList<>();
            List<String> reviews = new ArrayList<>();
            for (Party party : in.form().partiesOrNone()) {
                List<Location> locations = new ArrayList<>();
                locations.addAll(party.processingLocations() == null ? List.of() : party.processingLocations());
                locations.addAll(party.storageLocations() == null ? List.of() : party.storageLocations());
                for (Location location : locations) {
                    if (location.region() == null) {
                        failures.add(party.name() + ": " + location.site() + " has no region");
                    } else if (!covers(territory, location.region())) {
                        failures.add(party.name() + ": " + location.site() + " (" + location.region()
                                + ") is outside the territory " + territory);
                    } else if (location.region() == Region.EEA || location.region() == Region.REST_OF_WORLD) {
                        reviews.add(party.name() + ": " + location.site() + " (" + location.country()
                                + ") is outside the UK: chapter V transfer conditions apply");
                    }
                }
            }
            return outcome(this, failures, reviews, "the territory " + territory + " covers every processing and"
                    + " storage location, all in the UK");
        }
    },

    DATA_MINIMISATION("Data sharing standard 3: data minimisation (data sets, years, filters and each field justified)") {
        @Override
        Check evaluate(Input in) {
            List<String> failures = new ArrayList<>();
            List<String> reviews = new ArrayList<>();
            ApplicationForm.LegalBasis basis = in.form().legalBasis();
            boolean identifiableAllowed = basis != null && basis.commonLaw() != null
                    && basis.commonLaw() != CommonLawBasis.NOT_NEEDED_ANONYMISED;
            for (ApplicationForm.Product product : in.form().productsOrNone()) {
                for (ApplicationForm.RequestedDataset dataset : datasets(product)) {
                    for (ApplicationForm.RequestedField field : fields(dataset)) {
                        FieldFacts facts = in.field(dataset.code(), field.name());
                        String name = dataset.code() + "." + field.name();
                        if (field.justification() == null || field.justification().strip().length() < 10) {
                            failures.add(name + " has no justification");
                        }
                        if (facts != null && facts.identifiability() == Identifiability.DIRECT) {
                            if ("TABULATION".equals(product.type())) {
                                failures.add(name + " is a direct identifier: a tabulation never needs one");
                            } else if (!identifiableAllowed) {
                                failures.add(name + " is a direct identifier, which the legal basis does not allow");
                            }
                        }
                        if (facts != null && facts.sensitive()) {
                            reviews.add(name + " is sensitive: its justification needs a person's judgement");
                        }
                    }
                    if (dataset.years() > 10) {
                        reviews.add(dataset.code() + ": " + dataset.years() + " years asked for, more than the usual"
                                + " ten-year rolling holding");
                    }
                    Integer minAge = dataset.filters() == null ? null : dataset.filters().minAge();
                    if (minAge == null || minAge < 16) {
                        reviews.add(dataset.code() + ": patients under 16 are included, which needs extra"
                                + " justification");
                    }
                }
            }
            return outcome(this, failures, reviews, "every field is justified and only fields the legal basis"
                    + " allows are requested");
        }
    },

    TERM("Data sharing standard 1: term of the agreement") {
        @Override
        Check evaluate(Input in) {
            ApplicationForm.PurposeCategory category = in.form().purpose() == null ? null
                    : in.form().purpose().category();
            Integer requested = in.form().termMonths();
            int maximum = in.maximumTermMonths();
            if (requested == null) {
                return Check.fail(this, "no term is requested");
            }
            if (requested > maximum) {
                return Check.fail(this, requested + " months requested; at most " + maximum + " months for "
                        + (category == null ? "this purpose" : category));
            }
            return Check.pass(this, requested + " months requested, within " + maximum + " months for "
                    + (category == null ? "this purpose" : category));
        }
    },

    SPECIAL_CONDITIONS("Data sharing standard: special conditions of each data set (e.g. the GDPPR direction)") {
        @Override
        Check evaluate(Input in) {
            List<String> failures = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            ApplicationForm.PurposeCategory category = in.form().purpose() == null ? null
                    : in.form().purpose().category();
            boolean onward = in.form().onwardSharing() != null && Boolean.TRUE.equals(in.form().onwardSharing().planned());
            for (Submission.DatasetFacts dataset : in.facts().catalogueOrNone()) {
                List<String> permitted = dataset.permittedPurposes() == null ? List.of() : dataset.permittedPurposes();
                if (!permitted.isEmpty() && (category == null || !permitted.contains(category.name()))) {
                    failures.add(dataset.code() + " may be used only for " + String.join(" or ", permitted)
                            + ", not " + category);
                }
                if (onward && !dataset.onwardSharing()) {
                    failures.add(dataset.code() + " may not be shared onward or sub-licensed");
                }
                if (dataset.conditions() != null) {
                    dataset.conditions().forEach(c -> conditions.add(dataset.code() + ": " + c));
                }
            }
            if (!failures.isEmpty()) {
                return Check.fail(this, String.join("; ", failures));
            }
            return Check.pass(this, conditions.isEmpty() ? "no data set has special conditions"
                    : "the agreement will state " + conditions.size() + " special condition(s): "
                            + String.join(" ", conditions));
        }
    },

    COMMERCIAL_PURPOSE("Data sharing standard: commercial purpose") {
        @Override
        Check evaluate(Input in) {
            boolean commercial = in.form().purpose() != null && Boolean.TRUE.equals(in.form().purpose().commercial());
            List<String> companies = in.facts().registryOrNone().stream()
                    .filter(r -> "COMMERCIAL".equals(r.type())).map(RegistryEntry::name).toList();
            if (commercial || !companies.isEmpty()) {
                return Check.review(this, (commercial ? "the purpose is declared commercial"
                        : "the purpose is declared not commercial") + (companies.isEmpty() ? ""
                                : "; commercial parties: " + String.join(", ", companies))
                        + ": the benefit to health and care must outweigh the commercial gain");
            }
            return Check.pass(this, "no commercial purpose and no commercial party");
        }
    },

    ETHICAL_APPROVAL("Data sharing standard: ethical approval") {
        @Override
        Check evaluate(Input in) {
            ApplicationForm.Ethics ethics = in.form().ethics();
            if (ethics == null || ethics.required() == null) {
                return Check.fail(this, "the form does not say whether ethical approval is needed");
            }
            if (ethics.required()) {
                boolean letter = in.facts().attachmentsOrNone().stream().anyMatch(a -> "ETHICS_LETTER".equals(a.kind()));
                if (!letter || ethics.reference() == null || ethics.approvedOn() == null) {
                    return Check.fail(this, "ethical approval is needed but its reference, date or letter is missing");
                }
                return Check.pass(this, ethics.committee() + " " + ethics.reference() + " approved "
                        + ethics.approvedOn() + "; letter attached");
            }
            ApplicationForm.PurposeCategory category = in.form().purpose() == null ? null
                    : in.form().purpose().category();
            if (category == ApplicationForm.PurposeCategory.RESEARCH
                    || category == ApplicationForm.PurposeCategory.CONSENTED_COHORT_RESEARCH
                    || category == ApplicationForm.PurposeCategory.CLINICAL_TRIAL) {
                return Check.review(this, "research without ethical approval: " + ethics.notRequiredBecause());
            }
            return Check.pass(this, "not needed: " + ethics.notRequiredBecause());
        }
    },

    COHORT("Bespoke products are built around the applicant's cohort; patient tracking reports on its list") {
        @Override
        Check evaluate(Input in) {
            String type = in.form().productType();
            boolean bespoke = type != null && (type.startsWith("BESPOKE") || type.equals("PATIENT_STATUS_TRACKING"));
            if (!bespoke) {
                return Check.pass(this, "no cohort needed for this product");
            }
            return in.cohortSize() > 0 ? Check.pass(this, in.cohortSize() + " people in the cohort")
                    : Check.fail(this, "the cohort is empty");
        }
    };

    private final String source;

    CheckRule(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    abstract Check evaluate(Input in);

    /** What every rule reads: the form, the custodian's facts, the cohort's size, today, and the term policy. */
    record Input(ApplicationForm form, Submission facts, int cohortSize, LocalDate today, int maximumTermMonths) {

        int termMonths() {
            return form.termMonths() == null ? 0 : form.termMonths();
        }

        RegistryEntry registry(String odsCode) {
            return facts.registryOrNone().stream().filter(r -> Objects.equals(r.odsCode(), odsCode)).findFirst()
                    .orElse(null);
        }

        FieldFacts field(String dataset, String field) {
            return facts.catalogueOrNone().stream().filter(d -> d.code().equals(dataset))
                    .flatMap(d -> d.fields().stream()).filter(f -> f.name().equals(field)).findFirst().orElse(null);
        }

        List<String> fields(java.util.function.Predicate<FieldFacts> which) {
            return facts.catalogueOrNone().stream()
                    .flatMap(d -> d.fields().stream().filter(which).map(f -> d.code() + "." + f.name())).toList();
        }
    }

    static List<Check> run(Input in) {
        List<Check> checks = new ArrayList<>();
        for (CheckRule rule : values()) {
            checks.add(rule.evaluate(in));
        }
        return checks;
    }

    /** What a rule makes of one party, beside what the registry knows of it (null when nothing). */
    private interface PartyJudgement {
        void judge(Party party, RegistryEntry known, String who);
    }

    private static void eachParty(Input in, PartyJudgement judgement) {
        for (Party party : in.form().partiesOrNone()) {
            judgement.judge(party, in.registry(party.odsCode()), party.name() + " (" + party.odsCode() + ")");
        }
    }

    private static boolean covers(Territory territory, Region region) {
        Set<Region> covered = switch (territory) {
            case ENGLAND -> EnumSet.of(Region.ENGLAND);
            case ENGLAND_AND_WALES -> EnumSet.of(Region.ENGLAND, Region.WALES);
            case UNITED_KINGDOM -> EnumSet.of(Region.ENGLAND, Region.WALES, Region.SCOTLAND, Region.NORTHERN_IRELAND);
            case UK_AND_EEA -> EnumSet.of(Region.ENGLAND, Region.WALES, Region.SCOTLAND, Region.NORTHERN_IRELAND,
                    Region.EEA);
            case WORLDWIDE -> EnumSet.allOf(Region.class);
        };
        return covered.contains(region);
    }

    private static List<ApplicationForm.RequestedDataset> datasets(ApplicationForm.Product product) {
        return product.datasets() == null ? List.of() : product.datasets();
    }

    private static List<ApplicationForm.RequestedField> fields(ApplicationForm.RequestedDataset dataset) {
        return dataset.fields() == null ? List.of() : dataset.fields();
    }

    private static Check outcome(CheckRule rule, List<String> failures, List<String> reviews, String passed) {
        if (!failures.isEmpty()) {
            List<String> all = new ArrayList<>(failures);
            all.addAll(reviews);
            return Check.fail(rule, String.join("; ", all));
        }
        if (!reviews.isEmpty()) {
            return Check.review(rule, String.join("; ", reviews));
        }
        return Check.pass(rule, passed);
    }

    static Map<CheckRule, Check> byRule(List<Check> checks) {
        return checks.stream().collect(Collectors.toMap(Check::rule, Function.identity()));
    }
}
