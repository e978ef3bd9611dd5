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

    public record Field(String name, String description, boolean identifying,
            org.opendars.applications.Identifiability identifiability, boolean sensitive) {
    }

    public record Entry(String code, String name, String description, String category, boolean identifiable,
            boolean sensitive, List<String> conditions, List<String> permittedPurposes, boolean onwardSharing,
            List<Field> fields) {
    }

    @GET
    public List<Entry> catalogue() {
        return Dataset.catalogue().stream()
                .map(d -> new Entry(d.code, d.name, d.description, d.category, d.identifiable, d.sensitive,
                        d.conditions, d.permittedPurposes, d.onwardSharing, d.fields.stream()
                                .map(f -> new Field(f.name, f.description, f.identifying, f.identifiability,
                                        f.sensitive))
                                .toList()))
                .toList();
    }
}
