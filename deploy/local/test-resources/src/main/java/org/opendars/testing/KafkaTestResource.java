package org.opendars.testing;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real one-node KRaft Kafka broker inside the test JVM, so service tests need neither Docker nor an external
 * broker. When {@code KAFKA_BOOTSTRAP_SERVERS} is set, that broker is used and nothing is started.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return Map.of("kafka.bootstrap.servers", external);
        }
        cluster = startBroker();
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    /** Starts a combined broker+controller node; also used by the end-to-end test outside Quarkus. */
    public static KafkaClusterTestKit startBroker() {
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(
                    new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .build())
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
        }
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the in-JVM Kafka broker", e);
            }
        }
    }
}
