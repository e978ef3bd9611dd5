package org.opendars.applications;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A data set of the catalogue and the fields of it the applicant asks for (data minimisation is per field). */
public record RequestedDataset(
        @NotBlank @Size(max = 40) String code,
        @NotEmpty List<@NotBlank @Size(max = 60) String> fields) {
}
