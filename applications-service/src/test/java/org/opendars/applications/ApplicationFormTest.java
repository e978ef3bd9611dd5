package org.opendars.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendars.kit.problem.InvalidRequestException.FieldError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ApplicationFormTest {

    private static ApplicationForm without(String pointer) throws Exception {
        ObjectNode form = (ObjectNode) TestForms.JSON.readTree(TestForms.completeJson(UUID.randomUUID().toString()));
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = form.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).remove(Integer.parseInt(last));
        } else {
            ((ObjectNode) parent).putNull(last);
        }
        return TestForms.JSON.treeToValue(form, ApplicationForm.class);
    }

    @Test
    void aCompleteFormMissesNothing() {
        assertThat(TestForms.complete(UUID.randomUUID()).missing()).isEmpty();
    }

    @Test
    void anEmptyFormListsEveryTopLevelAnswerAtOnce() {
        List<String> missing = ApplicationForm.empty().missing().stream().map(FieldError::pointer).toList();
        assertThat(missing).contains("/title", "/purpose", "/parties", "/territory", "/legalBasis", "/ethics",
                "/termMonths", "/onwardSharing", "/products");
    }

    @ParameterizedTest(name = "without {0}, {1} is reported")
    @CsvSource({
            "/title, /title",
            "/purpose/objective, /purpose/objective",
            "/purpose/expectedBenefits, /purpose/expectedBenefits",
            "/parties/0/odsCode, /parties/0/odsCode",
            "/parties/0/dsptPublished, /parties/0/dsptPublished",
            "/parties/0/controllership, /parties/0/controllership",
            "/parties/1/storageLocations, /parties/1/storageLocations",
            "/legalBasis/cagReference, /legalBasis/cagReference",
            "/legalBasis/cagExpiry, /legalBasis/cagExpiry",
            "/ethics/notRequiredBecause, /ethics/notRequiredBecause",
            "/products/0/frequency, /products/0/frequency",
            "/products/0/datasets/0/fromYear, /products/0/datasets/0/fromYear",
            "/products/0/datasets/0/fields/1/justification, /products/0/datasets/0/fields/1/justification",
            "/cohortId, /cohortId"
    })
    void reportsEachMissingAnswerByItsPointer(String removed, String reported) throws Exception {
        assertThat(without(removed).missing()).extracting(FieldError::pointer).containsExactly(reported);
    }

    @Test
    void asksForTheCommercialDetailsOnlyOfACommercialPurpose() throws Exception {
        ObjectNode form = (ObjectNode) TestForms.JSON.readTree(TestForms.completeJson(UUID.randomUUID().toString()));
        ((ObjectNode) form.get("purpose")).put("commercial", true);
        assertThat(TestForms.JSON.treeToValue(form, ApplicationForm.class).missing()).extracting(FieldError::field)
                .containsExactly("purpose.commercialDetails");
    }

    @Test
    void needsAController() throws Exception {
        ApplicationForm form = without("/parties/0");
        assertThat(form.missing()).extracting(FieldError::message)
                .containsExactly("at least one party must be a data controller");
    }
}
