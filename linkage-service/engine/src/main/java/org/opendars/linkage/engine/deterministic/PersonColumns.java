package org.opendars.linkage.engine.deterministic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.identifiers.DatesOfBirth;
import org.opendars.linkage.engine.identifiers.NhsNumbers;
import org.opendars.linkage.engine.identifiers.Postcodes;
import org.opendars.linkage.engine.identifiers.SexCodes;
import org.opendars.linkage.engine.identifiers.Validated;
import org.opendars.linkage.engine.identifiers.ValidationIssue;

/**
 * The identifiers the rank rules need, validated and held in primitive columns (0 = missing or invalid), so
 * that ten million records fit in a few hundred megabytes and compare without allocating.
 */
public final class PersonColumns {

    private String[] ids;
    private long[] nhsNumbers;
    private int[] datesOfBirth;
    private byte[] sexes;
    private long[] postcodes;
    private int size;
    private final List<ValidationIssue> issues = Collections.synchronizedList(new ArrayList<>());

    public PersonColumns(int expectedSize) {
        int capacity = Math.max(16, expectedSize);
        ids = new String[capacity];
        nhsNumbers = new long[capacity];
        datesOfBirth = new int[capacity];
        sexes = new byte[capacity];
        postcodes = new long[capacity];
    }

    public static PersonColumns of(List<PersonRecord> records) {
        PersonColumns columns = new PersonColumns(records.size());
        records.forEach(columns::add);
        return columns;
    }

    /** Validates and appends one record; problems are kept in {@link #issues()}. */
    public int add(PersonRecord record) {
        String id = record.id();
        long nhs = NhsNumbers.toLong(checked(id, "nhsNumber", record.nhsNumber(),
                NhsNumbers.validate(record.nhsNumber())));
        int dob = DatesOfBirth.toInt(checked(id, "dateOfBirth", record.dateOfBirth(),
                DatesOfBirth.validate(record.dateOfBirth())));
        byte sex = SexCodes.toByte(checked(id, "sex", record.sex(), SexCodes.validate(record.sex())));
        long postcode = Postcodes.encode(checked(id, "postcode", record.postcode(),
                Postcodes.validate(record.postcode())));
        return addValidated(id, nhs, dob, sex, postcode);
    }

    /** Appends values that are already validated (the synthetic generator and benchmarks use this). */
    public int addValidated(String id, long nhs, int dob, byte sex, long postcode) {
        if (size == ids.length) {
            grow();
        }
        ids[size] = id;
        nhsNumbers[size] = nhs;
        datesOfBirth[size] = dob;
        sexes[size] = sex;
        postcodes[size] = postcode;
        return size++;
    }

    private String checked(String id, String field, String raw, Validated validated) {
        if (validated.hasProblem()) {
            issues.add(new ValidationIssue(id, field, raw, validated.problem()));
        }
        return validated.value();
    }

    private void grow() {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        nhsNumbers = Arrays.copyOf(nhsNumbers, capacity);
        datesOfBirth = Arrays.copyOf(datesOfBirth, capacity);
        sexes = Arrays.copyOf(sexes, capacity);
        postcodes = Arrays.copyOf(postcodes, capacity);
    }

    public int size() {
        return size;
    }

    public String id(int row) {
        return ids[row];
    }

    public long nhsNumber(int row) {
        return nhsNumbers[row];
    }

    public int dateOfBirth(int row) {
        return datesOfBirth[row];
    }

    public byte sex(int row) {
        return sexes[row];
    }

    public long postcode(int row) {
        return postcodes[row];
    }

    public List<ValidationIssue> issues() {
        return issues;
    }
}
