package org.opendars.applications;

/** How far a field of the catalogue identifies a person on its own or with others (data minimisation, standard 3). */
public enum Identifiability {
    /** Names a person by itself: NHS number, name, full date of birth, full postcode. */
    DIRECT,
    /** Narrows to a person with other fields: dates of events, small areas, ethnicity, GP practice. */
    INDIRECT,
    NONE
}
