package org.opendars.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each rule on crafted applications: the documented example passes every check, and each row changes one thing
 * and names the rule it must trip and the outcome.
 */
class CheckRuleTest {

    private static UnaryOperator<ObjectNode> set(String pointer, String field, Object value) {
        return event -> {
            ObjectNode node = (ObjectNode) event.at(pointer);
            if (value == null) {
                node.putNull(field);
            } else if (value instanceof Boolean b) {
                node.put(field, b);
            } else if (value instanceof Integer i) {
                node.put(field, i);
            } else {
                node.put(field, value.toString());
            }
            return event;
        };
    }

    private static UnaryOperator<ObjectNode> both(UnaryOperator<ObjectNode> a, UnaryOperator<ObjectNode> b) {
        return event -> b.apply(a.apply(event));
    }

    private static UnaryOperator<ObjectNode> storedIn(String region, String country) {
        return event -> {
            ArrayNode storage = (ArrayNode) event.at("/form/parties/0/storageLocations");
            storage.addObject().put("site", "Backup site").put("region", region).put("country", country);
            return event;
        };
    }

    static Stream<Arguments> rows() {
        return cases().map(row -> row.get().length == 4 ? Arguments.of(row.get()[0], row.get()[1], row.get()[2],
                row.get()[3], null) : row);
    }

    /** Name, change, rule, outcome, and the one other rule the same fault rightly trips (if any). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("identifiers on an anonymised basis",
                        both(set("/form/legalBasis", "commonLaw", "NOT_NEEDED_ANONYMISED"),
                                set("/catalogue/0/fields/1", "identifiability", "DIRECT")),
                        CheckRule.LEGAL_BASIS, Check.Outcome.FAIL, CheckRule.DATA_MINIMISATION),
                Arguments.of("no article 9 condition", set("/form/legalBasis", "article9", null),
                        CheckRule.LEGAL_BASIS, Check.Outcome.FAIL),
                Arguments.of("consent under article 6 without common-law consent",
                        set("/form/legalBasis", "article6", "CONSENT"), CheckRule.LEGAL_BASIS,
                        Check.Outcome.NEEDS_REVIEW),
                Arguments.of("s251 without a CAG reference", set("/form/legalBasis", "cagReference", null),
                        CheckRule.CAG_SUPPORT, Check.Outcome.FAIL),
                Arguments.of("expired CAG support", set("/form/legalBasis", "cagExpiry", "2026-11-30"),
                        CheckRule.CAG_SUPPORT, Check.Outcome.FAIL),
                Arguments.of("CAG support ending within the term", set("/form/legalBasis", "cagExpiry", "2027-06-30"),
                        CheckRule.CAG_SUPPORT, Check.Outcome.NEEDS_REVIEW),
                Arguments.of("DSPT standards not met", set("/registry/0", "dsptStatus", "STANDARDS_NOT_MET"),
                        CheckRule.SECURITY_ASSURANCE, Check.Outcome.FAIL),
                Arguments.of("DSPT out of date", set("/registry/0", "dsptPublished", "2025-03-31"),
                        CheckRule.SECURITY_ASSURANCE, Check.Outcome.FAIL),
                Arguments.of("party not in the registry", set("/registry/0", "registered", false),
                        CheckRule.SECURITY_ASSURANCE, Check.Outcome.FAIL, CheckRule.DATA_PROTECTION_REGISTRATION),
                Arguments.of("claimed DSPT differs from the registry",
                        set("/form/parties/0", "dsptStatus", "STANDARDS_EXCEEDED"), CheckRule.SECURITY_ASSURANCE,
                        Check.Outcome.NEEDS_REVIEW),
                Arguments.of("ICO registration lapsed", set("/registry/0", "icoExpires", "2026-01-31"),
                        CheckRule.DATA_PROTECTION_REGISTRATION, Check.Outcome.FAIL),
                Arguments.of("ICO number differs from the registry",
                        set("/form/parties/0", "icoRegistration", "Z1111111"),
                        CheckRule.DATA_PROTECTION_REGISTRATION, Check.Outcome.NEEDS_REVIEW),
                Arguments.of("storage in Scotland outside England and Wales", storedIn("SCOTLAND", "GB"),
                        CheckRule.TERRITORY_OF_USE, Check.Outcome.FAIL),
                Arguments.of("storage in the EEA within a UK and EEA territory",
                        both(set("/form", "territory", "UK_AND_EEA"), storedIn("EEA", "IE")),
                        CheckRule.TERRITORY_OF_USE, Check.Outcome.NEEDS_REVIEW),
                Arguments.of("storage outside the EEA", storedIn("REST_OF_WORLD", "US"), CheckRule.TERRITORY_OF_USE,
                        Check.Outcome.FAIL),
                Arguments.of("a field without a justification",
                        set("/form/products/0/datasets/0/fields/0", "justification", "needed"),
                        CheckRule.DATA_MINIMISATION, Check.Outcome.FAIL),
                Arguments.of("a direct identifier in a tabulation",
                        both(set("/form/products/0", "type", "TABULATION"),
                                set("/catalogue/0/fields/1", "identifiability", "DIRECT")),
                        CheckRule.DATA_MINIMISATION, Check.Outcome.FAIL),
                Arguments.of("children included", set("/form/products/0/datasets/0/filters", "minAge", 0),
                        CheckRule.DATA_MINIMISATION, Check.Outcome.NEEDS_REVIEW),
                Arguments.of("more than ten years", set("/form/products/0/datasets/0", "fromYear", 2009),
                        CheckRule.DATA_MINIMISATION, Check.Outcome.NEEDS_REVIEW),
                Arguments.of("sensitive fields", set("/catalogue/1/fields/1", "sensitive", true),
                        CheckRule.DATA_MINIMISATION, Check.Outcome.NEEDS_REVIEW),
                Arguments.of("a term beyond the purpose's maximum", set("/form", "termMonths", 48), CheckRule.TERM,
                        Check.Outcome.FAIL),
                Arguments.of("a purpose the data set's direction does not allow",
                        both(set("/catalogue/0", "permittedPurposes", null), event -> {
                            ((ObjectNode) event.at("/catalogue/0")).putArray("permittedPurposes").add("PUBLIC_HEALTH");
                            return event;
                        }), CheckRule.SPECIAL_CONDITIONS, Check.Outcome.FAIL),
                Arguments.of("onward sharing of a data set that forbids it",
                        both(set("/catalogue/0", "onwardSharing", false),
                                set("/form/onwardSharing", "planned", true)),
                        CheckRule.SPECIAL_CONDITIONS, Check.Outcome.FAIL),
                Arguments.of("a commercial purpose", set("/form/purpose", "commercial", true),
                        CheckRule.COMMERCIAL_PURPOSE, Check.Outcome.NEEDS_REVIEW),
                Arguments.of("a commercial party", set("/registry/0", "type", "COMMERCIAL"),
                        CheckRule.COMMERCIAL_PURPOSE, Check.Outcome.NEEDS_REVIEW),
                Arguments.of("ethics required without a letter", (UnaryOperator<ObjectNode>) event -> {
                    ((ArrayNode) event.get("attachments")).removeAll();
                    return event;
                }, CheckRule.ETHICAL_APPROVAL, Check.Outcome.FAIL),
                Arguments.of("research said to need no ethics",
                        both(set("/form/ethics", "required", false),
                                set("/form/ethics", "notRequiredBecause", "routine data only")),
                        CheckRule.ETHICAL_APPROVAL, Check.Outcome.NEEDS_REVIEW),
                Arguments.of("an empty cohort", set("", "cohortSize", 0), CheckRule.COHORT, Check.Outcome.FAIL));
    }

    @Test
    void theDocumentedExamplePassesEveryCheck() {
        List<Check> checks = TestCases.checks(TestCases.submitted(event -> event));
        assertThat(checks).extracting(Check::rule).containsExactly(CheckRule.values());
        assertThat(checks).allMatch(Check::passed, "every check passes");
        assertThat(checks).allMatch(c -> !c.source().isBlank() && !c.evidence().isBlank());
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("rows")
    void eachRuleFindsWhatTheStandardAsks(String name, UnaryOperator<ObjectNode> change, CheckRule rule,
            Check.Outcome outcome, CheckRule also) {
        List<Check> checks = TestCases.checks(TestCases.submitted(change));
        assertThat(CheckRule.byRule(checks).get(rule).outcome()).as(CheckRule.byRule(checks).get(rule).evidence())
                .isEqualTo(outcome);
        assertThat(checks).filteredOn(c -> c.rule() != rule && c.rule() != also).allMatch(Check::passed,
                "only " + rule + (also == null ? "" : " and " + also) + " are affected");
    }
}
