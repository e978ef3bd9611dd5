package org.opendars.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class PseudonymKeys {

    private final EntityManager entityManager;

    PseudonymKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Two replicas may race to create an organisation's first key; the insert that loses changes nothing. */
    @Transactional
    public PseudonymKey of(String organisationId) {
        PseudonymKey fresh = PseudonymKey.create(organisationId);
        entityManager.createNativeQuery("insert into pseudonym_key (organisation_id, secret, created_at)"
                + " values (?1, ?2, ?3) on conflict (organisation_id) do nothing")
                .setParameter(1, fresh.organisationId)
                .setParameter(2, fresh.secret)
                .setParameter(3, fresh.createdAt)
                .executeUpdate();
        return PseudonymKey.findById(organisationId);
    }
}
