package org.opendars.approvals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.opendars.approvals.messaging.ApplicationSubmitted;
import org.opendars.testing.EventContract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Cases opened from the documented application-submitted example, changed as a test needs. */
public final class TestCases {

    // As Quarkus configures it: a consumer reads the fields it knows and ignores the rest.
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    private TestCases() {
    }

    /** The example event, with the changes {@code edit} makes to its JSON tree. */
    public static ApplicationSubmitted submitted(UnaryOperator<ObjectNode> edit) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(EventContract.example("application-submitted"));
            return JSON.treeToValue(edit.apply(event), ApplicationSubmitted.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The example's dated facts moved to be current on {@code today}: tests move the custodian's clock years ahead,
     * and a DSPT or CAG support that was current at the example's date would then have lapsed.
     */
    public static UnaryOperator<ObjectNode> currentOn(LocalDate today) {
        return event -> {
            ((ObjectNode) event.at("/registry/0")).put("dsptPublished", today.minusMonths(1).toString())
                    .put("icoExpires", today.plusYears(5).toString());
            ((ObjectNode) event.at("/form/parties/0")).put("dsptPublished", today.minusMonths(1).toString());
            ((ObjectNode) event.at("/form/legalBasis")).put("cagExpiry", today.plusYears(10).toString());
            return event;
        };
    }

    /** The example event as JSON for the application, current on the custodian's clock, with {@code edit} applied. */
    public static String submittedJson(String applicationId, String submittedBy, LocalDate today,
            UnaryOperator<ObjectNode> edit) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(EventContract.example("application-submitted"));
            event.put("applicationId", applicationId).put("submittedBy", submittedBy);
            return JSON.writeValueAsString(edit.apply(currentOn(today).apply(event)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Check> checks(ApplicationSubmitted submitted) {
        return CheckRule.run(new CheckRule.Input(submitted.form(), submitted.facts(), submitted.cohortSize(), TODAY,
                36));
    }

    static AssessmentCase open(UnaryOperator<ObjectNode> edit) {
        ApplicationSubmitted s = submitted(edit);
        return AssessmentCase.open(UUID.randomUUID(), s.version(), s.kind(), s.reference(), s.organisationId(),
                s.form(), s.facts(), s.cohortSize(), s.cohortId(), s.submittedBy(),
                new AssessmentCase.Findings(checks(s), PanelReferral.reasons(s.form(), s.facts()), null));
    }

    static AssessmentCase open() {
        return open(event -> event);
    }
}
