package org.opendars.applications;

import java.time.Instant;

/**
 * A case officer's question to the applicant when an application is returned for information, and the answer.
 * Questions are numbered across the whole application, so an answer names the one it answers however many times
 * the application was returned.
 */
public record Question(int number, int version, String text, String askedBy, Instant askedAt, String answer,
        String answeredBy, Instant answeredAt) {

    Question answered(String by, String text) {
        return new Question(number, version, this.text, askedBy, askedAt, text, by, Instant.now());
    }

    boolean isOpen() {
        return answer == null;
    }
}
