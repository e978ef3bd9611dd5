package org.opendars.linkage.engine.deterministic;

import org.opendars.linkage.engine.identifiers.DatesOfBirth;

/** One agreement a rank rule demands between an input record and a person in the index. */
public enum Criterion {
    NHS_NUMBER {
        @Override
        boolean holds(PersonColumns in, int i, PersonColumns index, int j) {
            return in.nhsNumber(i) != 0 && in.nhsNumber(i) == index.nhsNumber(j);
        }
    },
    SEX {
        @Override
        boolean holds(PersonColumns in, int i, PersonColumns index, int j) {
            return in.sex(i) != 0 && in.sex(i) == index.sex(j);
        }
    },
    DATE_OF_BIRTH {
        @Override
        boolean holds(PersonColumns in, int i, PersonColumns index, int j) {
            return in.dateOfBirth(i) != 0 && in.dateOfBirth(i) == index.dateOfBirth(j);
        }
    },
    PARTIAL_DATE_OF_BIRTH {
        @Override
        boolean holds(PersonColumns in, int i, PersonColumns index, int j) {
            return DatesOfBirth.partialMatch(in.dateOfBirth(i), index.dateOfBirth(j));
        }
    },
    POSTCODE {
        @Override
        boolean holds(PersonColumns in, int i, PersonColumns index, int j) {
            return in.postcode(i) != 0 && in.postcode(i) == index.postcode(j);
        }
    };

    abstract boolean holds(PersonColumns in, int i, PersonColumns index, int j);
}
