package org.opendars.applications;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an applicant fills in to start an application. */
public record NewApplication(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10_000) String purpose,
        @NotNull ProductType productType,
        @NotNull @Valid LegalBasis legalBasis,
        @NotEmpty @Valid List<RequestedDataset> datasets,
        @Valid @Size(max = 1_000_000) List<CohortMember> cohort) {

    public List<CohortMember> cohortOrEmpty() {
        return cohort == null ? List.of() : cohort;
    }
}
