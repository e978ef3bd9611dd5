package org.opendars.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** UK GDPR article 6 and 9 conditions and the common-law duty of confidentiality basis (consent, s251, statutory ...). */
public record LegalBasis(
        @NotBlank @Size(max = 200) String article6,
        @Size(max = 200) String article9,
        @NotBlank @Size(max = 200) String commonLaw,
        @Size(max = 60) String cagReference) {
}
