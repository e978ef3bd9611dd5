package org.opendars.linkage.engine.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opendars.linkage.engine.data.ColumnRole;

/**
 * The spec used when none is given: person data recognised by common column names, with comparisons,
 * blocking and training chosen for whichever identifiers are present.
 */
public final class DefaultSpecs {

    private static final Map<ColumnRole, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put(ColumnRole.NHS_NUMBER, List.of("nhs_number", "nhsnumber", "nhs_no", "nhsno", "newnhsno"));
        ALIASES.put(ColumnRole.GIVEN_NAME, List.of("given_name", "first_name", "forename", "givenname", "firstname"));
        ALIASES.put(ColumnRole.FAMILY_NAME, List.of("family_name", "surname", "last_name", "familyname", "lastname"));
        ALIASES.put(ColumnRole.DATE_OF_BIRTH, List.of("date_of_birth", "dob", "dateofbirth", "birth_date"));
        ALIASES.put(ColumnRole.SEX, List.of("sex", "gender"));
        ALIASES.put(ColumnRole.POSTCODE, List.of("postcode", "post_code", "homeadd"));
        ALIASES.put(ColumnRole.ADDRESS, List.of("address", "address_1", "address1", "street"));
    }

    private DefaultSpecs() {
    }

    public static LinkSpec forHeader(List<String> header) {
        Map<ColumnRole, String> found = new LinkedHashMap<>();
        ALIASES.forEach((role, aliases) -> find(header, aliases).ifPresent(column -> found.put(role, column)));
        String id = idColumn(header);
        Map<String, ColumnRole> columns = new LinkedHashMap<>();
        found.forEach((role, column) -> columns.put(column, role));
        List<ComparisonSpec> comparisons = new ArrayList<>();
        List<List<String>> blocking = new ArrayList<>();
        String nhs = found.get(ColumnRole.NHS_NUMBER);
        String given = found.get(ColumnRole.GIVEN_NAME);
        String family = found.get(ColumnRole.FAMILY_NAME);
        String dob = found.get(ColumnRole.DATE_OF_BIRTH);
        String sex = found.get(ColumnRole.SEX);
        String postcode = found.get(ColumnRole.POSTCODE);
        String address = found.get(ColumnRole.ADDRESS);
        if (nhs != null) {
            comparisons.add(new ComparisonSpec("nhs_number", ComparisonType.STRING, List.of(nhs), List.of("dl<=1"),
                    false));
            blocking.add(List.of(nhs));
        }
        if (given != null && family != null) {
            comparisons.add(new ComparisonSpec("name", ComparisonType.FORENAME_SURNAME, List.of(given, family), null,
                    true));
        } else {
            for (String name : new String[] {given, family}) {
                if (name != null) {
                    comparisons.add(new ComparisonSpec(name, ComparisonType.STRING, List.of(name),
                            List.of("jw>=0.92", "jw>=0.8"), true));
                }
            }
        }
        if (dob != null) {
            comparisons.add(new ComparisonSpec("date_of_birth", ComparisonType.DATE, List.of(dob), null, false));
            addBlocking(blocking, dob, family);
            addBlocking(blocking, dob, given);
            addBlocking(blocking, dob, postcode);
            if (family == null && given == null && postcode == null) {
                blocking.add(List.of(dob));
            }
        }
        if (sex != null) {
            comparisons.add(new ComparisonSpec("sex", ComparisonType.EXACT, List.of(sex), null, false));
        }
        if (postcode != null) {
            comparisons.add(new ComparisonSpec("postcode", ComparisonType.POSTCODE, List.of(postcode), null, true));
            addBlocking(blocking, postcode, family);
        }
        if (given != null && family != null) {
            blocking.add(sex != null ? List.of(given, family, sex) : List.of(given, family));
        }
        if (address != null) {
            comparisons.add(new ComparisonSpec("address", ComparisonType.STRING, List.of(address),
                    List.of("jw>=0.9"), false));
        }
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("no person columns recognised in " + header + "; give a --spec");
        }
        List<List<String>> em = new ArrayList<>();
        if (dob != null) {
            em.add(List.of(dob));
        }
        // Blocking EM on a shared address lets households pass for persons, so postcode is a last resort.
        if (nhs != null) {
            em.add(List.of(nhs));
        } else if (given != null && family != null) {
            em.add(List.of(given, family));
        } else if (postcode != null) {
            em.add(List.of(postcode));
        }
        List<List<String>> exactRules = nhs != null ? List.of(List.of(nhs))
                : dob != null && family != null ? List.of(List.of(dob, family)) : List.of();
        TrainingSpec training = new TrainingSpec(0, 42, em, 0, exactRules, 0.8, 0);
        DeterministicSpec deterministic = nhs != null && dob != null && sex != null && postcode != null
                ? new DeterministicSpec(true, nhs, dob, sex, postcode, List.of(), 8, null)
                : DeterministicSpec.disabled();
        return new LinkSpec(1, id, null, null, columns, comparisons, blocking, training, Thresholds.defaults(),
                deterministic);
    }

    /** The record id: a column with a usual id name, otherwise the first column. */
    public static String idColumn(List<String> header) {
        return find(header, List.of("record_id", "id", "unique_id", "rec_id")).orElse(header.get(0));
    }

    private static void addBlocking(List<List<String>> blocking, String first, String second) {
        if (first != null && second != null) {
            blocking.add(List.of(first, second));
        }
    }

    private static Optional<String> find(List<String> header, List<String> aliases) {
        for (String alias : aliases) {
            for (String column : header) {
                if (column.trim().toLowerCase(Locale.ROOT).equals(alias)) {
                    return Optional.of(column.trim());
                }
            }
        }
        return Optional.empty();
    }
}
