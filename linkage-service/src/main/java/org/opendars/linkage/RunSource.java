package org.opendars.linkage;

/** Where a run's cohort comes from: an approved application's (pulled), or a file a data manager uploaded. */
public enum RunSource {
    APPLICATION, UPLOAD
}
