package org.opendars.linkage;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.opendars.kit.api.IdempotencyKeys;
import org.opendars.kit.messaging.Outbox;
import org.opendars.linkage.messaging.CohortRegistered;

import io.quarkus.logging.Log;

/** Applicants' cohorts: taken in whole or not at all, announced by counts, deleted when their application ends. */
@ApplicationScoped
public class CohortService {

    private final CohortStore store;
    private final Outbox outbox;

    CohortService(CohortStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    /**
     * Takes in a whole file or nothing. A repeated Idempotency-Key answers with the cohort the first upload made if
     * the file is the same, and is refused if not.
     */
    @Transactional
    public Cohort upload(String organisationId, String user, InputStream csv, String idempotencyKey) {
        IdempotencyKeys.FingerprintedStream counted = IdempotencyKeys.fingerprinted(csv, null);
        if (idempotencyKey != null) {
            Optional<Cohort> earlier = Cohort.byIdempotencyKey(organisationId, idempotencyKey);
            if (earlier.isPresent()) {
                IdempotencyKeys.requireSameRequest(earlier.get().idempotencyFingerprint, counted.drain());
                return earlier.get();
            }
        }
        // The row first, so its members can refer to it; a refused file rolls both back.
        Cohort cohort = Cohort.uploading(organisationId, user);
        cohort.idempotencyKey = idempotencyKey;
        cohort.persistAndFlush();
        cohort.counted(store.load(cohort.id, counted, LocalDate.now()));
        if (idempotencyKey != null) {
            cohort.idempotencyFingerprint = counted.fingerprint();
        }
        outbox.add(cohort.id.toString(), CohortRegistered.of(cohort));
        Log.infof("cohort %s of %s registered: %d members", cohort.id, organisationId, cohort.members);
        return cohort;
    }

    /**
     * The application this cohort served was rejected or withdrawn: its members go for good. A decision about
     * another organisation's application, or another application than the cohort's, changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(UUID cohortId, UUID applicationId, String organisationId, String reason) {
        if (cohortId == null) {
            return;
        }
        Cohort.find(cohortId).filter(c -> !c.isDeleted()).ifPresent(cohort -> {
            if (!cohort.endsWith(applicationId, organisationId)) {
                Log.warnf("cohort %s not deleted: application %s of %s does not own it", cohortId, applicationId,
                        organisationId);
                return;
            }
            long deleted = store.deleteMembers(cohortId);
            cohort.deleteMembers(reason);
            Log.infof("cohort %s: %d members deleted (%s)", cohortId, deleted, reason);
        });
    }
}
