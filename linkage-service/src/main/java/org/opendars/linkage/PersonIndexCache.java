package org.opendars.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.deterministic.PersonIndex;

/**
 * The person index as linkage reads it, held in memory per index version instead of being read again for every
 * run. Every change the keeper makes is a new version; the count of active persons is part of the key too, so
 * that persons added outside the keeper (a demo seed) are never missed.
 */
@ApplicationScoped
public class PersonIndexCache {

    /** One version of the index: its records and the lookups the deterministic ranks use. */
    public record Snapshot(int version, long persons, List<PersonRecord> records, PersonIndex lookups) {
    }

    private final DataSource dataSource;
    private final IdentifierStore identifiers;
    private volatile Snapshot current;

    PersonIndexCache(DataSource dataSource, IdentifierStore identifiers) {
        this.dataSource = dataSource;
        this.identifiers = identifiers;
    }

    public Snapshot current() {
        long[] key = key();
        Snapshot snapshot = current;
        if (snapshot != null && snapshot.version() == key[0] && snapshot.persons() == key[1]) {
            return snapshot;
        }
        synchronized (this) {
            snapshot = current;
            if (snapshot == null || snapshot.version() != key[0] || snapshot.persons() != key[1]) {
                List<PersonRecord> records = identifiers.personIndex();
                snapshot = new Snapshot((int) key[0], records.size(), records, PersonIndex.of(records));
                current = snapshot;
            }
            return snapshot;
        }
    }

    private long[] key() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select (select coalesce(max(version), 0)"
                        + " from person_index_version), (select count(*) from person where merged_into is null)");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the person index version", e);
        }
    }
}
