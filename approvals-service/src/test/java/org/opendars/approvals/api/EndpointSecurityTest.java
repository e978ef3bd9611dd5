package org.opendars.approvals.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendars.testing.EndpointFuzz;
import org.opendars.testing.EndpointSecurity;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class EndpointSecurityTest {

    @Test
    void answersEveryPublishedOperationWithoutATokenWith401() {
        assertThat(EndpointSecurity.operationsOpenWithoutAToken()).isEmpty();
    }

    @Test
    void answersEveryMalformedInputWithAProblemAndNeverAServerError() {
        assertThat(EndpointFuzz.findings()).isEmpty();
    }
}
