package org.opendars.kit.testapp;

import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opendars.kit.messaging.EventHandler;
import org.opendars.kit.messaging.Inbox;
import org.opendars.kit.messaging.UnknownAggregateException;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Records each ping. A note of {@code unknown} names an aggregate nobody knows; {@code flaky-N} fails as if the
 * database were away for the first N tries; {@code down} fails that way every time; {@code bad-once} is refused
 * for good the first time only, so its replay succeeds.
 */
@ApplicationScoped
public class PingHandler extends EventHandler<Ping> {

    static final Map<String, AtomicInteger> TRIES = new ConcurrentHashMap<>();

    private final EntityManager entityManager;

    PingHandler(Inbox inbox, EntityManager entityManager) {
        super(inbox, Ping.class);
        this.entityManager = entityManager;
    }

    @Incoming("kit-ping")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }

    @Override
    public void handle(Ping ping) {
        int tries = TRIES.computeIfAbsent(ping.id(), id -> new AtomicInteger()).incrementAndGet();
        if (ping.note().equals("unknown")) {
            throw new UnknownAggregateException("no such thing as " + ping.id());
        }
        if (ping.note().equals("bad-once") && tries == 1) {
            throw new IllegalArgumentException("not acceptable the first time");
        }
        if (ping.note().equals("down") || (ping.note().startsWith("flaky-")
                && tries <= Integer.parseInt(ping.note().substring("flaky-".length())))) {
            throw new IllegalStateException("database away", new SQLTransientConnectionException("connection refused"));
        }
        entityManager.createNativeQuery("insert into ping (id, note) values (:id, :note)"
                + " on conflict (id) do update set seen = ping.seen + 1")
                .setParameter("id", ping.id()).setParameter("note", ping.note()).executeUpdate();
    }

    public static int tries(String id) {
        AtomicInteger tries = TRIES.get(id);
        return tries == null ? 0 : tries.get();
    }
}
