package org.opendars.kit.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.smallrye.common.annotation.Identifier;

/**
 * The outbox relay's producer, built from the service's whole Kafka configuration (so TLS and SASL settings reach
 * it like they reach the consumers), then made idempotent and acknowledged by all in-sync replicas.
 */
@ApplicationScoped
class RelayProducer {

    private static final Set<String> PRODUCER_KEYS = ProducerConfig.configNames();

    static Map<String, Object> config(Map<String, Object> kafka, String clientId) {
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (PRODUCER_KEYS.contains(key) && value != null) {
                config.put(key, value);
            }
        });
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    @Produces
    @ApplicationScoped
    @Identifier("outbox-relay")
    Producer<String, CloudEvent> producer(@Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        return new KafkaProducer<>(config(kafka, application + "-outbox-relay"), new StringSerializer(),
                new CloudEventSerializer());
    }

    void close(@Disposes @Identifier("outbox-relay") Producer<String, CloudEvent> producer) {
        producer.close();
    }
}
