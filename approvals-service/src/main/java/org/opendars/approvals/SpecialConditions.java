package org.opendars.approvals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The conditions an agreement states: the custodian's standard terms, each data set's special conditions, the
 * findings of the automated checks that a person accepted, and the approver's own.
 */
final class SpecialConditions {

    private static final List<String> STANDARD = List.of(
            "The data is used only for the purpose stated in this agreement.",
            "No attempt is made to re-identify any individual, or to link the data with any other data not named"
                    + " in this agreement.",
            "The data is not shared with anyone other than the parties named in this agreement.",
            "Outputs are published only with small numbers suppressed under the custodian's disclosure rules.",
            "At the end of this agreement all copies of the data are destroyed and a data destruction"
                    + " certificate is given to the custodian.");

    private SpecialConditions() {
    }

    /**
     * The conditions in the order the agreement states them: standard terms, each data set's own (from the
     * catalogue), the panel's, each finding the approver accepted with the reason, then the approver's own.
     */
    static List<String> of(Submission facts, List<AssessmentCase.Override> overrides, List<Check> checks,
            List<String> panelConditions, List<String> approverConditions) {
        Set<String> conditions = new LinkedHashSet<>(STANDARD);
        for (Submission.DatasetFacts dataset : facts.catalogueOrNone()) {
            if (dataset.conditions() != null) {
                conditions.addAll(dataset.conditions());
            }
        }
        panelConditions.stream().map(String::strip).filter(c -> !c.isEmpty())
                .forEach(c -> conditions.add("Advisory panel: " + c));
        for (AssessmentCase.Override override : overrides) {
            String finding = checks.stream().filter(c -> c.rule() == override.check()).map(Check::evidence)
                    .findFirst().orElse("");
            conditions.add("Accepted by the approver despite the automated check " + override.check() + " ("
                    + finding + "): " + override.reason());
        }
        if (approverConditions != null) {
            approverConditions.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(conditions::add);
        }
        return new ArrayList<>(conditions);
    }
}
