package org.opendars.kit.api;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling. Applicants, signatories and recipients act for the organisation in their token's {@code org}
 * claim and see only its data; the custodian's staff see every organisation's.
 */
@RequestScoped
public class Caller {

    private static final Set<String> STAFF = Set.of("case-officer", "panel-member", "approver", "data-manager",
            "custodian-signatory", "auditor", "admin");

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isStaff() {
        return STAFF.stream().anyMatch(identity::hasRole);
    }

    public Optional<String> organisation() {
        Object org = token.getClaim("org");
        return org == null || org.toString().isBlank() ? Optional.empty() : Optional.of(org.toString());
    }

    public String requireOrganisation() {
        return organisation().orElseThrow(() -> new ForbiddenException("the token names no organisation"));
    }

    /** Another organisation's data is reported as absent, never as forbidden, so its existence does not leak. */
    public boolean maySee(String organisationId) {
        return isStaff() || organisation().map(organisationId::equals).orElse(false);
    }
}
