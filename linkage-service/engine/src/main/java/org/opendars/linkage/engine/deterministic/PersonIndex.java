package org.opendars.linkage.engine.deterministic;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.data.LongMultiIndex;

/** A person index (for example a master patient index) hashed on the keys the rank rules look up. */
public final class PersonIndex {

    private final PersonColumns persons;
    private final Map<CandidateKey, LongMultiIndex> indexes = new EnumMap<>(CandidateKey.class);

    private PersonIndex(PersonColumns persons) {
        this.persons = persons;
    }

    public static PersonIndex of(List<PersonRecord> persons) {
        return of(PersonColumns.of(persons));
    }

    public static PersonIndex of(PersonColumns persons) {
        return new PersonIndex(persons);
    }

    public PersonColumns persons() {
        return persons;
    }

    synchronized LongMultiIndex index(CandidateKey key) {
        return indexes.computeIfAbsent(key, k -> LongMultiIndex.build(persons.size(), row -> k.of(persons, row)));
    }
}
