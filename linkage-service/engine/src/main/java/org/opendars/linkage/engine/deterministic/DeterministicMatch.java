package org.opendars.linkage.engine.deterministic;

import java.util.List;
import org.opendars.linkage.engine.identifiers.ValidationIssue;

/**
 * The outcome for one input record. {@code personId} is null when nothing matched or the best rank was
 * ambiguous; {@code rank} is 0 when no rule matched at all.
 *
 * @param candidates number of different persons satisfying the deciding rank (2 or more when ambiguous)
 */
public record DeterministicMatch(
        String recordId,
        String personId,
        int rank,
        boolean ambiguous,
        int candidates,
        List<ValidationIssue> issues) {

    public boolean matched() {
        return personId != null;
    }
}
