package org.opendars.kit.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeasedJobTest {

    @ParameterizedTest(name = "after attempt {0} the next waits {1} s")
    @CsvSource({ "1, 2", "2, 8", "3, 32", "4, 128", "5, 300", "9, 300" })
    void waitsFourTimesLongerAfterEachFailedAttemptUpToTheCap(int attempts, long seconds) {
        assertThat(LeasedJob.backoff(attempts, FixedJobSettings.defaults())).isEqualTo(Duration.ofSeconds(seconds));
    }
}
