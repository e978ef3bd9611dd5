package org.opendars.approvals.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.testing.AccessMatrix;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class AccessPolicyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** The document digest of the agreement the current row works on, for its signature body. */
    private String documentSha256;

    @Test
    void answersEveryOperationAsTheDeclaredAccessPolicySays() {
        assertEquals(List.of(), AccessMatrix.findings("/access-policy.txt", this::pathValues, operation -> {
            if (operation.endsWith("/review")) {
                return AccessMatrix.Body.json("{\"recommendation\": \"APPROVE\", \"notes\": \"meets the standards\"}");
            }
            if (operation.endsWith("/decision")) {
                return AccessMatrix.Body.json("{\"decision\": \"APPROVE\", \"reason\": \"meets the standards\"}");
            }
            if (operation.endsWith("/signatures")) {
                return AccessMatrix.Body.json("{\"documentSha256\": \"" + documentSha256 + "\"}");
            }
            if (operation.endsWith("/revocation")) {
                return AccessMatrix.Body.json("{\"reason\": \"a breach of the agreement's conditions\"}");
            }
            if (operation.endsWith("/versions")) {
                return AccessMatrix.Body.json("{\"kind\": \"EXTENSION\", \"endDate\": \"2060-01-01\", \"reason\": \"x\"}");
            }
            if (operation.endsWith("/destruction")) {
                String boundary = "policy" + UUID.randomUUID().toString().replace("-", "");
                return new AccessMatrix.Body("multipart/form-data; boundary=" + boundary, TestAgreements.destructionForm(
                        boundary, "2026-01-01", "SECURE_DELETION", "application/pdf", TestAgreements.CERTIFICATE));
            }
            return null;
        }));
    }

    /**
     * Each operation gets resources of its own: a case opened as a submitted application opens one, or an agreement
     * of ORG-A issued from an approval (revoked, with its destruction recorded, for the certificate).
     */
    private Map<String, String> pathValues(String operation) {
        if (operation.startsWith("GET /api/admin/dead-letters/") || operation.contains("/replay")) {
            return Map.of("id", "999999999");
        }
        TestAgreements flow = new TestAgreements(bootstrap);
        String applicationId = UUID.randomUUID().toString();
        if (operation.contains("/api/panel/meetings")) {
            return TestPanel.fixture(flow.openCase(applicationId, "alice"),
                    operation.equals("GET /api/panel/meetings/{id}/minutes"));
        }
        if (!operation.contains("/api/agreements/{id}")) {
            return Map.of("id", flow.openCase(applicationId, "alice"), "applicationId", applicationId);
        }
        String id = flow.approve(applicationId).getString("id");
        documentSha256 = TestAgreements.agreement(id).getString("documentSha256");
        if (operation.endsWith("/certificate")) {
            TestAgreements.revoke(id, "ended for the fixture");
            TestAgreements.recordDestruction(id, TestAgreements.SAM, TestAgreements.agreement(id).getString("startDate"),
                    "SECURE_DELETION", TestAgreements.CERTIFICATE).then().statusCode(200);
        }
        return Map.of("id", id);
    }
}
