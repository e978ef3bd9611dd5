package org.opendars.releases;

import java.time.LocalDate;

/** A death and its registration, as both ONS and, for deaths in hospital, HES see it. */
public record Death(LocalDate date, String place, String cause, LocalDate registered) {

    public static final String HOSPITAL = "Hospital";

    public boolean inHospital() {
        return HOSPITAL.equals(place);
    }
}
