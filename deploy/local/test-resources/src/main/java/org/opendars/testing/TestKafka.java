package org.opendars.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: send events as another service would, and read what a service published. */
public final class TestKafka {

    private final String bootstrapServers;
    private final Map<String, Object> security;

    public TestKafka(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    /** A client of a broker that authenticates: {@code security} holds the principal's client settings. */
    public TestKafka(String bootstrapServers, Map<String, Object> security) {
        this.bootstrapServers = bootstrapServers;
        this.security = Map.copyOf(security);
    }

    /** Sends a body as a CloudEvent in binary mode, the way the services' outbox relays do; returns its id. */
    public String sendEvent(String topic, String key, String jsonBody) {
        String id = UUID.randomUUID().toString();
        sendEvent(topic, key, jsonBody, id);
        return id;
    }

    public void sendEvent(String topic, String key, String jsonBody, String eventId) {
        sendEvent(topic, key, jsonBody, eventId, "/" + OWNERS.getOrDefault(topic, "unknown-owner"));
    }

    /**
     * The service that publishes each topic; an event sent as if by it carries its source. The platform's topic
     * table (README) says the same, and each consumer refuses any other source.
     */
    public static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("application-submitted", "applications-service"),
            Map.entry("application-withdrawn", "applications-service"),
            Map.entry("application-resubmitted", "applications-service"),
            Map.entry("application-returned", "approvals-service"),
            Map.entry("application-approved", "approvals-service"),
            Map.entry("application-rejected", "approvals-service"),
            Map.entry("agreement-issued", "approvals-service"),
            Map.entry("agreement-signed", "approvals-service"),
            Map.entry("agreement-activated", "approvals-service"),
            Map.entry("agreement-expiring", "approvals-service"),
            Map.entry("agreement-expired", "approvals-service"),
            Map.entry("agreement-revoked", "approvals-service"),
            Map.entry("linkage-completed", "linkage-service"),
            Map.entry("linkage-failed", "linkage-service"),
            Map.entry("release-linked", "linkage-service"),
            Map.entry("cohort-registered", "linkage-service"),
            Map.entry("extract-ready", "extract-service"),
            Map.entry("extract-failed", "extract-service"),
            Map.entry("release-ingested", "extract-service"),
            Map.entry("kit-ping", "kit-test"));

    /** Sends with the given CloudEvents source: as a forger who does not own the topic would. */
    public void sendEvent(String topic, String key, String jsonBody, String eventId, String source) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, bytes(jsonBody));
        record.headers()
                .add(new RecordHeader("ce_specversion", bytes("1.0")))
                .add(new RecordHeader("ce_id", bytes(eventId)))
                .add(new RecordHeader("ce_type", bytes("org.opendars." + topic)))
                .add(new RecordHeader("ce_source", bytes(source)))
                .add(new RecordHeader("ce_subject", bytes(key)))
                .add(new RecordHeader("ce_time", bytes(Instant.now().toString())))
                .add(new RecordHeader("content-type", bytes("application/json")));
        send(record);
    }

    /** Sends bytes with no CloudEvents headers at all: a poison message. */
    public void sendRaw(String topic, String key, String body) {
        send(new ProducerRecord<>(topic, key, bytes(body)));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(with(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000)),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }

    /** Reads the topic from the start until a record matches, or fails after the timeout. */
    public ConsumerRecord<String, byte[]> awaitRecord(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = records(topic, match, 1, timeout);
        if (found.isEmpty()) {
            throw new AssertionError("no matching record on " + topic + " within " + timeout);
        }
        return found.get(0);
    }

    /** Every record on the topic that matches, read from the start for the given time. */
    public List<ConsumerRecord<String, byte[]>> records(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            int enough, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(with(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < enough && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private Map<String, Object> with(Map<String, Object> config) {
        Map<String, Object> all = new java.util.HashMap<>(config);
        all.putAll(security);
        return all;
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String body(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
