package org.opendars.kit.jobs;

import java.util.regex.Pattern;

/**
 * A service's table of claimed jobs, with the kit's lease columns ({@code attempts}, {@code lease_token},
 * {@code lease_expires_at}, {@code next_attempt_at}, {@code claimed_at}, {@code percent_done}) beside its own
 * {@code status}. {@code readyWhen} is an optional SQL condition on the row (alias {@code j}) for jobs that must
 * wait for something else to arrive.
 */
public record JobTable(String table, String waitingStatus, String runningStatus, String readyWhen) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public JobTable {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }

    public JobTable(String table, String waitingStatus, String runningStatus) {
        this(table, waitingStatus, runningStatus, null);
    }
}
