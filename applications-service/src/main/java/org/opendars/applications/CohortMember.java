package org.opendars.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One person of the applicant's cohort, as the applicant knows them. */
public record CohortMember(
        @NotBlank @Size(max = 64) String localId,
        @Pattern(regexp = "\\d{10}", message = "must be 10 digits") String nhsNumber,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date as YYYY-MM-DD") String dateOfBirth,
        @Pattern(regexp = "[0129]", message = "must be a sex code 0, 1, 2 or 9") String sex,
        @Size(max = 10) String postcode) {
}
