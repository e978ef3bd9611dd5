package org.opendars.linkage;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.opendars.kit.problem.NotFoundProblem;

/** Organisations' pseudonymisation keys: created on first use, unsealed only to make pseudonyms, rotated on demand. */
@ApplicationScoped
public class PseudonymKeys {

    private final EntityManager entityManager;
    private final PseudonymVault vault;

    PseudonymKeys(EntityManager entityManager, PseudonymVault vault) {
        this.entityManager = entityManager;
        this.vault = vault;
    }

    /** The version in force; two replicas may race to create an organisation's first key, and the loser's insert changes nothing. */
    @Transactional
    public PseudonymKey current(String organisationId) {
        return PseudonymKey.current(organisationId).orElseGet(() -> {
            insert(organisationId, 1, null);
            return PseudonymKey.current(organisationId).orElseThrow();
        });
    }

    @Transactional
    public PseudonymKey.Pseudonymiser pseudonymiser(String organisationId, Integer version) {
        PseudonymKey key = version == null ? current(organisationId) : PseudonymKey.version(organisationId, version)
                .orElseThrow(() -> new IllegalStateException("no pseudonymisation key version " + version + " of "
                        + organisationId));
        return PseudonymKey.pseudonymiser(vault.unseal(key.organisationId(), key.version(),
                new PseudonymVault.Sealed(key.sealedSecret, key.masterKeyId)));
    }

    /** A new version comes into force; the old one is retired but kept, so earlier runs and the mapping still read. */
    @Transactional
    public PseudonymKey rotate(String organisationId, String user) {
        PseudonymKey old = current(organisationId);
        old.retiredAt = Instant.now();
        entityManager.flush();
        insert(organisationId, old.version() + 1, user);
        return PseudonymKey.current(organisationId).orElseThrow();
    }

    public PseudonymKey existing(String organisationId, int version) {
        return PseudonymKey.version(organisationId, version)
                .orElseThrow(() -> new NotFoundProblem("no key version " + version + " of " + organisationId));
    }

    private void insert(String organisationId, int version, String user) {
        byte[] secret = vault.newSecret();
        PseudonymVault.Sealed sealed = vault.seal(organisationId, version, secret);
        java.util.Arrays.fill(secret, (byte) 0);
        entityManager.createNativeQuery("insert into pseudonym_key (organisation_id, version, sealed_secret,"
                + " master_key_id, created_at, created_by) values (?1, ?2, ?3, ?4, ?5, ?6)"
                + " on conflict (organisation_id, version) do nothing")
                .setParameter(1, organisationId).setParameter(2, version).setParameter(3, sealed.bytes())
                .setParameter(4, sealed.masterKeyId()).setParameter(5, Instant.now()).setParameter(6, user)
                .executeUpdate();
    }
}
