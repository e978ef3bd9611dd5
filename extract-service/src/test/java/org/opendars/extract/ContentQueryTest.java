package org.opendars.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ContentQueryTest {

    private static ApprovedDataset.Filters filters(LocalDate from, LocalDate to, Integer minAge, Integer maxAge,
            List<String> geography, List<String> diagnoses) {
        return new ApprovedDataset.Filters(from, to, minAge, maxAge, geography, diagnoses);
    }

    private static final ApprovedDataset.Filters NONE = filters(null, null, null, null, List.of(), List.of());

    @Test
    void readsOnlyTheContentInForceOfTheApprovedDataSet() {
        String sql = ContentQuery.of(new ApprovedDataset("HES_APC", List.of("admidate", "diag_01")), Set.of(), 4);
        assertThat(sql).contains("from results_in r join hes_apc c on c.record_id = r.record_id")
                .contains("f.status = 'CURRENT'").contains("where r.dataset = 'HES_APC'")
                .contains("4 as index_version").contains("c.release_id || ' v' || c.file_version as release")
                .contains("c.\"admidate\"::text").doesNotContain("financial_year >=");
    }

    record Case(String name, ApprovedDataset approved, List<String> wanted) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> restrictions() {
        return List.of(
                new Case("financial years", new ApprovedDataset("HES_APC", List.of("admidate"), 2019, 2023, NONE),
                        List.of("c.financial_year >= 2019", "c.financial_year <= 2023")),
                new Case("activity dates on the data set's own date", new ApprovedDataset("ONS_MORTALITY",
                        List.of("dod"), null, null, filters(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                                null, null, List.of(), List.of())),
                        List.of("c.\"dod\" >= date '2020-01-01'", "c.\"dod\" <= date '2020-12-31'")),
                new Case("ages on the data set's own age", new ApprovedDataset("HES_APC", List.of("admidate"), null,
                        null, filters(null, null, 18, 64, List.of(), List.of())),
                        List.of("c.\"startage\" >= 18", "c.\"startage\" <= 64")),
                new Case("areas of residence", new ApprovedDataset("HES_AE", List.of("arrivaldate"), null, null,
                        filters(null, null, null, null, List.of("E08000035", "E09000033"), List.of())),
                        List.of("c.\"resladst_ons\" in ('E08000035', 'E09000033')")),
                new Case("a diagnosis and its subcodes in every diagnosis column", new ApprovedDataset("HES_APC",
                        List.of("diag_01"), null, null, filters(null, null, null, null, List.of(), List.of("I21"))),
                        List.of("replace(c.\"diag_01\", '.', '') like 'I21%'",
                                "replace(c.\"diag_02\", '.', '') like 'I21%'")),
                new Case("a four-character diagnosis without its dot", new ApprovedDataset("ONS_MORTALITY",
                        List.of("dod"), null, null, filters(null, null, null, null, List.of(), List.of("C34.9"))),
                        List.of("replace(c.\"underlying_cause\", '.', '') like 'C349%'")));
    }

    @ParameterizedTest(name = "restricts by {0}")
    @MethodSource("restrictions")
    void restrictsTheRowsAsTheAgreementSays(Case c) {
        assertThat(ContentQuery.of(c.approved(), Set.of(), 1)).contains(c.wanted());
    }

    static List<Case> refusals() {
        return List.of(
                new Case("a data set whose content is not held", new ApprovedDataset("HES_CC", List.of("x")),
                        List.of("does not hold")),
                new Case("an identifier", new ApprovedDataset("HES_APC", List.of("nhs_number")),
                        List.of("nhs_number")),
                new Case("a field that is not a plain name", new ApprovedDataset("HES_APC",
                        List.of("admidate\" from hes_apc; --")), List.of("does not hold")),
                new Case("an age limit on a data set without ages", new ApprovedDataset("PROMS", List.of("procedure"),
                        null, null, filters(null, null, 18, null, List.of(), List.of())), List.of("by age")),
                new Case("a diagnosis limit on a data set without diagnoses", new ApprovedDataset("DID",
                        List.of("modality"), null, null, filters(null, null, null, null, List.of(), List.of("I21"))),
                        List.of("by diagnosis")),
                new Case("a filter value that is not an area code", new ApprovedDataset("HES_APC",
                        List.of("admidate"), null, null,
                        filters(null, null, null, null, List.of("E0') or true --"), List.of())),
                        List.of("not an ONS area code")));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("refusals")
    void refusesWhatItCannotReleaseAsAgreed(Case c) {
        assertThatThrownBy(() -> ContentQuery.of(c.approved(), Set.of(), 1)).isInstanceOf(ContentQuery.Refused.class)
                .hasMessageContaining(c.wanted().get(0));
    }

    @Test
    void releasesARecordKeyOnlyAsTheOrganisationsPseudonym() {
        String sql = ContentQuery.of(new ApprovedDataset("HES_APC", List.of("epikey", "admidate", "diag_01")),
                Set.of("epikey"), 1);
        assertThat(sql).contains("(select left(encode(sha256(p.outer_pad || sha256(p.inner_pad || convert_to("
                + "c.\"epikey\"::text, 'UTF8'))), 'hex'), 32) from record_key_pads p) as \"epikey\"")
                .contains("c.\"admidate\"::text as \"admidate\"")
                .contains("(case when left(c.\"diag_01\"::text, 1) in (");
    }

    @Test
    void namesTheFilesInForceWithinTheApprovedYears() {
        assertThat(ContentQuery.releasesInForce(new ApprovedDataset("DID", List.of("modality"), 2020, 2021, NONE)))
                .contains("dataset_code = 'DID' and status = 'CURRENT' and financial_year >= 2020 and"
                        + " financial_year <= 2021");
    }
}
