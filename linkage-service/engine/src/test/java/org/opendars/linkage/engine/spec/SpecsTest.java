package org.opendars.linkage.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendars.linkage.engine.data.ColumnRole;

class SpecsTest {

    @Test
    void derivesAPersonSpecWithDeterministicStageFromNhsStyleHeader() {
        LinkSpec spec = DefaultSpecs.forHeader(List.of("record_id", "NHS_Number", "forename", "surname", "dob",
                "gender", "postcode", "address", "person_id"));

        assertThat(spec.idColumn()).isEqualTo("record_id");
        assertThat(spec.columns()).containsEntry("NHS_Number", ColumnRole.NHS_NUMBER)
                .containsEntry("dob", ColumnRole.DATE_OF_BIRTH).containsEntry("gender", ColumnRole.SEX);
        assertThat(spec.comparisons()).extracting(ComparisonSpec::type)
                .contains(ComparisonType.FORENAME_SURNAME, ComparisonType.DATE, ComparisonType.POSTCODE);
        assertThat(spec.blocking()).contains(List.of("NHS_Number"), List.of("dob", "surname"));
        assertThat(spec.deterministic().enabled()).isTrue();
        assertThat(spec.deterministic().needsConfirmation(8)).isTrue();
        assertThat(spec.deterministic().needsConfirmation(7)).isFalse();
        assertThat(spec.training().emBlocking()).doesNotContain(List.of("postcode"));
    }

    @Test
    void leavesTheDeterministicStageOffWithoutNhsNumbers() {
        LinkSpec spec = DefaultSpecs.forHeader(List.of("unique_id", "first_name", "surname", "dob", "city"));

        assertThat(spec.deterministic().enabled()).isFalse();
        assertThat(spec.training().emBlocking()).containsExactly(List.of("dob"), List.of("first_name", "surname"));
    }

    @Test
    void refusesHeadersWithNoPersonColumns() {
        assertThatThrownBy(() -> DefaultSpecs.forHeader(List.of("a", "b")))
                .hasMessageContaining("no person columns recognised");
    }

    @ParameterizedTest
    @ValueSource(strings = {"febrl4", "nhs-person", "fake-1000"})
    void readsTheBuiltInSpecs(String name) {
        LinkSpec spec = Specs.builtIn(name);

        assertThat(spec.version()).isEqualTo(LinkSpec.CURRENT_VERSION);
        assertThat(spec.comparisons()).isNotEmpty();
        assertThat(spec.blocking()).isNotEmpty();
    }

    @Test
    void rejectsBlockingOnAColumnWithoutARole() {
        assertThatThrownBy(() -> new LinkSpec(1, "id", null, null, null,
                List.of(new ComparisonSpec("name", ComparisonType.EXACT, List.of("name"), null, false)),
                List.of(List.of("postcode")), null, null, null))
                .hasMessageContaining("blocking column 'postcode' has no role");
    }
}
