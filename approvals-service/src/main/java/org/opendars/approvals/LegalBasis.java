package org.opendars.approvals;

public record LegalBasis(String article6, String article9, String commonLaw, String cagReference) {
}
