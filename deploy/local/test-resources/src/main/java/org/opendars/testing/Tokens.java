package org.opendars.testing;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Signed access tokens from the test OIDC server, with the {@code org} claim the services scope data by. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String user, String org, String... roles) {
        Map<String, String> claims = org == null ? Map.of() : Map.of("org", org);
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), user, null,
                Set.of("https://server.example.com"), claims);
    }

    public static String staff(String user, String... roles) {
        return of(user, null, roles);
    }

    public static String service(String client) {
        return staff(client, "service");
    }
}
