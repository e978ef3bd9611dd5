package org.opendars.approvals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    private static final Map<String, List<String>> BY_DATASET = Map.of(
            "GDPPR", List.of("GDPPR data is used only for the purposes its direction allows, and is never shared"
                    + " onward."),
            "ONS_MORTALITY", List.of("Civil registration (deaths) data is used under the terms the Office for"
                    + " National Statistics sets for it."),
            "HES_APC", List.of("Hospital Episode Statistics are published only under the HES analysis guide's"
                    + " suppression rules."),
            "HES_OP", List.of("Hospital Episode Statistics are published only under the HES analysis guide's"
                    + " suppression rules."),
            "HES_AE", List.of("Hospital Episode Statistics are published only under the HES analysis guide's"
                    + " suppression rules."),
            "MHSDS", List.of("Mental health data is handled as especially sensitive: no record is released to"
                    + " anyone outside the named controllers."));

    private SpecialConditions() {
    }

    static List<String> of(List<RequestedDataset> datasets, List<Check> checks, List<String> approverConditions) {
        Set<String> conditions = new LinkedHashSet<>(STANDARD);
        for (RequestedDataset dataset : datasets) {
            conditions.addAll(BY_DATASET.getOrDefault(dataset.code(), List.of()));
        }
        for (Check check : checks) {
            if (!check.passed()) {
                conditions.add("Accepted on review despite the automated check '" + check.name() + "': "
                        + check.detail() + ".");
            }
        }
        if (approverConditions != null) {
            approverConditions.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(conditions::add);
        }
        return new ArrayList<>(conditions);
    }
}
