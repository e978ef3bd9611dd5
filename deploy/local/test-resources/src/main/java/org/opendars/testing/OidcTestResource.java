package org.opendars.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The Quarkus test OIDC server (WireMock, in the test JVM) with one addition: a service client's
 * client-credentials request gets a token carrying that client's realm role, as a Keycloak service account would,
 * so service-to-service calls are exercised with real signed tokens.
 */
public class OidcTestResource extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String keycloakUrl = config.get("keycloak.url");
        stubServiceAccountTokens(keycloakUrl);
        config.put("quarkus.oidc.auth-server-url", keycloakUrl + "/realms/quarkus/");
        config.put("quarkus.oidc-client.auth-server-url", keycloakUrl + "/realms/quarkus/");
        return config;
    }

    /** Registers the client-credentials stub on a running test OIDC server; used by the end-to-end test too. */
    public static void stubServiceAccountTokens(String keycloakUrl) {
        URI uri = URI.create(keycloakUrl);
        WireMock wireMock = new WireMock(uri.getHost(), uri.getPort());
        // Newer stubs take precedence in WireMock, so these replace the default client-credentials answer. Each
        // service client authenticates with its id and the test secret and gets a token of its own roles.
        for (String client : Tokens.SERVICES) {
            wireMock.register(post("/auth/realms/quarkus/token")
                    .withRequestBody(containing("grant_type=client_credentials"))
                    .withBasicAuth(client, "secret")
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"access_token\": \"" + Tokens.service(client) + "\","
                                    + " \"token_type\": \"Bearer\", \"expires_in\": 300}")));
        }
    }
}
