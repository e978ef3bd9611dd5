package org.opendars.extract.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A record that failed after its retries, kept so an operator can read why and replay it. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The topic the record failed on, to which a replay sends it back. */
    @Column(nullable = false)
    public String topic;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "record_key")
    public String recordKey;

    public String payload;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> headers;

    public String reason;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;

    static DeadLetter from(ConsumerRecord<String, byte[]> record) {
        DeadLetter letter = new DeadLetter();
        letter.headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            letter.headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        String dlqSuffix = "-dlq";
        letter.topic = letter.headers.getOrDefault("dead-letter-topic",
                record.topic().substring(0, record.topic().length() - dlqSuffix.length()));
        letter.eventId = letter.headers.get("ce_id");
        letter.recordKey = record.key();
        letter.payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        letter.reason = letter.headers.get("dead-letter-reason");
        letter.receivedAt = Instant.now();
        return letter;
    }

    public static List<DeadLetter> pending() {
        return list("replayedAt is null order by id");
    }

    public static List<DeadLetter> all() {
        return list("order by id");
    }

    public void markReplayed() {
        replayedAt = Instant.now();
    }
}
