package org.opendars.applications;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.opendars.applications.ApplicationForm.DsptStatus;
import org.opendars.kit.problem.StaleVersionException;

/** The custodian's upkeep of the organisations registry; each change is audited by the resource. */
@ApplicationScoped
public class OrganisationRegistry {

    public record Entry(String organisationId, String name, OrganisationType type, DsptStatus dsptStatus,
            LocalDate dsptPublished, String icoRegistration, LocalDate icoExpires) {
    }

    /** Adds an organisation, or replaces what is known of it when {@code expectedVersion} matches. */
    @Transactional
    public Organisation put(String odsCode, Entry entry, Long expectedVersion, String by) {
        Organisation organisation = Organisation.byOdsCode(odsCode).orElse(null);
        if (organisation == null) {
            organisation = new Organisation();
            organisation.odsCode = odsCode;
            organisation.update(entry.organisationId(), entry.name(), entry.type(), entry.dsptStatus(),
                    entry.dsptPublished(), entry.icoRegistration(), entry.icoExpires(), by);
            organisation.persistAndFlush();
            return organisation;
        }
        if (expectedVersion == null) {
            throw new org.opendars.kit.problem.PreconditionRequiredException("organisation " + odsCode
                    + " exists: send If-Match with its ETag to replace it");
        }
        if (expectedVersion != organisation.rowVersion) {
            throw new StaleVersionException("organisation " + odsCode + " changed since you read it");
        }
        organisation.update(entry.organisationId(), entry.name(), entry.type(), entry.dsptStatus(),
                entry.dsptPublished(), entry.icoRegistration(), entry.icoExpires(), by);
        Organisation.getEntityManager().flush();
        return organisation;
    }
}
