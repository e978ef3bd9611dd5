package org.opendars.approvals;

import java.util.Comparator;

/**
 * What the advisory panel recommends for an application, from the least cautious to the most. The panel advises;
 * the approver still decides the case.
 */
public enum PanelRecommendation {
    SUPPORTED(0),
    /** Supported only if the conditions the panel sets are met; they go forward with the recommendation. */
    SUPPORTED_WITH_CONDITIONS(1),
    /** Not decided yet: the application comes back to a later meeting. */
    DEFERRED(2),
    NOT_SUPPORTED(3);

    /** From the least cautious to the most. */
    public static final Comparator<PanelRecommendation> BY_CAUTION = Comparator.comparingInt(r -> r.caution);

    // Explicit, so that reordering the constants for display can never change how a tied vote is broken.
    private final int caution;

    PanelRecommendation(int caution) {
        this.caution = caution;
    }

    public boolean isMoreCautiousThan(PanelRecommendation other) {
        return caution > other.caution;
    }
}
