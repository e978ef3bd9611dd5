package org.opendars.applications.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.applications.Application;
import org.opendars.applications.ApplicationForm;
import org.opendars.applications.ApplicationKind;
import org.opendars.applications.ApplicationStatus;
import org.opendars.applications.ProductType;
import org.opendars.applications.Question;

/**
 * The applicant's view of an application: the form, where it is, what it still lacks to be submitted, the case
 * officer's questions, and everything that happened to it.
 */
public record ApplicationView(UUID id, String reference, String organisationId, String title,
        ProductType productType, ApplicationForm form, int cohortSize, UUID cohortId, ApplicationStatus status,
        int version, ApplicationKind kind, Integer approvedVersion, List<MissingAnswer> missing,
        List<Question> questions, String createdBy, Instant createdAt, List<Step> timeline) {

    public record Step(String event, Instant at, String detail) {
    }

    public record MissingAnswer(String field, String pointer, String message) {
    }

    static ApplicationView of(Application a) {
        List<Step> timeline = a.timeline.stream().map(e -> new Step(e.event, e.at, e.detail)).toList();
        List<MissingAnswer> missing = a.isEditable() ? a.form.missing().stream()
                .map(m -> new MissingAnswer(m.field(), m.pointer(), m.message())).toList() : List.of();
        return new ApplicationView(a.id, a.reference, a.organisationId, a.title, a.productType, a.form, a.cohortSize,
                a.cohortId, a.status, a.version, a.kind, a.approvedVersion, missing, a.questions, a.createdBy,
                a.createdAt, timeline);
    }
}
