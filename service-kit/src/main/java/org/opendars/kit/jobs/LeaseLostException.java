package org.opendars.kit.jobs;

/** The job was taken over (this worker's lease lapsed): whatever this worker did is rolled back and not published. */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(Lease lease) {
        super("the lease on job " + lease.jobId() + " (attempt " + lease.attempt() + ") was taken over");
    }
}
