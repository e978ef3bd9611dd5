package org.opendars.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class FormDiffTest {

    @Test
    void findsNoChangeBetweenEqualForms() {
        UUID cohort = UUID.randomUUID();
        assertThat(FormDiff.between(TestForms.JSON, TestForms.complete(cohort), TestForms.complete(cohort))).isEmpty();
    }

    @Test
    void namesEachChangedFieldWithItsValuesBeforeAndAfter() throws Exception {
        UUID cohort = UUID.randomUUID();
        ObjectNode changed = (ObjectNode) TestForms.JSON.valueToTree(TestForms.complete(cohort));
        changed.put("termMonths", 24);
        ((ObjectNode) changed.at("/products/0/datasets/0")).put("toYear", 2025);
        List<FormDiff.Change> changes = FormDiff.between(TestForms.JSON, TestForms.complete(cohort),
                TestForms.JSON.treeToValue(changed, ApplicationForm.class));
        assertThat(changes).extracting(FormDiff.Change::pointer)
                .containsExactly("/termMonths", "/products/0/datasets/0/toYear");
        assertThat(changes.get(0).from().asInt()).isEqualTo(36);
        assertThat(changes.get(0).to().asInt()).isEqualTo(24);
    }

    @Test
    void reportsAnAddedDataSetByEachOfItsValues() throws Exception {
        UUID cohort = UUID.randomUUID();
        ObjectNode changed = (ObjectNode) TestForms.JSON.valueToTree(TestForms.complete(cohort));
        ObjectNode outpatients = ((com.fasterxml.jackson.databind.node.ArrayNode) changed.at("/products/0/datasets"))
                .addObject();
        outpatients.put("code", "HES_OP");
        outpatients.putArray("fields").addObject().put("name", "apptdate").put("justification", "follow-up visits");
        List<FormDiff.Change> changes = FormDiff.between(TestForms.JSON, TestForms.complete(cohort),
                TestForms.JSON.treeToValue(changed, ApplicationForm.class));
        assertThat(changes).extracting(FormDiff.Change::pointer).contains("/products/0/datasets/2/code",
                "/products/0/datasets/2/fields/0/name");
        assertThat(changes).allMatch(c -> c.from() == null);
    }
}
