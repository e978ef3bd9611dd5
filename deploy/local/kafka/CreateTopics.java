import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the missing topics of the local broker in one admin connection; the stock
 * kafka-topics tool needs a JVM per topic, which costs a second or two each.
 * Usage: java -cp 'libs/*' CreateTopics.java <bootstrap> <partitions> <topic>...
 */
public class CreateTopics {

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        List<String> wanted = List.of(args).subList(2, args.length);

        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = wanted.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            admin.createTopics(missing).all().get();
            System.out.printf("%d topics present, %d created%n", wanted.size(), missing.size());
        }
    }
}
