package org.opendars.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.specification.RequestSpecification;

/**
 * Sends every operation of a service's OpenAPI document the inputs that have broken services before: ids that are
 * not ids, numbers at the edges of their type, NUL characters, wrong JSON types, nulls inside lists, truncated
 * JSON, malformed CSV and bytes that are not UTF-8, unsatisfiable headers, with a token that holds every role.
 * Any answer of 500 or above, or one that is not problem+json for a refusal, is a finding.
 */
public final class EndpointFuzz {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TOKEN = Tokens.of("fuzz", "ORG-A", "applicant", "signatory", "recipient",
            "case-officer", "panel-member", "approver", "data-manager", "auditor", "admin", "results-reader");
    private static final String UUID_NOBODY = "00000000-0000-4000-8000-000000000000";
    private static final List<String> BAD_IDS = List.of("not-an-id", "%00", "x".repeat(300), "2147483648");
    private static final List<String> BAD_NUMBERS = List.of("2147483647", "-2147483648", "99999999999999999999", "x");
    private static final List<String> BAD_STRINGS = List.of("a\u0000b", "x".repeat(5_000));
    private static final List<String> BAD_JSON = List.of("", "null", "[]", "\"\\u0000\"", "{\"a\":", "{}", "[null]");
    private static final List<byte[]> BAD_CSV = List.of(bytes("a,b\n\"open quote,1\n"), bytes("a,b\n1,2,3\n4\n"),
            bytes("a,b\n1\u0000,2\n"), new byte[] { 'a', ',', 'b', '\n', (byte) 0xC3, 0x28, ',', (byte) 0xFF, '\n' },
            new byte[0]);

    private EndpointFuzz() {
    }

    /** Returns "METHOD path [input] -> status" for every answer that was a 5xx or a refusal without a problem. */
    public static List<String> findings() {
        JsonNode openapi = EventContract.parse(given().auth().oauth2(TOKEN).queryParam("format", "json")
                .get("/q/openapi").asString());
        List<String> findings = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    fuzz(openapi, method, path.getKey(), path.getValue().get(method), findings);
                }
            });
        }
        return findings;
    }

    private static void fuzz(JsonNode openapi, String method, String template, JsonNode operation,
            List<String> findings) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        String concrete = template.replaceAll("\\{[^}]*}", UUID_NOBODY);

        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            String type = resolve(openapi, parameter.path("schema")).path("type").asText();
            List<String> values = new ArrayList<>(type.equals("integer") || type.equals("number") ? BAD_NUMBERS
                    : BAD_STRINGS);
            if (in.equals("path")) {
                values.addAll(BAD_IDS);
                for (String value : values) {
                    String url = template.replace("{" + name + "}", encode(value)).replaceAll("\\{[^}]*}", UUID_NOBODY);
                    check(findings, method, template, "path " + name + "=" + shorten(value),
                            given().urlEncodingEnabled(false), url);
                }
            } else if (in.equals("query")) {
                for (String value : values) {
                    check(findings, method, template, "query " + name + "=" + shorten(value),
                            given().queryParam(name, value), concrete);
                }
            } else if (in.equals("header")) {
                for (String value : List.of("x".repeat(5_000), "bytes=abc", "\"", "-1")) {
                    check(findings, method, template, "header " + name + "=" + shorten(value),
                            given().header(name, value), concrete);
                }
            }
        }
        for (String accept : List.of("application/json", "text/csv", "application/xml")) {
            check(findings, method, template, "Accept " + accept, given().accept(accept), concrete);
        }
        check(findings, method, template, "Range bytes=abc", given().header("Range", "bytes=abc"), concrete);

        JsonNode content = operation.path("requestBody").path("content");
        content.fieldNames().forEachRemaining(mediaType -> {
            if (mediaType.contains("json")) {
                JsonNode schema = content.path(mediaType).path("schema");
                for (String body : jsonBodies(openapi, schema)) {
                    check(findings, method, template, "json " + shorten(body),
                            given().contentType(mediaType).body(body.getBytes(StandardCharsets.UTF_8)), concrete);
                }
            } else {
                for (byte[] body : BAD_CSV) {
                    check(findings, method, template, "body " + shorten(new String(body, StandardCharsets.UTF_8)),
                            given().contentType(mediaType).body(body), concrete);
                }
            }
        });
    }

    private static void check(List<String> findings, String method, String template, String input,
            RequestSpecification request, String url) {
        io.restassured.response.Response response = request.auth().oauth2(TOKEN).request(method, url);
        int status = response.statusCode();
        boolean problem = String.valueOf(response.contentType()).startsWith("application/problem+json");
        // 414 and 431 come from the HTTP layer before any resource runs: refused, and nothing reached a service.
        boolean httpLayer = status == 414 || status == 431;
        if (status >= 500 || (status >= 400 && !httpLayer && !problem)) {
            findings.add(method.toUpperCase() + " " + template + " [" + input + "] -> " + status);
        }
    }

    /** Broken JSON of every kind, then a plausible body with one field at a time made wrong. */
    static List<String> jsonBodies(JsonNode openapi, JsonNode schema) {
        List<String> bodies = new ArrayList<>(BAD_JSON);
        JsonNode base = example(openapi, schema, 0);
        bodies.add(base.toString());
        if (base instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                for (JsonNode wrong : List.of(NODES.numberNode(2147483648L), NODES.textNode("a\u0000b"),
                        NODES.arrayNode().addNull(), NODES.objectNode().put("x", 1), NODES.booleanNode(true),
                        NODES.nullNode(), NODES.textNode("x".repeat(20_000)))) {
                    ObjectNode mutated = object.deepCopy();
                    mutated.set(field, wrong);
                    bodies.add(mutated.toString());
                }
                if (object.get(field) instanceof ArrayNode array && !array.isEmpty()) {
                    ObjectNode mutated = object.deepCopy();
                    ((ArrayNode) mutated.get(field)).addNull();
                    bodies.add(mutated.toString());
                }
            }
        }
        return bodies;
    }

    private static JsonNode example(JsonNode openapi, JsonNode schema, int depth) {
        JsonNode resolved = resolve(openapi, schema);
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    resolved.path("properties").fields()
                            .forEachRemaining(p -> object.set(p.getKey(), example(openapi, p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(example(openapi, resolved.path("items"), depth + 1));
                }
                return array;
            }
            case "integer":
            case "number":
                return NODES.numberNode(1);
            case "boolean":
                return NODES.booleanNode(false);
            default:
                return NODES.textNode("uuid".equals(resolved.path("format").asText()) ? UUID_NOBODY : "x");
        }
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String[] path = current.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = openapi;
            for (String step : path) {
                target = target.path(step);
            }
            current = target;
        }
        if (current.has("allOf") && current.get("allOf").size() > 0) {
            return resolve(openapi, current.get("allOf").get(0));
        }
        return current;
    }

    private static String encode(String value) {
        return value.equals("%00") ? value : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        String visible = text.replace("\u0000", "\\0").replace("\n", "\\n");
        return visible.length() > 40 ? visible.substring(0, 40) + "..." : visible;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
