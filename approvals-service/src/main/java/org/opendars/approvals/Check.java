package org.opendars.approvals;

/**
 * The finding of one automated check against the data sharing standards: its outcome, the evidence it read and the
 * standard it applies. Anything but a pass blocks approval until the approver overrides it with a recorded reason.
 */
public record Check(CheckRule rule, Outcome outcome, String evidence, String source) {

    public enum Outcome {
        PASS, FAIL, NEEDS_REVIEW
    }

    static Check pass(CheckRule rule, String evidence) {
        return new Check(rule, Outcome.PASS, evidence, rule.source());
    }

    static Check fail(CheckRule rule, String evidence) {
        return new Check(rule, Outcome.FAIL, evidence, rule.source());
    }

    static Check review(CheckRule rule, String evidence) {
        return new Check(rule, Outcome.NEEDS_REVIEW, evidence, rule.source());
    }

    public boolean passed() {
        return outcome == Outcome.PASS;
    }
}
