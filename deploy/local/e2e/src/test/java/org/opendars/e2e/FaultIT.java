package org.opendars.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.opendars.testing.TestKafka;


/**
 * Faults while the chain is busy: ten applications with cohorts large enough that their linkage runs take
 * seconds; while runs are in progress the linkage service is killed with SIGKILL and restarted, the Kafka broker is
 * stopped for 20 s and started again, and PostgreSQL is restarted. Afterwards every application must have exactly
 * one extract and one extract-ready event, no duplicate timeline entry and no dead letter anywhere, and the run
 * whose worker was killed must have been taken over within 15 s.
 */
class FaultIT extends PlatformTest {

    static final int APPLICATIONS = 10;
    static final int COHORT_COPIES = 1500;
    static final List<String> TIMELINE = List.of("created", "attached", "submitted", "approved", "linked",
            "extract-ready");


    @Test
    void deliversExactlyOneExtractPerApplicationThroughAKilledWorkerABrokerOutageAndADatabaseRestart()
            throws Exception {
        MemorySampler memory = MemorySampler.start(platform);
        Map<String, Long> idle = memory.current();

        // A cohort serves the one application whose approval binds it, so each application uploads its own.
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            ids.add(chain.submit(chain.application(COHORT_COPIES)));
        }
        ids.forEach(chain::approve);

        String running = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> runningRun(ids), run -> run != null);
        Instant killed = Instant.now();
        platform.kill("linkage-service");
        platform.start("linkage-service");
        platform.awaitReady("linkage-service");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> attemptsOf(running) >= 2);
        double recovery = Duration.between(killed, Instant.now()).toMillis() / 1000.0;

        platform.stopKafka();
        Thread.sleep(20_000);
        platform.startKafka();

        boolean restarted = platform.restartPostgres();

        for (String id : ids) {
            chain.awaitStatus(id, "EXTRACT_READY", Duration.ofMinutes(5));
        }

        Map<String, Integer> extracts = new HashMap<>();
        for (String id : ids) {
            extracts.put(id, given().auth().oauth2(Chain.RITA)
                    .get(platform.url("extract-service") + "/api/extracts?applicationId={id}", id)
                    .then().statusCode(200).extract().path("findAll { it.status == 'READY' }.size()"));
        }
        Map<String, Set<String>> readyEvents = new HashMap<>();
        int readyRecords = 0;
        TestKafka asAdmin = new TestKafka(platform.kafkaBootstrapServers(), platform.kafkaClientConfig("admin"));
        for (ConsumerRecord<String, byte[]> record : asAdmin.records("extract-ready", r -> ids.contains(r.key()), Integer.MAX_VALUE, Duration.ofSeconds(10))) {
            readyEvents.computeIfAbsent(record.key(), key -> new HashSet<>()).add(TestKafka.header(record, "ce_id"));
            readyRecords++;
        }
        Map<String, List<String>> timelines = new HashMap<>();
        for (String id : ids) {
            timelines.put(id, given().auth().oauth2(Chain.ALICE)
                    .get(platform.url("applications-service") + "/api/applications/{id}", id)
                    .then().extract().path("timeline.event"));
        }
        Map<String, Integer> deadLetters = new HashMap<>();
        for (String service : Platform.SERVICES) {
            deadLetters.put(service, given().auth().oauth2(Chain.ADMIN)
                    .get(platform.url(service) + "/api/admin/dead-letters?all=true").then().statusCode(200)
                    .extract().path("size()"));
        }
        Map<String, Long> peak = memory.stop();

        System.out.printf("%nfault test: %d applications, %d extracts, %d extract-ready events (%d records),"
                + " linkage takeover %.1f s after SIGKILL, PostgreSQL restarted: %s%n", ids.size(),
                extracts.values().stream().mapToInt(Integer::intValue).sum(),
                readyEvents.values().stream().mapToInt(Set::size).sum(), readyRecords, recovery, restarted);
        System.out.printf("resident memory (MB) idle %s, peak under faults %s%n", idle, peak);

        assertThat(extracts).allSatisfy((id, count) -> assertThat(count).as("extracts of %s", id).isEqualTo(1));
        assertThat(readyEvents).hasSize(APPLICATIONS)
                .allSatisfy((id, events) -> assertThat(events).as("extract-ready events of %s", id).hasSize(1));
        // Reports from different topics may arrive in either order after the outage; each must be there once.
        assertThat(timelines).allSatisfy((id, events) -> assertThat(events).as("timeline of %s", id)
                .containsExactlyInAnyOrderElementsOf(TIMELINE));
        assertThat(deadLetters).allSatisfy((service, count) -> assertThat(count).as("dead letters of %s", service).isZero());
        assertThat(recovery).as("seconds until the killed run was taken over").isLessThan(15.0);
    }

    private static String runningRun(List<String> ids) {
        for (String id : ids) {
            List<Map<String, Object>> runs = given().auth().oauth2(Chain.MAYA)
                    .get(platform.url("linkage-service") + "/api/linkage-runs?applicationId={id}", id)
                    .then().extract().path("$");
            for (Map<String, Object> run : runs) {
                if ("RUNNING".equals(run.get("status"))) {
                    return (String) run.get("id");
                }
            }
        }
        return null;
    }

    private static int attemptsOf(String runId) {
        return given().auth().oauth2(Chain.MAYA).get(platform.url("linkage-service") + "/api/linkage-runs/{id}", runId)
                .then().statusCode(200).extract().path("attempts");
    }
}
