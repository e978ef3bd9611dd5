package org.opendars.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;

/**
 * Calls every operation a service publishes in its OpenAPI document without a token, so an endpoint added later
 * cannot slip through unauthenticated. Path parameters get well-formed values that name nothing. Only the public
 * register ({@code /api/register/}) is open by design.
 */
public final class EndpointSecurity {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The public Data Uses Register: the one API anyone may read without a token. */
    private static final String PUBLIC = "/api/register/";

    private EndpointSecurity() {
    }

    /**
     * Returns "METHOD path -> status" for each operation that did not answer 401 with a problem document, and for
     * the operations endpoints (metrics, OpenAPI) if they answer without a token; health alone is public.
     */
    public static List<String> operationsOpenWithoutAToken() {
        List<String> open = new ArrayList<>();
        for (String operations : List.of("/q/metrics", "/q/openapi")) {
            int status = given().get(operations).statusCode();
            if (status != 401) {
                open.add("GET " + operations + " -> " + status);
            }
        }
        if (given().get("/q/health/ready").statusCode() != 200) {
            open.add("GET /q/health/ready is not public");
        }
        JsonNode openapi = EventContract.parse(given().auth().oauth2(Tokens.staff("auditor", "auditor"))
                .queryParam("format", "json").get("/q/openapi").asString());
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith(PUBLIC)) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]*}", "00000000-0000-4000-8000-000000000000");
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                JsonNode content = path.getValue().get(method).path("requestBody").path("content");
                String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : "application/json";
                // Every Accept a client might send: an endpoint asked for a type it does not produce may refuse with
                // 406 before authenticating (that reveals nothing), but must never fail or answer without a problem.
                for (String accept : List.of("*/*", "application/json", "text/csv")) {
                    boolean multipart = mediaType.startsWith("multipart/");
                    Response response = given().accept(accept)
                            .contentType(multipart ? mediaType + "; boundary=x" : mediaType)
                            .body(multipart ? "--x--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)
                                    : (mediaType.contains("json") ? "{}" : "x").getBytes(
                                            java.nio.charset.StandardCharsets.UTF_8))
                            .request(method, concrete);
                    boolean problem = String.valueOf(response.contentType()).startsWith("application/problem+json");
                    boolean refused = response.statusCode() == 401
                            || (response.statusCode() == 406 && !accept.equals("*/*"));
                    if (!refused || !problem) {
                        open.add(method.toUpperCase() + " " + path.getKey() + " (Accept " + accept + ") -> "
                                + response.statusCode());
                    }
                }
            });
        }
        if (open.isEmpty() && !openapi.get("paths").fields().hasNext()) {
            open.add("the OpenAPI document lists no operations");
        }
        return open;
    }
}
