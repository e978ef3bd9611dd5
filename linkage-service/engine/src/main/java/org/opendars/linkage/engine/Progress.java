package org.opendars.linkage.engine;

import java.io.PrintStream;
import java.util.Locale;

/** Reports the stages of long runs; {@link #SILENT} for library use and tests. */
@FunctionalInterface
public interface Progress {

    Progress SILENT = message -> { };

    void report(String message);

    static Progress to(PrintStream out) {
        long start = System.nanoTime();
        return message -> out.printf(Locale.ROOT, "[%7.2fs] %s%n", (System.nanoTime() - start) / 1e9, message);
    }
}
