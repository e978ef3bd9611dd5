package org.opendars.approvals.api;

import org.opendars.testing.EndpointContractTest;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class EndpointSecurityTest extends EndpointContractTest {
}
