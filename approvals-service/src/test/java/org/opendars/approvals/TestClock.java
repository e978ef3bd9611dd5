package org.opendars.approvals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The custodian's clock in tests: it starts at the real time and moves only when a test moves it, forward only, so
 * expiry and reminders are tested without sleeping and every test agrees on the date.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.now();

    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the test clock only moves forward");
        }
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
