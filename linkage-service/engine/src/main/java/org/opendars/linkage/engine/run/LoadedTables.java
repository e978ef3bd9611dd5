package org.opendars.linkage.engine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.opendars.linkage.engine.data.CsvTableReader;
import org.opendars.linkage.engine.data.Dictionary;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.data.ValidationSummary;
import org.opendars.linkage.engine.spec.LinkSpec;

/** The files of one run, loaded with shared dictionaries; {@code right == left} for deduplication. */
public record LoadedTables(Table left, Table right, ValidationSummary validation) {

    public static LoadedTables load(LinkSpec spec, Path leftFile, Path rightFile) throws IOException {
        ValidationSummary validation = new ValidationSummary();
        Map<String, Dictionary> dictionaries = new HashMap<>();
        CsvTableReader reader = new CsvTableReader(spec.columns(), spec.idColumn(), spec.truthColumn(),
                spec.truthIdPattern(), validation);
        Table left = reader.read(leftFile, "left", dictionaries);
        Table right = rightFile == null ? left : reader.read(rightFile, "right", dictionaries);
        return new LoadedTables(left, right, validation);
    }

    public boolean dedupe() {
        return left == right;
    }
}
