import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Sets up the local broker in one admin connection: the missing topics, a SCRAM user per service principal and
 * each principal's ACLs from principals.txt (write its own topics, read the ones it consumes, its own consumer
 * group). The stock tools need a JVM per call, which costs a second or two each.
 * Usage: java -cp 'libs/*' KafkaAccess.java <admin.properties> <partitions> <principals.txt> <topics.txt>
 *        [principal=password ...]
 */
public class KafkaAccess {

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        Properties config = new Properties();
        try (FileInputStream in = new FileInputStream(args[0])) {
            config.load(in);
        }
        int partitions = Integer.parseInt(args[1]);
        List<String[]> principals = table(Path.of(args[2]));
        List<String> topics = Files.readAllLines(Path.of(args[3])).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1)).toList();
            admin.createTopics(missing).all().get();

            List<UserScramCredentialAlteration> users = new ArrayList<>();
            for (int i = 4; i < args.length; i++) {
                String[] user = args[i].split("=", 2);
                users.add(new UserScramCredentialUpsertion(user[0],
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), user[1]));
            }
            admin.alterUserScramCredentials(users).all().get();

            List<AclBinding> acls = new ArrayList<>();
            for (String[] row : principals) {
                String principal = "User:" + row[0];
                for (String topic : row[1].split(",")) {
                    acls.add(allow(ResourceType.TOPIC, topic, principal, AclOperation.WRITE));
                    acls.add(allow(ResourceType.TOPIC, topic, principal, AclOperation.DESCRIBE));
                }
                for (String topic : row[2].split(",")) {
                    acls.add(allow(ResourceType.TOPIC, topic, principal, AclOperation.READ));
                    acls.add(allow(ResourceType.TOPIC, topic, principal, AclOperation.DESCRIBE));
                }
                acls.add(allow(ResourceType.GROUP, row[0], principal, AclOperation.READ));
                acls.add(allow(ResourceType.GROUP, row[0], principal, AclOperation.DESCRIBE));
            }
            admin.createAcls(acls).all().get();
            System.out.printf("%d topics present, %d created; %d principals, %d ACLs%n", topics.size(),
                    missing.size(), principals.size(), acls.size());
        }
    }

    private static AclBinding allow(ResourceType type, String name, String principal, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    /** principal, writes, reads: whitespace-separated columns, comma-separated topics. */
    private static List<String[]> table(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+"))
                .toList();
    }
}
