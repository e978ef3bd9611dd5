package org.opendars.approvals;

import java.util.ArrayList;
import java.util.List;

/**
 * Which cases the advisory panel must consider before approval, as IGARD did for confidential information (personal
 * data, pseudonymised record-level data, aggregates without small-number suppression): identifiable data, any
 * record-level product, sensitive data, data sets whose directions restrict their use, and novel purposes. Only a
 * tabulation of data that is none of these, released with small numbers suppressed, goes without.
 */
final class PanelReferral {

    private PanelReferral() {
    }

    static List<String> reasons(ApplicationForm form, Submission facts) {
        List<String> reasons = new ArrayList<>();
        List<String> direct = facts.catalogueOrNone().stream().flatMap(d -> d.fields().stream()
                .filter(f -> f.identifiability() == Submission.Identifiability.DIRECT).map(f -> d.code() + "." + f.name()))
                .toList();
        if (!direct.isEmpty()) {
            reasons.add("identifiable data: " + String.join(", ", direct));
        }
        String product = form.productType();
        if (product != null && !product.equals("TABULATION")) {
            reasons.add("record-level data (" + product + "): pseudonymised records are still confidential"
                    + " information");
        }
        List<String> sensitive = facts.catalogueOrNone().stream()
                .filter(d -> d.sensitive() || d.fields().stream().anyMatch(Submission.FieldFacts::sensitive))
                .map(Submission.DatasetFacts::code).toList();
        if (!sensitive.isEmpty()) {
            reasons.add("sensitive data: " + String.join(", ", sensitive));
        }
        List<String> restricted = facts.catalogueOrNone().stream()
                .filter(d -> !d.onwardSharing() || d.permittedPurposes() != null && !d.permittedPurposes().isEmpty())
                .map(Submission.DatasetFacts::code).toList();
        if (!restricted.isEmpty()) {
            reasons.add("data sets under special conditions: " + String.join(", ", restricted));
        }
        if (form.purpose() != null && form.purpose().category() == ApplicationForm.PurposeCategory.OTHER) {
            reasons.add("a novel purpose");
        }
        return reasons;
    }
}
