package org.opendars.extract.api;

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

    @Test
    void answersEveryOperationAsTheDeclaredAccessPolicySays() {
        assertEquals(List.of(), AccessMatrix.findings("/access-policy.txt", this::pathValues, operation -> null));
    }

    /** Each operation gets a ready extract of its own, so a purge cannot skew a later download. */
    private Map<String, String> pathValues(String operation) {
        if (operation.startsWith("GET /api/admin/dead-letters/") || operation.contains("/replay")) {
            return Map.of("id", "999999999");
        }
        if (operation.contains("/internal/")) {
            return Map.of("id", UUID.randomUUID().toString());
        }
        if (operation.contains("/api/releases/")) {
            return Map.of("datasetCode", "HES_APC", "releaseId", "2019-20-AR");
        }
        ExtractFlowTest flows = new ExtractFlowTest();
        flows.bootstrap = bootstrap;
        return Map.of("id", flows.readyExtract(), "name", "HES_APC.csv");
    }
}
