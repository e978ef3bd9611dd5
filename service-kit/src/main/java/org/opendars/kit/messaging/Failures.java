package org.opendars.kit.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that may pass (the database or broker briefly away, a lock or serialization conflict) from one
 * that never will (a malformed record, an unknown aggregate, a broken rule). Only the first kind is retried.
 */
final class Failures {

    private Failures() {
    }

    /** True when the failure or any of its causes is of the type. */
    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException || cause instanceof RetriableException
                    || cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (cause instanceof SQLException sql && transientState(sql.getSQLState(), sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Connection failures (08), serialization and deadlock (40), lock not available, shutdown and startup (57P). */
    static boolean transientState(String state, String message) {
        if (state == null) {
            // Agroal reports an exhausted or unreachable pool without a state.
            return message != null && (message.contains("Acquisition timeout") || message.contains("Connection"));
        }
        return state.startsWith("08") || state.startsWith("40") || state.equals("55P03") || state.startsWith("57P")
                || state.equals("53300");
    }

    /** A short, single-line account of a failure and its root cause, for logs and dead letters. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == failure ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage() + " (caused by "
                        + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return firstLine(text);
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.lines().findFirst().orElse("").replace('\0', '\uFFFD');
        return line.length() > 1000 ? line.substring(0, 1000) + "..." : line;
    }
}
