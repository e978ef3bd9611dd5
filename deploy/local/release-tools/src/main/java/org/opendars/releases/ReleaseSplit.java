package org.opendars.releases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which columns of a combined release go to which service. linkage-service gets the record identifier and the
 * identifiers it matches on; extract-service gets the record identifier and everything that does not identify a
 * person. Sex is both: the index matches on it and analyses need it. An identifier that linkage does not take
 * (a name, an address, a local patient identifier) goes to neither.
 *
 * <p>Column names are compared without case or surrounding spaces, so that {@code NHS_Number} is held back from
 * the content side as surely as {@code nhs_number}.
 */
public final class ReleaseSplit {

    public static final String RECORD_ID = "record_id";

    /** The columns linkage-service matches on, with the query parameter that names each, in body order. */
    private static final Map<String, String> LINKAGE_PARAMETERS = new LinkedHashMap<>();

    static {
        LINKAGE_PARAMETERS.put("nhs_number", "nhsNumber");
        LINKAGE_PARAMETERS.put("date_of_birth", "dateOfBirth");
        LINKAGE_PARAMETERS.put("sex", "sex");
        LINKAGE_PARAMETERS.put("postcode", "postcode");
    }

    /** Columns that identify a person: never sent to extract-service. */
    public static final Set<String> IDENTIFIER_COLUMNS = Set.of("nhs_number", "date_of_birth", "postcode",
            "given_name", "family_name", "forename", "surname", "address", "lopatid");

    private final List<String> header;
    private final int[] identifierColumns;
    private final int[] contentColumns;
    private final Map<String, String> linkageMapping;
    private final List<String> withheld;

    private ReleaseSplit(List<String> header, int[] identifierColumns, int[] contentColumns,
            Map<String, String> linkageMapping, List<String> withheld) {
        this.header = header;
        this.identifierColumns = identifierColumns;
        this.contentColumns = contentColumns;
        this.linkageMapping = linkageMapping;
        this.withheld = withheld;
    }

    /** The split of a file with this header; refused when the header has no record identifier or is ambiguous. */
    public static ReleaseSplit of(List<String> rawHeader) {
        List<String> header = rawHeader.stream().map(ReleaseSplit::cleaned).toList();
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalised(header.get(i));
            if (name.isEmpty()) {
                throw new RefusedRelease("column " + (i + 1) + " has no name");
            }
            if (byName.putIfAbsent(name, i) != null) {
                throw new RefusedRelease("column " + name + " appears twice");
            }
        }
        Integer recordId = byName.get(RECORD_ID);
        if (recordId == null) {
            throw new RefusedRelease("the header has no " + RECORD_ID + " column: " + String.join(",", header));
        }
        List<Integer> identifiers = new ArrayList<>(List.of(recordId));
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("recordId", header.get(recordId));
        for (Map.Entry<String, String> linkage : LINKAGE_PARAMETERS.entrySet()) {
            Integer column = byName.get(linkage.getKey());
            if (column != null) {
                identifiers.add(column);
                mapping.put(linkage.getValue(), header.get(column));
            }
        }
        if (identifiers.size() == 1) {
            throw new RefusedRelease("the header has none of the identifiers linkage matches on ("
                    + String.join(",", LINKAGE_PARAMETERS.keySet()) + ")");
        }
        List<Integer> content = new ArrayList<>(List.of(recordId));
        List<String> withheld = new ArrayList<>();
        Set<Integer> toLinkage = new HashSet<>(identifiers);
        for (int i = 0; i < header.size(); i++) {
            String name = normalised(header.get(i));
            if (i == recordId) {
                continue;
            }
            if (!IDENTIFIER_COLUMNS.contains(name)) {
                content.add(i);
            } else if (!toLinkage.contains(i)) {
                withheld.add(header.get(i));
            }
        }
        return new ReleaseSplit(List.copyOf(header), ints(identifiers), ints(content), Collections.unmodifiableMap(mapping),
                List.copyOf(withheld));
    }

    /** Header of the body sent to linkage-service. */
    public List<String> identifierHeader() {
        return pick(header, identifierColumns);
    }

    /** Header of the body sent to extract-service. */
    public List<String> contentHeader() {
        return pick(header, contentColumns);
    }

    /** Identifier columns that go to neither service. */
    public List<String> withheld() {
        return withheld;
    }

    /** linkage-service's query parameters (recordId, nhsNumber, ...) with the body column each names. */
    public Map<String, String> linkageMapping() {
        return linkageMapping;
    }

    int[] identifierColumns() {
        return identifierColumns;
    }

    int[] contentColumns() {
        return contentColumns;
    }

    int recordIdColumn() {
        return identifierColumns[0];
    }

    int width() {
        return header.size();
    }

    static String normalised(String column) {
        return cleaned(column).toLowerCase(Locale.ROOT);
    }

    /** The name without surrounding spaces or a byte order mark, which must not hide record_id. */
    private static String cleaned(String column) {
        String name = column == null ? "" : column.strip();
        return name.startsWith("\uFEFF") ? name.substring(1).strip() : name;
    }

    private static List<String> pick(List<String> values, int[] columns) {
        List<String> picked = new ArrayList<>(columns.length);
        for (int column : columns) {
            picked.add(values.get(column));
        }
        return picked;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A release file the door will not split. */
    public static final class RefusedRelease extends RuntimeException {
        RefusedRelease(String message) {
            super(message);
        }
    }
}
