package org.opendars.linkage.engine.run;

import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.deterministic.DeterministicLinker;
import org.opendars.linkage.engine.deterministic.PersonColumns;
import org.opendars.linkage.engine.deterministic.PersonIndex;
import org.opendars.linkage.engine.deterministic.PostcodeIgnoreList;
import org.opendars.linkage.engine.identifiers.DatesOfBirth;
import org.opendars.linkage.engine.identifiers.NhsNumbers;
import org.opendars.linkage.engine.identifiers.Postcodes;
import org.opendars.linkage.engine.identifiers.SexCodes;
import org.opendars.linkage.engine.spec.DeterministicSpec;

/** Runs the HES rank rules from the left file against the right file, which serves as the person index. */
final class DeterministicStage {

    private DeterministicStage() {
    }

    static DeterministicLinker.LinkOutcome run(DeterministicSpec spec, Table left, Table right) {
        DeterministicLinker linker = spec.linker();
        PersonIndex index = PersonIndex.of(columns(spec, right));
        return linker.link(columns(spec, left), index);
    }

    private static PersonColumns columns(DeterministicSpec spec, Table table) {
        PersonColumns columns = new PersonColumns(table.size());
        for (int row = 0; row < table.size(); row++) {
            columns.addValidated(table.id(row),
                    NhsNumbers.toLong(value(table, spec.nhsNumber(), row)),
                    DatesOfBirth.toInt(value(table, spec.dateOfBirth(), row)),
                    SexCodes.toByte(value(table, spec.sex(), row)),
                    Postcodes.encode(value(table, spec.postcode(), row)));
        }
        return columns;
    }

    private static String value(Table table, String column, int row) {
        if (column == null) {
            return null;
        }
        return table.dictionary(column).value(table.codes(column)[row]);
    }
}
