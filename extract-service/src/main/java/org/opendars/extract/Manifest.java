package org.opendars.extract;

import java.util.List;
import java.util.UUID;

/**
 * What a delivery is and how it was made: the agreement and product it answers, the releases and index it was
 * built from, each file with its rows and SHA-256, the opt-outs and disclosure rules applied, and the software. It
 * holds nothing that changes between two builds from the same inputs, so a rebuild gives the same bytes.
 */
public record Manifest(String format, String agreementReference, int agreementVersion, UUID applicationId,
        int applicationVersion, String organisationId, String productType, UUID linkageRunId,
        Integer pseudonymKeyVersion, Integer personIndexVersion, List<ApprovedDataset> spec, List<Release> releases,
        List<File> files, OptOuts optOuts, List<String> disclosureControl, String software) {

    public static final String FORMAT = "opendars-delivery/1";

    /** A release file whose rows in force went into the delivery. */
    public record Release(String datasetCode, String releaseId, int fileVersion, String financialYear,
            String period, String sha256) {
    }

    public record File(String name, String datasetCode, long rows, long sizeBytes, String sha256) {
    }

    /**
     * Whether the National Data Opt-out was applied and how many people it removed (never who), or why the legal
     * basis exempts the product.
     */
    public record OptOuts(boolean applied, long removed, String exemption) {
    }
}
