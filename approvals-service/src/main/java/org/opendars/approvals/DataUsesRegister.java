package org.opendars.approvals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.opendars.approvals.messaging.AgreementActivated;
import org.opendars.approvals.messaging.AgreementExpired;
import org.opendars.approvals.messaging.AgreementRevoked;
import org.opendars.approvals.messaging.ExtractReady;

/**
 * The public Data Uses Register as a fold over events: an agreement version appears when it comes into force and
 * changes status when a later version, its end date, a revocation or a withdrawal ends it; a release appears when
 * it is delivered. Nothing else writes it, so replaying the same events into empty rows gives the same register.
 * Activations are applied before endings of the same version wherever they come from, so the order of topics does
 * not matter.
 */
public final class DataUsesRegister {

    /** Where the rows are kept: the service's tables, or memory for a rebuild. */
    public interface Rows {

        Optional<RegisterAgreement> agreement(String reference, int version);

        void add(RegisterAgreement row);

        boolean hasRelease(UUID extractId);

        void add(RegisterRelease row);
    }

    /** The service's own register tables. */
    public static final Rows STORED = new Rows() {

        @Override
        public Optional<RegisterAgreement> agreement(String reference, int version) {
            return RegisterAgreement.findByIdOptional(new RegisterAgreement.Key(reference, version));
        }

        @Override
        public void add(RegisterAgreement row) {
            row.persist();
        }

        @Override
        public boolean hasRelease(UUID extractId) {
            return RegisterRelease.findById(extractId) != null;
        }

        @Override
        public void add(RegisterRelease row) {
            row.persist();
        }
    };

    private DataUsesRegister() {
    }

    /** Applies one event; any other event leaves the register as it is. */
    public static void apply(Object event, Rows rows) {
        if (event instanceof AgreementActivated activated) {
            activated(activated, rows);
        } else if (event instanceof AgreementExpired expired) {
            rows.agreement(expired.reference(), expired.version()).ifPresent(row -> end(row, AgreementStatus.EXPIRED));
        } else if (event instanceof AgreementRevoked revoked) {
            rows.agreement(revoked.reference(), revoked.version())
                    .ifPresent(row -> end(row, AgreementStatus.valueOf(revoked.status())));
        } else if (event instanceof ExtractReady ready) {
            released(ready, rows);
        }
    }

    private static void activated(AgreementActivated activated, Rows rows) {
        Optional<RegisterAgreement> existing = rows.agreement(activated.reference(), activated.version());
        RegisterAgreement row = existing.orElseGet(RegisterAgreement::new);
        row.reference = activated.reference();
        row.version = activated.version();
        row.organisationId = activated.organisationId();
        row.purposeSummary = truncated(activated.purposeSummary(), 200);
        row.productType = activated.productType();
        row.datasets = truncated(String.join(";", activated.datasets().stream().map(d -> d.code()).toList()), 1000);
        row.legalBasis = truncated(activated.legalBasis(), 500);
        row.startDate = activated.startDate();
        row.endDate = activated.endDate();
        if (row.status == null) {
            row.status = AgreementStatus.ACTIVE;
        }
        if (existing.isEmpty()) {
            rows.add(row);
        }
        if (activated.supersededVersion() != null) {
            rows.agreement(activated.reference(), activated.supersededVersion())
                    .ifPresent(previous -> end(previous, AgreementStatus.SUPERSEDED));
        }
    }

    /** An ended version stays as it ended: a later event never reopens it. */
    private static void end(RegisterAgreement row, AgreementStatus status) {
        if (row.status == AgreementStatus.ACTIVE) {
            row.status = status;
        }
    }

    private static void released(ExtractReady ready, Rows rows) {
        // A delivery announced before extract-ready named its agreement cannot be placed on the register.
        if (ready.agreementReference() == null || ready.agreementVersion() == null || ready.productType() == null
                || ready.datasets() == null || rows.hasRelease(ready.extractId())) {
            return;
        }
        RegisterRelease row = new RegisterRelease();
        row.extractId = ready.extractId();
        row.reference = ready.agreementReference();
        row.version = ready.agreementVersion();
        row.organisationId = ready.organisationId();
        row.productType = ready.productType();
        row.datasets = truncated(String.join(";", ready.datasets()), 1000);
        row.releasedOn = LocalDate.ofInstant(ready.readyAt(), ZoneOffset.UTC);
        rows.add(row);
    }

    private static String truncated(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() > max ? text.substring(0, max) : text;
    }
}
