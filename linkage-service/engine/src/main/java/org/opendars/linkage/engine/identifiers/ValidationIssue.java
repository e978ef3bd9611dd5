package org.opendars.linkage.engine.identifiers;

/** A value that was present in the input but could not be used for matching. */
public record ValidationIssue(String recordId, String field, String value, String problem) {
}
