package org.opendars.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A real one-node KRaft Kafka broker as its own process, from the Kafka jars on this test's class path, so a test
 * can stop it (SIGTERM), leave the services without a broker, and start it again on the same port and data. Like
 * the local stack's broker it authenticates every client (SASL/SCRAM) and authorizes by ACL: each service as its
 * own principal, with the grants of deploy/local/kafka/principals.txt, set up by the local stack's own program.
 */
final class KafkaProcess implements AutoCloseable {

    private final Path directory;
    private final Path config;
    private final Path log;
    private final int port;
    private Process process;
    private final String adminPassword = UUID.randomUUID().toString();
    private final java.util.Map<String, String> passwords = new java.util.HashMap<>();

    KafkaProcess(Path directory) throws IOException, InterruptedException {
        this.directory = directory;
        this.config = directory.resolve("server.properties");
        this.log = directory.resolve("kafka.log");
        this.port = Ports.free();
        int controllerPort = Ports.free();
        Files.createDirectories(directory);
        Files.writeString(config, """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=SASL_PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=SASL_PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                inter.broker.listener.name=SASL_PLAINTEXT
                sasl.enabled.mechanisms=SCRAM-SHA-512
                sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
                sasl.mechanism.controller.protocol=PLAIN
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="%4$s" user_admin="%4$s";
                listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=%5$s
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                super.users=User:admin
                allow.everyone.if.no.acl.found=false
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=false
                """.formatted(port, controllerPort, directory.resolve("logs"), adminPassword, jaas("admin", adminPassword)));
        Files.writeString(directory.resolve("admin.properties"), clientProperties("admin", adminPassword));
        Process format = java("kafka.tools.StorageTool", "format", "--ignore-formatted", "-t", randomClusterId(),
                "-c", config.toString(), "--add-scram", "SCRAM-SHA-512=[name=admin,password=" + adminPassword + "]")
                .start();
        if (format.waitFor() != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed; see " + log);
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private String clientProperties(String user, String password) {
        return "bootstrap.servers=" + bootstrapServers() + "\nsecurity.protocol=SASL_PLAINTEXT\n"
                + "sasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=" + jaas(user, password) + "\n";
    }

    /** The client settings of a principal: a service's own, or the admin's. */
    java.util.Map<String, Object> clientConfig(String principal) {
        String password = principal.equals("admin") ? adminPassword
                : passwords.computeIfAbsent(principal, p -> UUID.randomUUID().toString());
        return java.util.Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", jaas(principal, password));
    }

    /**
     * Topics, a SCRAM user per service and the services' ACLs, by the local stack's own set-up program, so the
     * grants tested are the ones the local stack runs with.
     */
    void grant(Path projectRoot, List<String> services) throws IOException, InterruptedException {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                projectRoot.resolve("deploy/local/kafka/KafkaAccess.java").toString(),
                directory.resolve("admin.properties").toString(), "3",
                projectRoot.resolve("deploy/local/kafka/principals.txt").toString(),
                projectRoot.resolve("deploy/local/kafka/topics.txt").toString()));
        for (String service : services) {
            clientConfig(service);
            arguments.add(service + "=" + passwords.get(service));
        }
        Process access = java("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", arguments.toArray(String[]::new))
                .start();
        if (access.waitFor() != 0) {
            throw new IllegalStateException("setting up the broker's users and ACLs failed; see " + log);
        }
    }

    void start() throws IOException, InterruptedException {
        process = java("kafka.Kafka", config.toString()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!portOpen()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the Kafka broker did not start; see " + log);
            }
            Thread.sleep(200);
        }
    }

    /** A clean shutdown (SIGTERM), as an operator or Kubernetes would stop the broker. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private ProcessBuilder java(String mainClass, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xms64m", "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** The base64 form of a UUID that Kafka expects as a cluster id. */
    private static String randomClusterId() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

}
