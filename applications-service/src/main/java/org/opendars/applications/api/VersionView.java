package org.opendars.applications.api;

import java.time.Instant;
import java.util.Optional;

import org.opendars.applications.Application;
import org.opendars.applications.ApplicationForm;
import org.opendars.applications.ApplicationKind;
import org.opendars.applications.ApplicationVersion;

/** One version's form: as last submitted, or the draft being written ({@code submitted} false). */
public record VersionView(int version, ApplicationKind kind, boolean submitted, int submissions, String submittedBy,
        Instant submittedAt, ApplicationForm form) {

    static VersionView of(ApplicationVersion v) {
        return new VersionView(v.version, v.kind, true, v.submissions, v.submittedBy, v.submittedAt, v.form);
    }

    static VersionView draft(Application a) {
        return new VersionView(a.version, a.kind, false, 0, null, null, a.form);
    }

    /** The current version reads as the applicant sees it now, edits made since its submission included. */
    static Optional<VersionView> of(Application a, int version) {
        if (version == a.version && a.isEditable()) {
            return Optional.of(ApplicationVersion.of(a.id, version).map(VersionView::of)
                    .map(v -> new VersionView(v.version(), v.kind(), false, v.submissions(), v.submittedBy(),
                            v.submittedAt(), a.form))
                    .orElse(draft(a)));
        }
        return ApplicationVersion.of(a.id, version).map(VersionView::of);
    }
}
