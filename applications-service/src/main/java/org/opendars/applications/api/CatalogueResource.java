package org.opendars.applications.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.opendars.applications.Dataset;

import jakarta.annotation.security.RolesAllowed;

@Path("/api/catalogue")
@RolesAllowed({ "applicant", "signatory", "recipient", "case-officer", "panel-member", "approver", "data-manager",
        "auditor", "admin" })
public class CatalogueResource {

    public record Field(String name, String description, boolean identifying) {
    }

    public record Entry(String code, String name, String description, String category, boolean identifiable,
            List<Field> fields) {
    }

    @GET
    public List<Entry> catalogue() {
        return Dataset.catalogue().stream()
                .map(d -> new Entry(d.code, d.name, d.description, d.category, d.identifiable,
                        d.fields.stream().map(f -> new Field(f.name, f.description, f.identifying)).toList()))
                .toList();
    }
}
