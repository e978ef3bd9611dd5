package org.opendars.linkage;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opendars.kit.problem.InvalidRequestException;
import org.opendars.kit.problem.InvalidRequestException.FieldError;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns PostgreSQL's refusal of an uploaded file into a 400 that names the line and column and never the value:
 * the server's own message quotes the offending line, which holds identifiers, so none of its text is passed on.
 */
final class UploadError {

    private static final Pattern WHERE = Pattern.compile("COPY \\w+, line (\\d+)(?:, column c(\\d+))?");

    private UploadError() {
    }

    /** Empty when the failure is not about the file's content (the database away, say). */
    static Optional<InvalidRequestException> of(SQLException failure, List<String> header) {
        String state = failure.getSQLState();
        if (state == null || !state.startsWith("22")) {
            return Optional.empty();
        }
        String where = failure instanceof PSQLException psql
                ? Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getWhere).orElse("")
                : "";
        Matcher at = WHERE.matcher(where == null ? "" : where);
        StringBuilder place = new StringBuilder();
        if (at.find()) {
            // COPY counts the rows it was given; the header row was read before, so the file's line is one more.
            place.append("line ").append(Long.parseLong(at.group(1)) + 1);
            if (at.group(2) != null) {
                int column = Integer.parseInt(at.group(2));
                place.append(", column ").append(column + 1);
                if (column < header.size()) {
                    place.append(" (").append(header.get(column)).append(')');
                }
            }
            place.append(": ");
        }
        return Optional.of(new InvalidRequestException(List.of(new FieldError("file", place + reason(state)))));
    }

    private static String reason(String state) {
        return switch (state) {
            case "22P04" -> "the row has more or fewer fields than the header, or a quote is not closed";
            case "22021", "22P05" -> "the row holds a character that cannot be stored (a NUL byte or invalid UTF-8)";
            case "22001" -> "a value is longer than its column allows";
            default -> "a value is not of the form its column needs";
        };
    }
}
