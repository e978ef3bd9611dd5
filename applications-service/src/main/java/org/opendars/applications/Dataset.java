package org.opendars.applications;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A data set of the custodian's catalogue that organisations can apply for. */
@Entity
@Table(name = "dataset")
public class Dataset extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public boolean identifiable;

    /** Especially sensitive content (mental health, for one): always put to the advisory panel. */
    @Column(nullable = false)
    public boolean sensitive;

    /** The data set's special conditions, written into every agreement that releases it. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> conditions;

    /** The purpose categories its direction allows; empty when any purpose may use it. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "permitted_purposes", nullable = false)
    public List<String> permittedPurposes;

    /** Whether its direction allows sub-licensing and onward sharing at all. */
    @Column(name = "onward_sharing", nullable = false)
    public boolean onwardSharing;

    @OneToMany
    @JoinColumn(name = "dataset_code")
    @OrderBy("position")
    public List<DatasetField> fields;

    public static List<Dataset> catalogue() {
        return list("select distinct d from Dataset d left join fetch d.fields order by d.code");
    }

    boolean hasField(String name) {
        return fields.stream().anyMatch(field -> field.name.equals(name));
    }

    java.util.Optional<DatasetField> field(String name) {
        return fields.stream().filter(field -> field.name.equals(name)).findFirst();
    }
}
