package org.opendars.approvals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an application version will cost under the price list in effect on the day it was received: the custodian
 * recovers its costs, and the quote goes into the agreement so the applicant signs the figure they were shown.
 */
public record Quote(LocalDate priceListDate, List<Line> lines, long totalPence, String currency) {

    public record Line(ChargeItem item, String description, long quantity, long unitPence, long amountPence) {
    }

    static Quote of(ApplicationForm form, String kind, Map<ChargeItem, Price> prices, LocalDate day) {
        List<Line> lines = new ArrayList<>();
        boolean change = kind != null && !kind.equals("NEW");
        add(lines, prices, change ? ChargeItem.CHANGE_OF_AGREEMENT : ChargeItem.NEW_APPLICATION, 1);
        int term = form.termMonths() == null ? 12 : form.termMonths();
        add(lines, prices, ChargeItem.ANNUAL_REVIEW, Math.max(0, term / 12 - 1));
        for (ApplicationForm.Product product : form.productsOrNone()) {
            List<ApplicationForm.RequestedDataset> datasets = product.datasets() == null ? List.of()
                    : product.datasets();
            long disseminations = disseminations(product.frequency(), term);
            add(lines, prices, ChargeItem.DATASET_YEAR, datasets.stream().mapToLong(d -> Math.max(1, d.years())).sum());
            add(lines, prices, ChargeItem.DISSEMINATION, disseminations);
            if ("TABULATION".equals(product.type())) {
                add(lines, prices, ChargeItem.TABULATION, datasets.size() * disseminations);
            }
            if ("BESPOKE_LINKAGE".equals(product.type()) || "BESPOKE_EXTRACT".equals(product.type())) {
                add(lines, prices, ChargeItem.LINKAGE, datasets.size() * disseminations);
            }
        }
        if (form.onwardSharing() != null && Boolean.TRUE.equals(form.onwardSharing().planned())) {
            add(lines, prices, ChargeItem.SUB_LICENCE_YEAR, Math.max(1, (term + 11) / 12));
        }
        return new Quote(day, lines, lines.stream().mapToLong(Line::amountPence).sum(), "GBP");
    }

    /** Deliveries over the term: a one-off once, a monthly one each month of it, and so on. */
    static long disseminations(ApplicationForm.Frequency frequency, int termMonths) {
        if (frequency == null) {
            return 1;
        }
        return switch (frequency) {
            case ONE_OFF -> 1;
            case MONTHLY -> termMonths;
            case QUARTERLY -> (termMonths + 2) / 3;
            case ANNUALLY -> (termMonths + 11) / 12;
        };
    }

    private static void add(List<Line> lines, Map<ChargeItem, Price> prices, ChargeItem item, long quantity) {
        Price price = prices.get(item);
        if (quantity <= 0 || price == null) {
            return;
        }
        lines.add(new Line(item, price.description, quantity, price.amountPence, quantity * price.amountPence));
    }

    public String totalLabel() {
        return pounds(totalPence);
    }

    static String pounds(long pence) {
        return String.format("£%,d.%02d", pence / 100, pence % 100);
    }
}
