package org.opendars.approvals.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.opendars.approvals.ApplicationForm;
import org.opendars.approvals.CaseService;
import org.opendars.approvals.ChargeItem;
import org.opendars.approvals.Price;
import org.opendars.approvals.Quote;

/**
 * The price list, and a quote for a form before it is submitted, so an applicant knows the cost of a choice (one
 * more data set, a monthly supply) while drafting. Each submitted version gets its own quote on its case.
 */
@Path("/api/charges")
@RolesAllowed({ "applicant", "signatory", "case-officer", "panel-member", "approver", "auditor", "admin" })
public class PriceResource {

    public record PriceView(ChargeItem item, LocalDate effectiveFrom, long amountPence, String description) {
    }

    public record QuoteRequest(@NotNull ApplicationForm form,
            @jakarta.validation.constraints.Pattern(regexp = "NEW|AMENDMENT|RENEWAL|EXTENSION") String kind) {
    }

    private final CaseService cases;

    PriceResource(CaseService cases) {
        this.cases = cases;
    }

    @GET
    @Path("/prices")
    public List<PriceView> prices() {
        return Price.all().stream().map(p -> new PriceView(p.item, p.effectiveFrom, p.amountPence, p.description))
                .toList();
    }

    @POST
    @Path("/quote")
    public Quote quote(@NotNull @Valid QuoteRequest request) {
        return cases.quote(request.form(), request.kind() == null ? "NEW" : request.kind());
    }
}
