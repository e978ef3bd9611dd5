package org.opendars.extract.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.extract.ApprovedDataset;
import org.opendars.extract.ApprovedProduct;

import org.opendars.extract.Extract;

/** Topic {@code extract-ready}: a delivery that can be downloaded, and the agreement it was made under. */
@Topic(value = "extract-ready", owner = "extract-service")
public record ExtractReady(UUID applicationId, String organisationId, UUID extractId, UUID linkageRunId, long rows,
        String sha256, String fileName, Instant readyAt, String agreementReference, int agreementVersion,
        String productType, List<String> datasets) {

    /** The delivery and the agreement it was made under, as the public register records it. */
    public static ExtractReady of(Extract extract, ApprovedProduct product) {
        return new ExtractReady(extract.applicationId, extract.organisationId, extract.id, extract.linkageRunId,
                extract.rows, extract.sha256, extract.fileName, extract.readyAt, product.agreementReference,
                product.agreementVersion, product.productType,
                product.datasets.stream().map(ApprovedDataset::code).toList());
    }
}
