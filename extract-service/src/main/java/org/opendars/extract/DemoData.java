package org.opendars.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the synthetic clinical content of the demo when {@code DARS_DEMO_DATA=true}. It stands in
 * for routine release ingestion; the script leaves existing rows alone, so restarts are harmless.
 */
@ApplicationScoped
class DemoData {

    void load(@Observes StartupEvent startup, AgroalDataSource dataSource,
            @ConfigProperty(name = "dars.demo-data") boolean enabled) {
        if (!enabled) {
            return;
        }
        try (InputStream script = DemoData.class.getResourceAsStream("/demo/demo-data.sql");
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
            Log.info("demo clinical content loaded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the demo data", e);
        }
    }
}
