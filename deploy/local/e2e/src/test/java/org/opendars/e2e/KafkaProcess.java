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
 * can stop it (SIGTERM), leave the services without a broker, and start it again on the same port and data.
 */
final class KafkaProcess implements AutoCloseable {

    private final Path directory;
    private final Path config;
    private final Path log;
    private final int port;
    private Process process;

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
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=true
                """.formatted(port, controllerPort, directory.resolve("logs")));
        Process format = java("kafka.tools.StorageTool", "format", "--ignore-formatted", "-t", randomClusterId(),
                "-c", config.toString()).start();
        if (format.waitFor() != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed; see " + log);
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
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
                "-Xms64m", "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
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
