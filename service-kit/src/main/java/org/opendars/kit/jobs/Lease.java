package org.opendars.kit.jobs;

import java.util.UUID;

/**
 * One worker's claim on one job. The token is the fencing token: the job row carries the token of its current
 * claim, and a worker whose token is no longer there can neither complete nor fail the job.
 */
public record Lease(JobTable table, UUID jobId, UUID token, int attempt) {
}
