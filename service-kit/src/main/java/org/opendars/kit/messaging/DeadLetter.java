package org.opendars.kit.messaging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A record one of this service's consumers gave up on, kept byte for byte (key, value and headers, whatever they
 * contain) with the reason, so an operator can read why and replay it to the same consumer.
 */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    @Id
    public Long id;

    /** The topic the record failed on; its consumer in this service is the one a replay goes to. */
    @Column(nullable = false)
    public String topic;

    @Column(name = "record_partition", nullable = false)
    public int partition;

    @Column(name = "record_offset", nullable = false)
    public long offset;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "record_key")
    public byte[] recordKey;

    public byte[] payload;

    @Column(nullable = false)
    public byte[] headers;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;

    public static List<DeadLetter> page(boolean all, int page, int size) {
        return (all ? find("order by id") : find("replayedAt is null order by id")).page(page, size).list();
    }

    public void markReplayed() {
        replayedAt = Instant.now();
    }

    /** The record as it arrived, to hand to its consumer again. */
    ConsumerRecord<String, byte[]> toRecord() {
        String key = recordKey == null ? null : new String(recordKey, StandardCharsets.UTF_8);
        return new ConsumerRecord<>(topic, partition, offset, receivedAt.toEpochMilli(), TimestampType.CREATE_TIME,
                -1, -1, key, payload, decodeHeaders(headers), java.util.Optional.empty());
    }

    /** Headers as text for reading: undecodable bytes and NULs are shown as U+FFFD. */
    public Map<String, String> readableHeaders() {
        Map<String, String> readable = new LinkedHashMap<>();
        for (Header header : decodeHeaders(headers)) {
            readable.put(readable(header.key()), header.value() == null ? null : readable(header.value()));
        }
        return readable;
    }

    public static String readable(byte[] bytes) {
        return bytes == null ? null : readable(new String(bytes, StandardCharsets.UTF_8));
    }

    static String readable(String text) {
        return text.replace('\0', '\uFFFD');
    }

    static byte[] encodeHeaders(Iterable<Header> headers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Header header : headers) {
                byte[] key = header.key().getBytes(StandardCharsets.UTF_8);
                out.writeInt(key.length);
                out.write(key);
                out.writeInt(header.value() == null ? -1 : header.value().length);
                if (header.value() != null) {
                    out.write(header.value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static RecordHeaders decodeHeaders(byte[] encoded) {
        RecordHeaders headers = new RecordHeaders();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            while (in.available() > 0) {
                byte[] key = in.readNBytes(in.readInt());
                int length = in.readInt();
                headers.add(new RecordHeader(new String(key, StandardCharsets.UTF_8),
                        length < 0 ? null : in.readNBytes(length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return headers;
    }
}
