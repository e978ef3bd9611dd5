package org.opendars.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opendars.testing.OidcTestResource;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The whole platform on this machine: a Kafka broker process, one OIDC provider in this JVM, the local PostgreSQL,
 * and the four services as separate production-jar processes. Any of the processes can be killed or stopped and
 * started again, and PostgreSQL restarted, to test faults.
 */
final class Platform implements AutoCloseable {

    static final String[] SERVICES = { "applications-service", "approvals-service", "linkage-service",
            "extract-service" };

    private final Path root;
    /** The services' JVM options, as ./dars starts them unless DARS_SERVICE_JAVA_OPTS says otherwise. */
    static final List<String> JAVA_OPTIONS = List.of(System.getenv().getOrDefault("DARS_SERVICE_JAVA_OPTS",
            "-Xms48m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=128m"
                    + " -XX:ReservedCodeCacheSize=32m -Xss256k -XX:MaxDirectMemorySize=64m -XX:MinHeapFreeRatio=10"
                    + " -XX:MaxHeapFreeRatio=30").split(" +"));

    private final KafkaProcess kafka;
    private final OidcWiremockTestResource oidc;
    private final String oidcUrl;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();

    Platform() throws Exception {
        root = projectRoot();
        for (String service : SERVICES) {
            Path jar = jar(service);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify from"
                        + " the project root builds them before this module)");
            }
            ports.put(service, Ports.free());
        }
        resetSchemas();
        kafka = new KafkaProcess(root.resolve("deploy/local/e2e/target/e2e-kafka-" + System.nanoTime()));
        kafka.start();
        kafka.grant(root, List.of(SERVICES));
        oidc = new OidcWiremockTestResource();
        oidcUrl = oidc.start().get("keycloak.url");
        OidcTestResource.stubServiceAccountTokens(oidcUrl);
    }

    void startAll() throws Exception {
        for (String service : SERVICES) {
            start(service);
        }
        for (String service : SERVICES) {
            awaitReady(service);
        }
    }

    void start(String service) throws IOException {
        start(service, service);
    }

    /** Another process of the same service, sharing its database and broker; returns its base URL once ready. */
    String startReplica(String service) throws Exception {
        String replica = service + "-replica";
        ports.put(replica, Ports.free());
        start(replica, service);
        awaitReady(replica);
        return url(replica);
    }

    private void start(String name, String service) throws IOException {
        Path logs = root.resolve("deploy/local/e2e/target/e2e-logs");
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(JAVA_OPTIONS);
        command.addAll(List.of("-jar", jar(service).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(name)));
        // Fewer glibc malloc arenas: many threads otherwise each reserve one, and resident memory grows with them.
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", dbUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", dbUser(service));
        env.put("QUARKUS_DATASOURCE_PASSWORD", dbPassword(service));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // Each service reaches the broker as its own principal, allowed only its own topics.
        Map<String, Object> kafkaClient = kafka.clientConfig(service);
        env.put("KAFKA_SECURITY_PROTOCOL", kafkaClient.get("security.protocol").toString());
        env.put("KAFKA_SASL_MECHANISM", kafkaClient.get("sasl.mechanism").toString());
        env.put("KAFKA_SASL_JAAS_CONFIG", kafkaClient.get("sasl.jaas.config").toString());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcUrl + "/realms/quarkus");
        env.put("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", oidcUrl + "/realms/quarkus");
        env.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", service);
        env.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", "secret");
        env.put("DARS_LINKAGE_URL", url("linkage-service"));
        env.put("DARS_DEMO_DATA", "true");
        if (service.equals("linkage-service")) {
            env.put("DARS_LINKAGE_MASTER_KEY", "ZTJlLW9ubHktbGlua2FnZS1tYXN0ZXIta2V5LTMyISE=");
        }
        if (service.equals("extract-service")) {
            env.put("DARS_EXTRACT_MASTER_KEY", "ZTJlLW9ubHktbWFzdGVyLWtleS0zMi1ieXRlcyEhISE=");
        }
        env.put("DARS_JSON_LOGS", "false");
        processes.put(name, builder.start());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed that was not already. */
    void kill(String service) throws InterruptedException {
        Process process = processes.remove(service);
        process.destroyForcibly().waitFor();
    }

    void awaitReady(String service) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service);
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(service + " exited; see target/e2e-logs/" + service + ".log");
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service + " not ready in time; see target/e2e-logs/" + service + ".log");
    }

    Optional<Long> pid(String service) {
        return Optional.ofNullable(processes.get(service)).filter(Process::isAlive).map(Process::pid);
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The client settings of a broker principal: a service's own, or {@code admin}. */
    Map<String, Object> kafkaClientConfig(String principal) {
        return kafka.clientConfig(principal);
    }

    void stopKafka() throws InterruptedException {
        kafka.stop();
    }

    void startKafka() throws IOException, InterruptedException {
        kafka.start();
    }

    /**
     * Restarts the machine's PostgreSQL cluster, as a database failover or upgrade would; returns false (and does
     * nothing) when the tests use another database or the cluster tools are absent.
     */
    boolean restartPostgres() throws IOException, InterruptedException {
        if (System.getenv("DARS_TEST_DB_URL") != null) {
            return false;
        }
        Process list;
        try {
            list = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
        } catch (IOException absent) {
            return false;
        }
        String cluster = new String(list.getInputStream().readAllBytes()).lines()
                .map(line -> line.trim().split("\\s+")).filter(f -> f.length > 3 && f[2].equals("5432"))
                .map(f -> f[0] + " " + f[1]).findFirst().orElse(null);
        if (list.waitFor() != 0 || cluster == null) {
            return false;
        }
        String[] versionAndName = cluster.split(" ");
        Process restart = new ProcessBuilder("pg_ctlcluster", versionAndName[0], versionAndName[1], "restart")
                .redirectErrorStream(true).start();
        String output = new String(restart.getInputStream().readAllBytes());
        if (restart.waitFor() != 0) {
            throw new IllegalStateException("could not restart PostgreSQL: " + output);
        }
        return true;
    }

    String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    Path root() {
        return root;
    }

    @Override
    public void close() throws Exception {
        for (Process process : processes.values()) {
            process.destroy();
        }
        for (Process process : processes.values()) {
            process.waitFor();
        }
        oidc.stop();
        kafka.close();
    }

    /**
     * Each run starts from empty schemas: the services' Flyway migrations and demo data recreate them. Each service's
     * role empties its own schema (it may not drop or create one), as nothing else can reach it.
     */
    private static void resetSchemas() throws SQLException {
        Map<String, String> schemas = Map.of("applications-service", "applications",
                "approvals-service", "approvals", "linkage-service", "linkage", "extract-service", "extract");
        for (Map.Entry<String, String> schema : schemas.entrySet()) {
            try (Connection connection = DriverManager.getConnection(dbUrl(), dbUser(schema.getKey()),
                    dbPassword(schema.getKey()));
                    Statement statement = connection.createStatement()) {
                statement.execute("set search_path to " + schema.getValue());
                statement.execute(EMPTY_CURRENT_SCHEMA);
            }
        }
    }

    private static final String EMPTY_CURRENT_SCHEMA = """
            DO $$
            DECLARE drop_it text;
            BEGIN
              FOR drop_it IN SELECT format('DROP VIEW IF EXISTS %I CASCADE', table_name)
                  FROM information_schema.views WHERE table_schema = current_schema()
                UNION ALL SELECT format('DROP TABLE IF EXISTS %I CASCADE', tablename)
                  FROM pg_tables WHERE schemaname = current_schema()
              LOOP EXECUTE drop_it; END LOOP;
              FOR drop_it IN SELECT format('DROP SEQUENCE IF EXISTS %I CASCADE', sequence_name)
                  FROM information_schema.sequences WHERE sequence_schema = current_schema()
                UNION ALL SELECT format('DROP FUNCTION IF EXISTS %I(%s) CASCADE', p.proname,
                    pg_get_function_identity_arguments(p.oid))
                  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()
                UNION ALL SELECT format('DROP TYPE IF EXISTS %I CASCADE', t.typname)
                  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                  WHERE n.nspname = current_schema() AND t.typtype IN ('e', 'd')
              LOOP EXECUTE drop_it; END LOOP;
            END $$""";

    private Path jar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static String dbUrl() {
        return System.getenv().getOrDefault("DARS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/opendars_test");
    }

    /** Each service logs in as its own role, as in the local stack and in production. */
    static String dbUser(String service) {
        return System.getenv().getOrDefault("DARS_TEST_DB_USER", service);
    }

    static String dbPassword(String service) {
        return System.getenv().getOrDefault("DARS_TEST_DB_PASSWORD", service + "-local");
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }


    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("applications-service/pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("project root not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
