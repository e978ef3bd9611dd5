package org.opendars.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseSplitTest {

    private static final List<String> APC = Dataset.HES_APC.header();

    @Test
    void identifiers_go_to_linkage_with_the_record_id() {
        assertThat(ReleaseSplit.of(APC).identifierHeader())
                .containsExactly("record_id", "nhs_number", "date_of_birth", "sex", "postcode");
    }

    @Test
    void content_goes_to_extract_with_the_record_id_and_sex() {
        assertThat(ReleaseSplit.of(APC).contentHeader()).containsExactly("record_id", "sex", "epikey", "admidate",
                "epistart", "epiend", "disdate", "admimeth", "dismeth", "diag_01", "diag_02", "opertn_01",
                "procode3", "epiorder", "speldur", "startage", "resladst_ons");
    }

    @Test
    void no_identifier_column_reaches_the_content_side_of_any_data_set() {
        for (Dataset dataset : Dataset.values()) {
            ReleaseSplit split = ReleaseSplit.of(dataset.header());
            assertThat(split.contentHeader()).as(dataset.name())
                    .doesNotContainAnyElementsOf(ReleaseSplit.IDENTIFIER_COLUMNS)
                    .startsWith("record_id")
                    .contains("sex");
            assertThat(split.identifierHeader()).as(dataset.name())
                    .containsExactly("record_id", "nhs_number", "date_of_birth", "sex", "postcode");
            List<String> everything = new ArrayList<>(split.identifierHeader());
            everything.addAll(split.contentHeader());
            assertThat(everything).as(dataset + ": every column goes somewhere").containsAll(dataset.header());
        }
    }

    @Test
    void identifiers_linkage_does_not_take_go_to_neither_side() {
        ReleaseSplit split = ReleaseSplit.of(List.of("record_id", "nhs_number", "given_name", "family_name",
                "forename", "surname", "address", "lopatid", "diag_01"));
        assertThat(split.identifierHeader()).containsExactly("record_id", "nhs_number");
        assertThat(split.contentHeader()).containsExactly("record_id", "diag_01");
        assertThat(split.withheld()).containsExactly("given_name", "family_name", "forename", "surname", "address",
                "lopatid");
    }

    @Test
    void identifier_columns_are_recognised_whatever_their_case_or_spacing() {
        ReleaseSplit split = ReleaseSplit.of(List.of("\uFEFFRecord_ID", " NHS_Number ", "Date_Of_Birth", "SEX",
                "PostCode", "Surname", "diag_01"));
        assertThat(split.contentHeader()).containsExactly("Record_ID", "SEX", "diag_01");
        assertThat(split.identifierHeader()).containsExactly("Record_ID", "NHS_Number", "Date_Of_Birth", "SEX",
                "PostCode");
        assertThat(split.contentHeader()).noneMatch(c -> ReleaseSplit.IDENTIFIER_COLUMNS.contains(
                c.toLowerCase(Locale.ROOT)));
    }

    @Test
    void linkage_is_told_which_column_holds_which_identifier() {
        assertThat(ReleaseSplit.of(APC).linkageMapping()).containsExactly(Map.entry("recordId", "record_id"),
                Map.entry("nhsNumber", "nhs_number"), Map.entry("dateOfBirth", "date_of_birth"),
                Map.entry("sex", "sex"), Map.entry("postcode", "postcode"));
        assertThat(ReleaseSplit.of(List.of("record_id", "postcode", "x")).linkageMapping())
                .containsExactly(Map.entry("recordId", "record_id"), Map.entry("postcode", "postcode"));
    }

    @Test
    void a_header_without_record_id_is_refused() {
        assertThatThrownBy(() -> ReleaseSplit.of(List.of("nhs_number", "diag_01")))
                .isInstanceOf(ReleaseSplit.RefusedRelease.class).hasMessageContaining("record_id");
    }

    @Test
    void a_column_named_twice_or_not_at_all_is_refused() {
        assertThatThrownBy(() -> ReleaseSplit.of(List.of("record_id", "nhs_number", "NHS_NUMBER")))
                .isInstanceOf(ReleaseSplit.RefusedRelease.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> ReleaseSplit.of(List.of("record_id", "nhs_number", " ")))
                .isInstanceOf(ReleaseSplit.RefusedRelease.class).hasMessageContaining("no name");
    }

    @Test
    void a_header_with_nothing_to_link_on_is_refused() {
        assertThatThrownBy(() -> ReleaseSplit.of(List.of("record_id", "diag_01")))
                .isInstanceOf(ReleaseSplit.RefusedRelease.class).hasMessageContaining("none of the identifiers");
    }
}
