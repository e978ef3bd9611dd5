package org.opendars.approvals;

/** How a recipient destroyed the data it received, as stated on its certificate. */
public enum DestructionMethod {
    SECURE_DELETION, CRYPTOGRAPHIC_ERASURE, PHYSICAL_DESTRUCTION, DEGAUSSING
}
