package org.opendars.applications;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "dataset_field")
@IdClass(DatasetField.Key.class)
public class DatasetField extends PanacheEntityBase {

    public record Key(String datasetCode, String name) implements Serializable {
    }

    @Id
    @Column(name = "dataset_code")
    public String datasetCode;

    @Id
    public String name;

    @Column(nullable = false)
    public String description;

    /** A direct identifier (NHS number, date of birth, postcode, name): released only in identifiable products. */
    @Column(nullable = false)
    public boolean identifying;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Identifiability identifiability;

    /** Special category or especially sensitive content beyond health itself (ethnicity, mental health). */
    @Column(nullable = false)
    public boolean sensitive;

    @Column(nullable = false)
    public int position;
}
