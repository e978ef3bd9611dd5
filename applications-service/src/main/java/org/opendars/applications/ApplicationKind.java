package org.opendars.applications;

/** Why a version of an application exists: the first request, or a change to an agreement already made. */
public enum ApplicationKind {
    NEW, AMENDMENT, RENEWAL, EXTENSION
}
