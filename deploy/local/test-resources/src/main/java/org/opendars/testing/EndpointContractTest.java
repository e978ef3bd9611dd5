package org.opendars.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What every service's published operations must do, checked from its own OpenAPI document: refuse a caller
 * without a token, and answer malformed input with a problem, never a server error. A service's test extends this
 * with its {@code @QuarkusTest} set-up.
 */
public abstract class EndpointContractTest {

    @Test
    void answersEveryPublishedOperationWithoutATokenWith401() {
        assertEquals(java.util.List.of(), EndpointSecurity.operationsOpenWithoutAToken());
    }

    @Test
    void answersEveryMalformedInputWithAProblemAndNeverAServerError() {
        assertEquals(java.util.List.of(), EndpointFuzz.findings());
    }
}
