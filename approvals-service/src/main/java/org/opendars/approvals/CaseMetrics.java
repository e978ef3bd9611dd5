package org.opendars.approvals;

import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Cases by stage and the undecided ones past the service level, read from the database at each scrape so every
 * replica reports the same truth.
 */
@Singleton
class CaseMetrics implements MeterBinder {

    private final CaseService cases;

    CaseMetrics(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (CaseStatus status : CaseStatus.values()) {
            Gauge.builder("dars.cases", () -> read(() -> AssessmentCase.count("status", status)))
                    .tag("stage", status.name())
                    .description("assessment cases by stage")
                    .register(registry);
        }
        Gauge.builder("dars.cases.breached", () -> read(() -> {
            List<AssessmentCase> undecided = AssessmentCase.undecided();
            return undecided.stream().filter(c -> cases.clockOf(c).breached()).count();
        })).description("undecided cases past the service-level target in working days").register(registry);
    }

    private static double read(Supplier<Long> count) {
        return QuarkusTransaction.requiringNew().call(count::get);
    }
}
