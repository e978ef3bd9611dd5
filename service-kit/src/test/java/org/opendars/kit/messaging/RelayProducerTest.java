package org.opendars.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RelayProducerTest {

    @Test
    void takesTheServicesSecuritySettingsAndDropsWhatIsNotAProducerSetting() {
        Map<String, Object> config = RelayProducer.config(Map.of(
                "bootstrap.servers", "broker:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/truststore.p12",
                "auto.offset.reset", "earliest",
                "session.timeout.ms", "10000",
                "key.serializer", "org.example.Wrong",
                "acks", "0"), "applications-service-outbox-relay");

        assertThat(config).containsEntry("bootstrap.servers", "broker:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsKey("sasl.jaas.config")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12")
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("client.id", "applications-service-outbox-relay")
                .doesNotContainKeys("auto.offset.reset", "session.timeout.ms", "key.serializer");
    }
}
