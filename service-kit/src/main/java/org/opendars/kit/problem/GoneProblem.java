package org.opendars.kit.problem;

/**
 * The resource existed and its record is kept, but what it served is gone for good (a delivery purged at the end of
 * its agreement); answered with 410 Gone and the reason.
 */
public class GoneProblem extends ProblemException {

    public GoneProblem(String message) {
        super(410, message);
    }
}
