package org.opendars.approvals;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A line of the price list, kept as data: a new price is a new row from its effective date, never an edit. */
@Entity
@Table(name = "price")
@IdClass(Price.Key.class)
public class Price extends PanacheEntityBase {

    public record Key(ChargeItem item, LocalDate effectiveFrom) implements Serializable {
    }

    @Id
    @Enumerated(EnumType.STRING)
    public ChargeItem item;

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "amount_pence", nullable = false)
    public long amountPence;

    @Column(nullable = false)
    public String description;

    /** The price of each item in effect on {@code day}: the latest row that started on or before it. */
    public static Map<ChargeItem, Price> inEffectOn(LocalDate day) {
        List<Price> rows = list("effectiveFrom <= ?1 order by effectiveFrom", day);
        Map<ChargeItem, Price> prices = new EnumMap<>(ChargeItem.class);
        rows.forEach(row -> prices.put(row.item, row));
        return prices;
    }

    public static List<Price> all() {
        return list("order by item, effectiveFrom");
    }
}
