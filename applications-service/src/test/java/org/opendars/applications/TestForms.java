package org.opendars.applications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The complete application form the tests start from, as an applicant would send it. */
public final class TestForms {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private TestForms() {
    }

    /** The complete form's JSON, naming {@code cohortId} (a JSON string, or null). */
    public static String completeJson(String cohortId) {
        try (InputStream in = TestForms.class.getResourceAsStream("/forms/complete.json")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return cohortId == null ? template.replace("\"%s\"", "null") : template.formatted(cohortId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ApplicationForm complete(UUID cohortId) {
        try {
            return JSON.readValue(completeJson(cohortId == null ? null : cohortId.toString()), ApplicationForm.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
