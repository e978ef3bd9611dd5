package org.opendars.kit.demo;

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
 * Runs the service's synthetic demo seed, {@code /demo/demo-data.sql} on its class path, at start when
 * {@code DARS_DEMO_DATA=true}. It stands in for routine release ingestion; the scripts refresh existing rows, so
 * restarts and several replicas are harmless. A service without a script has nothing to seed.
 */
@ApplicationScoped
class DemoData {

    void load(@Observes StartupEvent startup, AgroalDataSource dataSource,
            @ConfigProperty(name = "dars.demo-data", defaultValue = "false") boolean enabled) {
        if (!enabled) {
            return;
        }
        try (InputStream script = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/demo-data.sql")) {
            if (script == null) {
                return;
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
                Log.info("demo data loaded");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the demo data", e);
        }
    }
}
