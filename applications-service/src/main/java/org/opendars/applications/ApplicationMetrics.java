package org.opendars.applications;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Applications by status, read from the database at each scrape so every replica reports the same truth. */
@Singleton
class ApplicationMetrics implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            Gauge.builder("dars.applications", () -> QuarkusTransaction.requiringNew()
                    .call(() -> Application.count("status", status)))
                    .tag("status", status.name())
                    .description("applications by status")
                    .register(registry);
        }
    }
}
