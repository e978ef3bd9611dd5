package org.opendars.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteTest {

    private static Map<ChargeItem, Price> prices() {
        Map<ChargeItem, Price> prices = new EnumMap<>(ChargeItem.class);
        long[] pence = { 132000, 105000, 64000, 32000, 93000, 80000, 50000, 1000000 };
        for (ChargeItem item : ChargeItem.values()) {
            Price price = new Price();
            price.item = item;
            price.amountPence = pence[item.ordinal()];
            price.description = item.name();
            prices.put(item, price);
        }
        return prices;
    }

    @Test
    void pricesTheDocumentedExampleLineByLine() {
        ApplicationForm form = TestCases.submitted(event -> event).form();
        Quote quote = Quote.of(form, "NEW", prices(), LocalDate.parse("2026-12-01"));
        // One application, two annual reviews (36 months), 2 data sets x 6 years, one dissemination, and the
        // linkage of each data set to the cohort.
        assertThat(quote.lines()).extracting(Quote.Line::item, Quote.Line::quantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChargeItem.NEW_APPLICATION, 1L),
                org.assertj.core.groups.Tuple.tuple(ChargeItem.ANNUAL_REVIEW, 2L),
                org.assertj.core.groups.Tuple.tuple(ChargeItem.DATASET_YEAR, 12L),
                org.assertj.core.groups.Tuple.tuple(ChargeItem.DISSEMINATION, 1L),
                org.assertj.core.groups.Tuple.tuple(ChargeItem.LINKAGE, 2L));
        assertThat(quote.totalPence()).isEqualTo(132000 + 2 * 64000 + 12 * 32000 + 93000 + 2 * 50000);
        assertThat(quote.totalLabel()).isEqualTo("£8,370.00");
    }

    @ParameterizedTest(name = "{0} over {1} months: {2} deliveries")
    @CsvSource({ "ONE_OFF, 36, 1", "MONTHLY, 36, 36", "QUARTERLY, 12, 4", "QUARTERLY, 13, 5", "ANNUALLY, 36, 3",
            "ANNUALLY, 30, 3" })
    void countsTheDisseminationsOverTheTerm(ApplicationForm.Frequency frequency, int months, long deliveries) {
        assertThat(Quote.disseminations(frequency, months)).isEqualTo(deliveries);
    }

    @Test
    void chargesAnAmendmentAsAChangeOfAgreement() {
        ApplicationForm form = TestCases.submitted(event -> event).form();
        assertThat(Quote.of(form, "AMENDMENT", prices(), LocalDate.parse("2026-12-01")).lines().get(0).item())
                .isEqualTo(ChargeItem.CHANGE_OF_AGREEMENT);
    }
}
