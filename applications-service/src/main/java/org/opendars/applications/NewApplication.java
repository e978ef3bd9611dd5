package org.opendars.applications;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an applicant fills in to start an application. A bespoke product names the cohort the applicant uploaded to
 * linkage-service ({@code POST /api/cohorts}); the identifiers themselves never come here.
 */
public record NewApplication(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10_000) String purpose,
        @NotNull ProductType productType,
        @NotNull @Valid LegalBasis legalBasis,
        @NotEmpty List<@NotNull @Valid RequestedDataset> datasets,
        UUID cohortId) {
}
