package org.opendars.releases;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person of the synthetic population with their true identifiers. The previous address is where they lived
 * before: some records still carry it.
 */
public record Person(int number, String nhsNumber, LocalDate dateOfBirth, String sex, String postcode,
        Places.Place place, String previousPostcode, Places.Place previousPlace) {

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    public boolean female() {
        return "2".equals(sex);
    }

    public String residence() {
        return place.localAuthority();
    }
}
