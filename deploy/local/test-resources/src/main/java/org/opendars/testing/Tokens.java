package org.opendars.testing;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Signed access tokens from the test OIDC server, with the {@code org} claim the services scope data by and the
 * audience the services check. Service clients get the roles the realm gives them and nothing else.
 */
public final class Tokens {

    /** Every service; a user's token from the portal is meant for all of them. */
    public static final Set<String> SERVICES = Set.of("applications-service", "approvals-service",
            "linkage-service", "extract-service");

    /** The one role each service client holds, as in the realm: the internal endpoint it may call. */
    public static final Map<String, String> SERVICE_ROLES = Map.of("extract-service", "results-reader");

    private Tokens() {
    }

    public static String of(String user, String org, String... roles) {
        return issue(user, org, Set.of(roles), SERVICES);
    }

    public static String staff(String user, String... roles) {
        return of(user, null, roles);
    }

    /** A client-credentials token of a service client: its realm role only, no organisation. */
    public static String service(String client) {
        String role = SERVICE_ROLES.get(client);
        return issue("service-account-" + client, null, role == null ? Set.of() : Set.of(role), SERVICES);
    }

    /** A token the test OIDC server signs for some other audience only, which every service must refuse. */
    public static String forAudience(String audience, String user, String org, String... roles) {
        return issue(user, org, Set.of(roles), Set.of(audience));
    }

    private static String issue(String user, String org, Set<String> roles, Set<String> audience) {
        Map<String, String> claims = org == null ? Map.of() : Map.of("org", org);
        return OidcWiremockTestResource.generateJwtToken(user, roles, user, null, audience, claims);
    }
}
