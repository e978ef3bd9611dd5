package org.opendars.kit.jobs;

/**
 * A failure no retry can mend (the claim check names something its owner does not know): the job fails for good
 * at once instead of spending its remaining attempts.
 */
public class PermanentJobFailure extends RuntimeException {

    public PermanentJobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
