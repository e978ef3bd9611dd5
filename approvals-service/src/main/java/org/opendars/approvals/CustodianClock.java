package org.opendars.approvals;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock agreements are dated and ended by. Tests replace it with one they move by hand, so expiry and
 * reminders are tested without waiting.
 */
final class CustodianClock {

    private CustodianClock() {
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    static Clock utc() {
        return Clock.systemUTC();
    }
}
