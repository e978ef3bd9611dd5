package org.opendars.approvals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dars.assessment")
public interface AssessmentSettings {

    /**
     * The service level: working days from receipt to decision, with time spent back with the applicant left out.
     * The custodian published a median of 40 working days from triage to sign-off; that is the default target.
     */
    @WithDefault("40")
    int targetWorkingDays();
}
