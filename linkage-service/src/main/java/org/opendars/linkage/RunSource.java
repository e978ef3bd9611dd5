package org.opendars.linkage;

/**
 * Where a run's records come from: an approved application's cohort (pulled), a cohort file a data manager
 * uploaded, or the identifiers of a data set release (routine linkage).
 */
public enum RunSource {
    APPLICATION, UPLOAD, RELEASE
}
