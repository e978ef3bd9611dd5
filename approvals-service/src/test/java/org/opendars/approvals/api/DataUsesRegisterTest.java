package org.opendars.approvals.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.opendars.approvals.api.TestAgreements.agreement;
import static org.opendars.approvals.api.TestAgreements.revoke;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opendars.approvals.DataUsesRegister;
import org.opendars.approvals.RegisterAgreement;
import org.opendars.approvals.RegisterRelease;
import org.opendars.approvals.messaging.AgreementActivated;
import org.opendars.approvals.messaging.AgreementExpired;
import org.opendars.approvals.messaging.AgreementRevoked;
import org.opendars.approvals.messaging.ExtractReady;
import org.opendars.testing.EventContract;
import org.opendars.testing.KafkaTestResource;
import org.opendars.testing.OidcTestResource;
import org.opendars.testing.TestKafka;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class DataUsesRegisterTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper json;

    /** In-memory rows for a rebuild from the event stream. */
    private static final class MemoryRows implements DataUsesRegister.Rows {

        final Map<String, RegisterAgreement> agreements = new HashMap<>();
        final Map<UUID, RegisterRelease> releases = new HashMap<>();

        @Override
        public Optional<RegisterAgreement> agreement(String reference, int version) {
            return Optional.ofNullable(agreements.get(reference + " v" + version));
        }

        @Override
        public void add(RegisterAgreement row) {
            agreements.put(row.reference + " v" + row.version, row);
        }

        @Override
        public boolean hasRelease(UUID extractId) {
            return releases.containsKey(extractId);
        }

        @Override
        public void add(RegisterRelease row) {
            releases.put(row.extractId, row);
        }
    }

    private <T> List<T> stream(String topic, Class<T> type) {
        List<T> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : new TestKafka(bootstrap).records(topic, r -> true,
                Integer.MAX_VALUE, Duration.ofSeconds(3))) {
            try {
                events.add(json.readValue(record.value(), type));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        return events;
    }

    @Test
    void rebuildsFromTheEventStreamExactlyTheRegisterItServes() {
        TestAgreements flow = new TestAgreements(bootstrap);
        String kept = UUID.randomUUID().toString();
        String keptId = flow.active(kept).getString("id");
        String ended = UUID.randomUUID().toString();
        String endedId = flow.active(ended).getString("id");
        revoke(endedId, "breach");
        String delivered = UUID.randomUUID().toString();
        new TestKafka(bootstrap).sendEvent("extract-ready", kept, EventContract.example("extract-ready",
                "applicationId", kept, "extractId", delivered, "agreementReference",
                agreement(keptId).getString("reference")));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> given()
                .get("/api/register/releases").then().extract().jsonPath().getList("reference")
                .contains(agreement(keptId).getString("reference")));

        MemoryRows rebuilt = new MemoryRows();
        stream("agreement-activated", AgreementActivated.class).stream()
                .sorted(Comparator.comparing(AgreementActivated::activatedAt, Comparator.nullsFirst(Instant::compareTo)))
                .forEach(e -> DataUsesRegister.apply(e, rebuilt));
        stream("agreement-expired", AgreementExpired.class).forEach(e -> DataUsesRegister.apply(e, rebuilt));
        stream("agreement-revoked", AgreementRevoked.class).forEach(e -> DataUsesRegister.apply(e, rebuilt));
        stream("extract-ready", ExtractReady.class).forEach(e -> DataUsesRegister.apply(e, rebuilt));

        List<String> served = given().get("/api/register/agreements").then().statusCode(200).extract().jsonPath()
                .getList("collect { it.displayReference + '|' + it.organisationId + '|' + it.purposeSummary + '|'"
                        + " + it.datasets.join(';') + '|' + it.legalBasis + '|' + it.startDate + '|' + it.endDate"
                        + " + '|' + it.status }");
        List<String> fromEvents = rebuilt.agreements.values().stream().map(r -> r.reference + " v" + r.version + "|"
                + r.organisationId + "|" + r.purposeSummary + "|" + r.datasets + "|" + r.legalBasis + "|"
                + r.startDate + "|" + r.endDate + "|" + r.status).toList();
        assertThat(served).containsExactlyInAnyOrderElementsOf(fromEvents)
                .anyMatch(row -> row.startsWith(agreement(keptId).getString("displayReference")) && row.endsWith("|ACTIVE"))
                .anyMatch(row -> row.startsWith(agreement(endedId).getString("displayReference")) && row.endsWith("|REVOKED"));

        List<String> releases = given().get("/api/register/releases").then().statusCode(200).extract().jsonPath()
                .getList("collect { it.reference + '|' + it.version + '|' + it.datasets.join(';') + '|' + it.releasedOn }");
        assertThat(releases).containsExactlyInAnyOrderElementsOf(rebuilt.releases.values().stream()
                .map(r -> r.reference + "|" + r.version + "|" + r.datasets + "|" + r.releasedOn).toList());
    }

    @Test
    void servesJsonAndCsvWithoutATokenAndNamesNoPerson() {
        TestAgreements flow = new TestAgreements(bootstrap);
        String id = flow.active(UUID.randomUUID().toString()).getString("id");
        String reference = agreement(id).getString("reference");
        String body = given().get("/api/register/agreements").then().statusCode(200).extract().asString();
        assertThat(body).contains(reference).doesNotContain("sam").doesNotContain("cora").doesNotContain("dave")
                .doesNotContain("carol").doesNotContain("alice").doesNotContain("signedBy");
        String csv = given().get("/api/register/agreements.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("reference,version,organisation,purpose_summary,"
                + "product,datasets,legal_basis,start_date,end_date,status");
        assertThat(csv).contains(reference + ",1,ORG-A,");
        given().get("/api/register/releases.csv").then().statusCode(200);
        given().auth().oauth2("not-a-token").get("/api/register/agreements").then().statusCode(200);
    }
}
