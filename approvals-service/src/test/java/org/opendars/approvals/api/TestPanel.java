package org.opendars.approvals.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.opendars.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Panel meetings as the tests need them: four members seated, charles in the chair and leila the lay member. */
final class TestPanel {

    static final String OFFICER = Tokens.staff("carol", "case-officer");
    static final String CHAIR = Tokens.staff("charles", "panel-member");

    static final String SEATS = """
            [{"member": "charles", "role": "CHAIR"}, {"member": "leila", "role": "LAY_MEMBER"},
             {"member": "cleo", "role": "SPECIALIST"}, {"member": "ted", "role": "SPECIALIST"}]""";

    private TestPanel() {
    }

    static Response post(String token, String body, String path, Object... params) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path, params);
    }

    /** A scheduled meeting with a quorum of three; its id. */
    static String schedule() {
        Response created = post(OFFICER, "{\"heldOn\": \"2026-03-04\", \"quorum\": 3, \"seats\": " + SEATS + "}",
                "/api/panel/meetings");
        created.then().statusCode(201).body("status", equalTo("SCHEDULED")).body("chair", equalTo("charles"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/panel/meetings/" + id);
        return id;
    }

    /** The case on the meeting's agenda; the item's id. */
    static String list(String meetingId, String caseId) {
        return post(OFFICER, "{\"caseId\": \"" + caseId + "\"}", "/api/panel/meetings/{id}/agenda", meetingId)
                .then().statusCode(200).body("status", equalTo("LISTED"))
                .body("applicationReference", equalTo("DARS-000042")).extract().path("id");
    }

    static void close(String meetingId, String minutes) {
        post(CHAIR, "{\"minutes\": \"" + minutes + "\"}", "/api/panel/meetings/{id}/minutes", meetingId)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    /**
     * Path values for the access policy: a meeting with the case on its agenda, closed when the operation reads
     * minutes (they exist only then).
     */
    static Map<String, String> fixture(String caseId, boolean closed) {
        String meetingId = schedule();
        String itemId = list(meetingId, caseId);
        if (closed) {
            close(meetingId, "closed for the fixture");
        }
        return Map.of("id", meetingId, "itemId", itemId);
    }
}
