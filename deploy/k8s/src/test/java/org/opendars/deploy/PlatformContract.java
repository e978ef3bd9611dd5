package org.opendars.deploy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The services and topics the platform is built against, as the manifests must reflect them. */
final class PlatformContract {

    record ServiceSpec(String name, int port, List<String> produces, List<String> consumes) {
    }

    static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("applications-service", 8081,
                    List.of("application-submitted", "application-resubmitted", "application-withdrawn"),
                    List.of("application-returned", "application-approved", "application-rejected",
                            "linkage-completed", "linkage-failed", "extract-ready", "extract-failed",
                            "cohort-registered", "agreement-expired", "agreement-revoked")),
            new ServiceSpec("approvals-service", 8082,
                    List.of("application-returned", "application-approved", "application-rejected",
                            "agreement-issued", "agreement-signed", "agreement-activated", "agreement-expiring",
                            "agreement-expired", "agreement-revoked"),
                    List.of("application-submitted", "application-resubmitted", "application-withdrawn",
                            "extract-ready")),
            new ServiceSpec("linkage-service", 8083,
                    List.of("linkage-completed", "linkage-failed", "release-linked", "cohort-registered"),
                    List.of("application-rejected", "application-withdrawn", "agreement-activated",
                            "agreement-expired", "agreement-revoked")),
            new ServiceSpec("extract-service", 8084,
                    List.of("extract-ready", "extract-failed", "release-ingested"),
                    List.of("application-rejected", "application-withdrawn", "agreement-activated",
                            "agreement-expired", "agreement-revoked", "linkage-completed")));

    /** Events about a data set release rather than an application: key and ce_subject are datasetCode:releaseId. */
    static final Set<String> RELEASE_TOPICS = Set.of("release-linked", "release-ingested");

    /** Events about an uploaded cohort rather than an application: key and ce_subject are the cohort id. */
    static final Set<String> COHORT_TOPICS = Set.of("cohort-registered");

    /** Declared now so later producers never depend on broker-side auto-creation. */
    static final List<String> RESERVED_TOPICS = List.of();

    private PlatformContract() {
    }

    static Set<String> eventTopics() {
        Set<String> topics = new TreeSet<>();
        SERVICES.forEach(service -> topics.addAll(service.produces()));
        return topics;
    }

    static Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        SERVICES.forEach(service -> topics.addAll(service.consumes()));
        return topics;
    }

    static Set<String> allTopics() {
        Set<String> topics = new TreeSet<>(eventTopics());
        topics.addAll(RESERVED_TOPICS);
        return topics;
    }

    static Stream<ServiceSpec> services() {
        return SERVICES.stream();
    }

    static Stream<String> serviceNames() {
        return SERVICES.stream().map(ServiceSpec::name);
    }
}
