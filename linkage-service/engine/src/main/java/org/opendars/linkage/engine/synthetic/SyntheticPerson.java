package org.opendars.linkage.engine.synthetic;

import org.opendars.linkage.engine.PersonRecord;

/** A generated record and the true person it describes. */
public record SyntheticPerson(PersonRecord record, String personId) {
}
