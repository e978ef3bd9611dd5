package org.opendars.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services share no code module (docs/adr/0006): each keeps its own copy of the messaging and error-handling
 * chassis. This keeps those copies identical but for the package name, so a fix made in one is made in all.
 */
class ServiceChassisTest {

    static final List<String> SERVICES = List.of("applications", "approvals", "linkage", "extract");

    @ParameterizedTest
    @ValueSource(strings = { "messaging/Outbox", "messaging/OutboxEvent", "messaging/OutboxRelay",
            "messaging/KafkaProducerFactory", "messaging/ProcessedEvent", "messaging/Inbox", "messaging/DeadLetter",
            "messaging/DeadLetterConsumer", "messaging/DeadLetters", "api/Caller", "api/Problem",
            "api/DeadLetterResource", "api/AuditEvent", "api/AuditFilter", "api/AuditResource",
            "IllegalTransitionException", "InvalidRequestException" })
    void keepsTheChassisClassTheSameInEveryService(String file) throws IOException {
        String reference = normalised("applications", file);
        for (String service : SERVICES) {
            assertThat(normalised(service, file)).as(service + "-service " + file).isEqualTo(reference);
        }
    }

    private static String normalised(String service, String file) throws IOException {
        Path source = Path.of("").toAbsolutePath();
        while (!Files.exists(source.resolve("applications-service"))) {
            source = source.getParent();
        }
        Path path = source.resolve(service + "-service/src/main/java/org/opendars/" + service + "/" + file + ".java");
        return Files.readString(path).replace("org.opendars." + service, "org.opendars.SERVICE");
    }
}
