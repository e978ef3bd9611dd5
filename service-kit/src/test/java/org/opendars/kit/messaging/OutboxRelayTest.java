package org.opendars.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    private static UUID stored(Instant sentAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent event = OutboxEvent.of(id, "application-submitted", UUID.randomUUID().toString(), "{}");
            event.sentAt = sentAt;
            event.persist();
        });
        return id;
    }

    private static boolean present(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventId", eventId) > 0);
    }

    @Test
    void forgetsSentEventsOnlyOnceTheyAreOlderThanTheRetention() {
        UUID old = stored(Instant.now().minus(Duration.ofDays(8)));
        UUID recent = stored(Instant.now().minus(Duration.ofDays(1)));
        relay.forgetSent();
        assertThat(present(old)).isFalse();
        assertThat(present(recent)).isTrue();
    }
}
