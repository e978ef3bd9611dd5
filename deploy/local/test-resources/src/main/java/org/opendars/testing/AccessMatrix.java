package org.opendars.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Runs a service's declared access policy against every operation of its OpenAPI document with real tokens.
 *
 * <p>The policy is a table: one row per operation ({@code METHOD /path} as the OpenAPI document spells it), one
 * column per caller, each cell the expected answer. {@code ok} means the caller got past every guard (any answer
 * but 401, 403, 404 or a server error: a 409 for a state the resource is in still proves access); {@code 401},
 * {@code 403} and {@code 404} must be exactly that. Callers named {@code role} act for the fixture's organisation,
 * {@code role@other} for another one, staff roles for none, {@code <name>-service} with that service client's own
 * token. An operation without a row, or a row without an operation, is a finding too, so a new endpoint cannot
 * ship without a declared policy. Every operation that needs a token must also refuse one minted for another
 * audience.
 */
public final class AccessMatrix {

    /** The organisation the fixture's resources belong to; {@code @other} callers act for {@link #OTHER}. */
    public static final String OWN = "ORG-A";
    public static final String OTHER = "ORG-B";

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> ORGANISATION_ROLES = Set.of("applicant", "signatory", "recipient");
    private static final String NOBODY = "00000000-0000-4000-8000-000000000000";

    /** A request body an operation needs to get past validation, so that what is tested is access alone. */
    public record Body(String contentType, byte[] content) {

        public static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public static Body csv(String csv) {
            return new Body("text/csv", csv.getBytes(StandardCharsets.UTF_8));
        }
    }

    private AccessMatrix() {
    }

    /**
     * Returns one line per disagreement between the policy at {@code policyResource} (on the class path) and what
     * the running service answers. {@code pathValues} gives each operation's path parameters naming a resource of
     * {@link #OWN}; {@code bodies} a valid body, or null for none.
     */
    public static List<String> findings(String policyResource, Function<String, Map<String, String>> pathValues,
            Function<String, Body> bodies) {
        Policy policy = Policy.load(policyResource);
        Map<String, String> operations = publishedOperations();
        List<String> findings = new ArrayList<>();
        for (String operation : operations.keySet()) {
            if (!policy.rows.containsKey(operation)) {
                findings.add(operation + ": no row in " + policyResource);
            }
        }
        for (String operation : policy.rows.keySet()) {
            if (!operations.containsKey(operation)) {
                findings.add(operation + ": in " + policyResource + " but not published");
            }
        }
        for (Map.Entry<String, Map<String, String>> row : policy.rows.entrySet()) {
            String operation = row.getKey();
            if (!operations.containsKey(operation)) {
                continue;
            }
            String method = operation.substring(0, operation.indexOf(' '));
            String url = concrete(operation.substring(operation.indexOf(' ') + 1), pathValues.apply(operation));
            Body body = bodies.apply(operation);
            if (body == null && operations.get(operation) != null) {
                // A body of the declared type, so the service gets as far as its guards; its content is the
                // fixture's business only where validation would otherwise answer before the organisation check.
                body = new Body(operations.get(operation), "{}".getBytes(StandardCharsets.UTF_8));
            }
            // Refusals first: a caller let through may change the resource (submit, purge) for those after it.
            List<Map.Entry<String, String>> cells = new ArrayList<>(row.getValue().entrySet());
            cells.sort(Comparator.comparing(cell -> cell.getValue().equals("ok")));
            for (Map.Entry<String, String> cell : cells) {
                int status = call(method, url, body, token(cell.getKey())).statusCode();
                if (!matches(cell.getValue(), status)) {
                    findings.add(operation + " as " + cell.getKey() + ": expected " + cell.getValue() + ", got "
                            + status);
                }
            }
            if ("ok".equals(row.getValue().get("anonymous"))) {
                // A public operation needs no token, so one minted for another audience is simply not looked at.
                continue;
            }
            String foreign = Tokens.forAudience("another-service", "stranger", OWN, "applicant", "signatory",
                    "recipient", "case-officer", "panel-member", "approver", "data-manager", "auditor", "admin",
                    "results-reader");
            int status = call(method, url, body, foreign).statusCode();
            if (status != 401) {
                findings.add(operation + " with a token for another audience: expected 401, got " + status);
            }
        }
        return findings;
    }

    private static boolean matches(String expected, int status) {
        if (expected.equals("ok")) {
            return status != 401 && status != 403 && status != 404 && status < 500;
        }
        return Integer.toString(status).equals(expected);
    }

    private static Response call(String method, String url, Body body, String token) {
        RequestSpecification request = given().urlEncodingEnabled(false).accept("*/*");
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (body != null) {
            request = request.contentType(body.contentType()).body(body.content());
        } else if (!method.equals("GET")) {
            request = request.contentType("application/json");
        }
        return request.request(method, url);
    }

    /** The token of a caller column; null for {@code anonymous}. */
    static String token(String caller) {
        if (caller.equals("anonymous")) {
            return null;
        }
        if (Tokens.SERVICES.contains(caller)) {
            return Tokens.service(caller);
        }
        boolean other = caller.endsWith("@other");
        String role = other ? caller.substring(0, caller.length() - "@other".length()) : caller;
        if (ORGANISATION_ROLES.contains(role)) {
            return Tokens.of(role + (other ? "-other" : ""), other ? OTHER : OWN, role);
        }
        if (other) {
            throw new IllegalArgumentException("staff act for no organisation, so " + caller + " means nothing");
        }
        return Tokens.staff(role, role);
    }

    private static String concrete(String template, Map<String, String> values) {
        String url = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            url = url.replace("{" + value.getKey() + "}", value.getValue());
        }
        return url.replaceAll("\\{[^}]*}", NOBODY);
    }

    /** Each published operation with the media type of its request body, or null when it takes none. */
    private static Map<String, String> publishedOperations() {
        JsonNode openapi = EventContract.parse(given().auth().oauth2(Tokens.staff("auditor", "auditor"))
                .queryParam("format", "json").get("/q/openapi").asString());
        Map<String, String> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    Iterator<String> types = path.getValue().get(method).path("requestBody").path("content")
                            .fieldNames();
                    operations.put(method.toUpperCase() + " " + path.getKey(), types.hasNext() ? types.next() : null);
                }
            });
        }
        return operations;
    }

    /** The declared table: blank lines and {@code #} comments ignored, the first other line names the callers. */
    private record Policy(Map<String, Map<String, String>> rows) {

        static Policy load(String resource) {
            List<String> lines = new ArrayList<>();
            try (InputStream in = AccessMatrix.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no access policy " + resource + " on the class path");
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(lines::add);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
            String[] callers = cells(lines.get(0));
            for (int i = 1; i < callers.length; i++) {
                token(callers[i]);
            }
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = cells(line);
                if (cells.length != callers.length) {
                    throw new IllegalStateException(resource + ": " + cells.length + " cells where the header has "
                            + callers.length + ": " + line);
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 1; i < cells.length; i++) {
                    if (!Set.of("ok", "401", "403", "404").contains(cells[i])) {
                        throw new IllegalStateException(resource + ": '" + cells[i] + "' is not ok, 401, 403 or 404");
                    }
                    expected.put(callers[i], cells[i]);
                }
                if (rows.put(cells[0], expected) != null) {
                    throw new IllegalStateException(resource + ": two rows for " + cells[0]);
                }
            }
            return new Policy(rows);
        }

        private static String[] cells(String line) {
            return java.util.Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
        }
    }
}
