package org.opendars.kit.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.kit.testapp.PingHandler;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.TestKafka;
import org.opendars.testing.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class InboxTest {

    static final String ADMIN = Tokens.staff("admin", "admin");
    static final String TOPIC = "kit-ping";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static String ping(String id, String note) {
        return "{\"id\": \"" + id + "\", \"note\": \"" + note + "\"}";
    }

    private void sendBytes(byte[] key, byte[] value, Map<String, byte[]> headers) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TOPIC, key, value);
        headers.forEach((name, bytes) -> record.headers().add(new RecordHeader(name, bytes)));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> cloudEventHeaders(String eventId) {
        return Map.of("ce_specversion", bytes("1.0"), "ce_id", bytes(eventId), "ce_type", bytes("org.opendars.kit-ping"),
                "ce_source", bytes("/kit-test"), "ce_time", bytes(Instant.now().toString()),
                "content-type", bytes("application/json"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long pings(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) DeadLetter.getEntityManager()
                .createNativeQuery("select coalesce(sum(seen), 0) from ping where id = :id").setParameter("id", id)
                .getSingleResult()).longValue());
    }

    private static List<DeadLetter> lettersWithKey(String key) {
        return QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>list("recordKey = ?1", (Object) bytes(key)));
    }

    @Test
    void keepsEveryMalformedRecordOnceWhateverItsBytesAndStaysHealthy() {
        String key = "fuzz-" + UUID.randomUUID();
        byte[] keyBytes = bytes(key);
        byte[] nulKey = (key + "\0").getBytes(StandardCharsets.UTF_8);
        sendBytes(keyBytes, new byte[] { 0, 0, 0 }, Map.of());
        sendBytes(keyBytes, new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF }, Map.of("ce_id", new byte[] { 0, 1 }));
        sendBytes(keyBytes, bytes("{\"id\": [1], \"note\": {}}"), cloudEventHeaders(UUID.randomUUID().toString()));
        sendBytes(keyBytes, bytes(ping("x\\u0000y", "nul inside")), cloudEventHeaders(UUID.randomUUID().toString()));
        sendBytes(keyBytes, bytes(ping("nobody-" + key, "unknown")), cloudEventHeaders(UUID.randomUUID().toString()));
        sendBytes(keyBytes, bytes(ping("id-" + key, "bad id")), cloudEventHeaders("bad\0id"));
        sendBytes(keyBytes, null, Map.of());
        sendBytes(nulKey, bytes("not json"), Map.of("bad\0header", new byte[] { 0 }));
        String good = "good-" + key;
        new TestKafka(bootstrap).sendEvent(TOPIC, key, ping(good, "after the fuzz"));

        await().atMost(Duration.ofSeconds(30)).until(() -> pings(good) == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(lettersWithKey(key).size() + lettersWithKey(key + "\0").size()).isEqualTo(8));
        assertThat(lettersWithKey(key)).allSatisfy(letter -> assertThat(letter.reason).isNotBlank());
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/admin/dead-letters?size=500").then().statusCode(200)
                .body("findAll { it.key == '" + key + "' }.size()", equalTo(7));
    }

    @Test
    void refusesAnEventFromAnyoneButTheTopicsOwnerAndKeepsItAsADeadLetter() {
        String key = "forged-" + UUID.randomUUID();
        String forged = "forged-" + key;
        TestKafka kafka = new TestKafka(bootstrap);
        kafka.sendEvent(TOPIC, key, ping(forged, "as if from another service"), UUID.randomUUID().toString(),
                "/extract-service");
        String genuine = "genuine-" + key;
        kafka.sendEvent(TOPIC, key, ping(genuine, "from the owner"));

        await().atMost(Duration.ofSeconds(30)).until(() -> pings(genuine) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> lettersWithKey(key).size() == 1);
        assertThat(pings(forged)).isZero();
        assertThat(lettersWithKey(key).get(0).reason).contains("/extract-service").contains("/kit-test");
    }

    @Test
    void appliesAnEventIdOnceHoweverOftenItComes() {
        String id = "dup-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        TestKafka kafka = new TestKafka(bootstrap);
        kafka.sendEvent(TOPIC, id, ping(id, "twice"), eventId);
        kafka.sendEvent(TOPIC, id, ping(id, "twice"), eventId);
        String after = "after-" + id;
        kafka.sendEvent(TOPIC, id, ping(after, "marker"));
        await().atMost(Duration.ofSeconds(30)).until(() -> pings(after) == 1);
        assertThat(pings(id)).isEqualTo(1);
    }

    @Test
    void retriesAFailureThatMayPassUntilItSucceeds() {
        String id = "flaky-" + UUID.randomUUID();
        new TestKafka(bootstrap).sendEvent(TOPIC, id, ping(id, "flaky-2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> pings(id) == 1);
        assertThat(PingHandler.tries(id)).isEqualTo(3);
        assertThat(lettersWithKey(id)).isEmpty();
    }

    @Test
    void deadLettersAFailureThatOutlastsTheRetryTime() {
        String id = "down-" + UUID.randomUUID();
        new TestKafka(bootstrap).sendEvent(TOPIC, id, ping(id, "down"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !lettersWithKey(id).isEmpty());
        DeadLetter letter = lettersWithKey(id).get(0);
        assertThat(letter.attempts).isGreaterThan(3);
        assertThat(letter.reason).contains("connection refused");
        assertThat(pings(id)).isZero();
    }

    @Test
    void replaysADeadLetterToItsOwnConsumerOnce() {
        String id = "replay-" + UUID.randomUUID();
        new TestKafka(bootstrap).sendEvent(TOPIC, id, ping(id, "bad-once"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !lettersWithKey(id).isEmpty());
        long letter = lettersWithKey(id).get(0).id;

        given().auth().oauth2(Tokens.of("alice", "ORG-A", "applicant")).post("/api/admin/dead-letters/{id}/replay", letter)
                .then().statusCode(403);
        given().auth().oauth2(ADMIN).post("/api/admin/dead-letters/{id}/replay", letter)
                .then().statusCode(200).body("replayedAt", notNullValue()).body("payload", equalTo(ping(id, "bad-once")));
        assertThat(pings(id)).isEqualTo(1);
        given().auth().oauth2(ADMIN).post("/api/admin/dead-letters/{id}/replay", letter)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).post("/api/admin/dead-letters/{id}/replay", 999_999_999)
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(pings(id)).isEqualTo(1);
    }

    @Test
    void answersAReplayThatStillFailsWith422AndKeepsTheLetter() {
        String id = "still-" + UUID.randomUUID();
        new TestKafka(bootstrap).sendEvent(TOPIC, id, ping(id, "unknown"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !lettersWithKey(id).isEmpty());
        long letter = lettersWithKey(id).get(0).id;
        given().auth().oauth2(ADMIN).post("/api/admin/dead-letters/{id}/replay", letter)
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).get("/api/admin/dead-letters/{id}", letter)
                .then().statusCode(200).body("replayedAt", equalTo(null));
    }
}
