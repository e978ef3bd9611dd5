package org.opendars.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * With one service's database credentials nothing of another service can be read, written or created: a
 * compromised extract service cannot reach the linkage schema's identifiers or pseudonymisation keys. Run against
 * the schemas the platform's services migrated as their own roles (ChainIT runs these checks).
 */
final class DatabaseRoles {

    private static final Map<String, String> SCHEMAS = new LinkedHashMap<>(Map.of(
            "applications-service", "applications", "approvals-service", "approvals",
            "linkage-service", "linkage", "extract-service", "extract"));

    /** SQLSTATE 42501: insufficient_privilege. */
    private static final String REFUSED = "42501";

    private DatabaseRoles() {
    }

    static void assertEachServiceRoleIsRefusedOnEveryOtherServicesTables() throws Exception {
        List<String> reached = new ArrayList<>();
        int tried = 0;
        for (String service : SCHEMAS.keySet()) {
            try (Connection connection = connect(service)) {
                for (Map.Entry<String, String> other : SCHEMAS.entrySet()) {
                    if (other.getKey().equals(service)) {
                        continue;
                    }
                    List<String> tables = tables(other.getValue());
                    assertThat(tables).as("tables of " + other.getValue()).isNotEmpty();
                    for (String table : tables) {
                        for (String sql : List.of("SELECT * FROM %s LIMIT 1", "DELETE FROM %s",
                                "TRUNCATE %s", "ALTER TABLE %s ADD COLUMN x int")) {
                            tried++;
                            if (!refused(connection, sql.formatted(other.getValue() + "." + table))) {
                                reached.add(service + ": " + sql.formatted(other.getValue() + "." + table));
                            }
                        }
                    }
                    tried++;
                    if (!refused(connection, "CREATE TABLE " + other.getValue() + ".intruder (x int)")) {
                        reached.add(service + " created a table in " + other.getValue());
                    }
                }
                for (String sql : List.of("CREATE TABLE public.intruder (x int)", "CREATE SCHEMA intruder")) {
                    tried++;
                    if (!refused(connection, sql)) {
                        reached.add(service + ": " + sql);
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(100);
        assertThat(reached).isEmpty();
    }

    static void assertEachServiceOwnsItsSchemaAndEveryTableInIt() throws Exception {
        try (Connection connection = connect("linkage-service"); Statement statement = connection.createStatement();
                ResultSet owners = statement.executeQuery("""
                        SELECT n.nspname, pg_get_userbyid(n.nspowner), c.relname, pg_get_userbyid(c.relowner)
                        FROM pg_namespace n LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p')
                        WHERE n.nspname IN ('applications', 'approvals', 'linkage', 'extract')""")) {
            while (owners.next()) {
                String service = SCHEMAS.entrySet().stream().filter(e -> e.getValue().equals(safe(owners, 1)))
                        .findFirst().orElseThrow().getKey();
                assertThat(safe(owners, 2)).as("owner of schema " + safe(owners, 1)).isEqualTo(service);
                if (safe(owners, 3) != null) {
                    assertThat(safe(owners, 4)).as("owner of " + safe(owners, 1) + "." + safe(owners, 3))
                            .isEqualTo(service);
                }
            }
        }
    }

    private static String safe(ResultSet row, int column) {
        try {
            return row.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(Platform.dbUrl(), Platform.dbUser(service), Platform.dbPassword(service));
    }

    /** The catalogue is readable by every role; the tables it names are not. */
    private static List<String> tables(String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = connect("approvals-service"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "' ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static boolean refused(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return false;
        } catch (SQLException e) {
            return REFUSED.equals(e.getSQLState());
        }
    }
}
