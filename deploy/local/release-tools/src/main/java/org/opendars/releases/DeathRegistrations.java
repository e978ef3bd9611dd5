package org.opendars.releases;

import java.util.List;
import java.util.SplittableRandom;

/**
 * ONS death registrations: a death belongs to the month it is registered in, which can be in the next financial
 * year for a death late in March.
 */
final class DeathRegistrations implements Activity {

    private final Lifetimes lifetimes;

    DeathRegistrations(Lifetimes lifetimes) {
        this.lifetimes = lifetimes;
    }

    @Override
    public List<Draft> records(Person person, FinancialYear year) {
        Death death = lifetimes.deathBy(person, year);
        if (death == null || !year.contains(death.registered())) {
            return List.of();
        }
        String[] content = {death.date().toString(), death.cause(), death.place(), null,
                death.registered().toString(), null};
        return List.of(new Draft(death.registered(), death.date(), content, false));
    }

    /** A revised underlying cause, as after a coroner's inquest. */
    @Override
    public void correct(String[] content, SplittableRandom random) {
        content[1] = Lifetimes.causesFor(45).drawOtherThan(content[1], random);
    }
}
