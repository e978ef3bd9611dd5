package org.opendars.extract;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendars.kit.api.SpreadsheetSafe;

/**
 * A tabulation of one data set: its records in force that the agreement allows, counted by two dimensions (the
 * first two approved fields, or the financial year by the one approved field), and published under the custodian's
 * disclosure control. A table that breaks counts down by area or provider is below the national level.
 */
public final class Tabulation {

    /** A dimension with more values than this is not a table a person reads, and no field to tabulate by. */
    static final int MAX_CATEGORIES = 60;

    static final String YEAR = "financial_year";

    private static final Set<String> SUBNATIONAL = Set.of("resladst_ons", "procode3", "provider_code");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    public record Counted(String rowDimension, String columnDimension, List<String> rows, List<String> columns,
            DisclosureControl.Table table, boolean national) {
    }

    private Tabulation() {
    }

    /** Counts the data set and applies disclosure control. */
    static Counted count(Connection connection, ApprovedDataset approved) throws SQLException {
        ContentTable table = ContentTable.of(approved.code()).orElseThrow(() -> new ContentQuery.Refused(
                "the agreement names " + approved.code() + ", whose content this service does not hold"));
        List<String> fields = approved.fields();
        String rowDimension = fields.size() >= 2 ? fields.get(0) : YEAR;
        String columnDimension = fields.size() >= 2 ? fields.get(1) : fields.isEmpty() ? null : fields.get(0);
        for (String field : fields.subList(0, Math.min(2, fields.size()))) {
            if (!NAME.matcher(field).matches() || !table.has(field)) {
                throw new ContentQuery.Refused("the agreement tabulates " + approved.code() + " by " + field
                        + ", which its content does not hold");
            }
        }
        String sql = "select " + label(rowDimension) + ", " + (columnDimension == null ? "'records'"
                : label(columnDimension)) + ", count(*)" + ContentQuery.inForce(approved, table) + " group by 1, 2";
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        Set<String> columns = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.computeIfAbsent(rows.getString(1), r -> new TreeMap<>()).put(rows.getString(2),
                        rows.getLong(3));
                columns.add(rows.getString(2));
            }
        }
        if (counts.size() > MAX_CATEGORIES || columns.size() > MAX_CATEGORIES) {
            throw new ContentQuery.Refused("a tabulation of " + approved.code() + " by " + rowDimension + " and "
                    + columnDimension + " would have " + counts.size() + " rows and " + columns.size()
                    + " columns; tabulate by codes with at most " + MAX_CATEGORIES + " values");
        }
        List<String> rowLabels = new ArrayList<>(counts.keySet());
        List<String> columnLabels = new ArrayList<>(columns);
        long[][] grid = new long[rowLabels.size()][columnLabels.size()];
        for (int r = 0; r < rowLabels.size(); r++) {
            for (int c = 0; c < columnLabels.size(); c++) {
                grid[r][c] = counts.get(rowLabels.get(r)).getOrDefault(columnLabels.get(c), 0L);
            }
        }
        boolean national = !SUBNATIONAL.contains(rowDimension) && !SUBNATIONAL.contains(columnDimension)
                && approved.filtersOrNone().geography().isEmpty();
        return new Counted(rowDimension, columnDimension == null ? "records" : columnDimension, rowLabels,
                columnLabels, DisclosureControl.publish(grid, national), national);
    }

    /** The table as CSV: a row per category with its total, then the totals row; {@code *} for a suppressed count. */
    static long write(Counted counted, Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(counted.rowDimension() + " \\ " + counted.columnDimension());
        header.addAll(counted.columns());
        header.add("total");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header.stream().map(SpreadsheetSafe::cell).toList());
            DisclosureControl.Table table = counted.table();
            for (int r = 0; r < counted.rows().size(); r++) {
                List<String> line = new ArrayList<>();
                line.add(SpreadsheetSafe.cell(counted.rows().get(r)));
                table.cells().get(r).forEach(cell -> line.add(cell.toString()));
                line.add(table.rowTotals().get(r).toString());
                csv.printRecord(line);
            }
            List<String> totals = new ArrayList<>();
            totals.add("total");
            table.columnTotals().forEach(cell -> totals.add(cell.toString()));
            totals.add(table.total().toString());
            csv.printRecord(totals);
        }
        return counted.rows().size() + 1L;
    }

    static String rules(Counted counted, String datasetCode) {
        return datasetCode + ": " + (counted.national()
                ? "national counts, published as counted"
                : "below the national level: 0 stays 0, 1 to 7 suppressed (*), others rounded to the nearest 5;"
                        + " totals from the unrounded counts, then rounded; secondary suppression so no suppressed"
                        + " count can be derived from its row, column or table totals; "
                        + counted.table().suppressedCount() + " values suppressed");
    }

    private static String label(String dimension) {
        if (YEAR.equals(dimension)) {
            return "c.financial_year || '-' || lpad(((c.financial_year + 1) % 100)::text, 2, '0')";
        }
        return "coalesce(c.\"" + dimension + "\"::text, '(not known)')";
    }
}
