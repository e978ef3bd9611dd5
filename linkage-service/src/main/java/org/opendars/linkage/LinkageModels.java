package org.opendars.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.opendars.linkage.engine.probabilistic.ModelParameters;

/**
 * The probabilistic models, one per person index version. A model never changes once saved, so each is read from
 * the database at most once per process.
 */
@ApplicationScoped
public class LinkageModels {

    /** A model and the index version it was trained at (possibly older than the index a run links against). */
    public record Versioned(int indexVersion, ModelParameters model) {
    }

    private final DataSource dataSource;
    private final ConcurrentMap<Integer, Versioned> byVersion = new ConcurrentHashMap<>();

    LinkageModels(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The model trained at the newest index version not after {@code indexVersion}. */
    public Optional<Versioned> latestUpTo(int indexVersion) {
        Versioned cached = byVersion.get(indexVersion);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select index_version, model::text from"
                        + " linkage_model where index_version <= ? order by index_version desc limit 1")) {
            select.setInt(1, indexVersion);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Versioned found = new Versioned(rows.getInt(1),
                        ModelParameters.fromJson(rows.getString(2)));
                if (found.indexVersion() == indexVersion) {
                    byVersion.put(indexVersion, found);
                }
                return Optional.of(found);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not read the linkage model for index version " + indexVersion, e);
        }
    }

    /** The first model trained at a version is the one kept; a second worker's is dropped. */
    public Versioned save(int indexVersion, ModelParameters model, UUID runId, int records) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into linkage_model (index_version,"
                        + " model, trained_by_run, trained_records) values (?, ?::jsonb, ?, ?)"
                        + " on conflict (index_version) do nothing")) {
            insert.setInt(1, indexVersion);
            insert.setString(2, model.toJson());
            insert.setObject(3, runId);
            insert.setInt(4, records);
            insert.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not save the linkage model for index version " + indexVersion, e);
        }
        return latestUpTo(indexVersion).orElseThrow();
    }
}
