package org.opendars.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceManifestTest {

    private static final Manifests BASE = Manifests.under(ProjectPaths.BASE);

    static Stream<PlatformContract.ServiceSpec> services() {
        return PlatformContract.SERVICES.stream();
    }

    private static JsonNode podSpec(String service) {
        return BASE.get("Deployment", service).node().path("spec").path("template").path("spec");
    }

    private static JsonNode container(String service) {
        JsonNode containers = podSpec(service).path("containers");
        assertThat(containers.size()).as("containers of %s", service).isEqualTo(1);
        return containers.get(0);
    }

    @ParameterizedTest
    @MethodSource("services")
    void probesStartupLivenessAndReadinessOnQuarkusHealthEndpoints(PlatformContract.ServiceSpec service) {
        JsonNode container = container(service.name());

        assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
    }

    @ParameterizedTest
    @MethodSource("services")
    void requestsAndLimitsCpuAndMemory(PlatformContract.ServiceSpec service) {
        JsonNode resources = container(service.name()).path("resources");

        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertThat(resources.path(bound).path(resource).asText())
                        .as("%s %s.%s", service.name(), bound, resource).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void takesEnvironmentFromItsConfigMapAndItsCredentialsSecret(PlatformContract.ServiceSpec service) {
        List<String> configMaps = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        container(service.name()).path("envFrom").forEach(source -> {
            configMaps.add(source.path("configMapRef").path("name").asText(""));
            secrets.add(source.path("secretRef").path("name").asText(""));
        });

        assertThat(configMaps).contains(service.name() + "-config");
        assertThat(secrets).contains(service.name() + "-credentials");
        assertThat(BASE.get("ConfigMap", service.name() + "-config")).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("services")
    void logsInToPostgresqlAsItsOwnRoleWhoseSchemaIsItsOwnAndNoOneElses(PlatformContract.ServiceSpec service) {
        String secret = service.name() + "-db";
        JsonNode env = container(service.name()).path("env");
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            JsonNode entry = null;
            for (JsonNode candidate : env) {
                if (candidate.path("name").asText().equals(variable)) {
                    entry = candidate;
                }
            }
            assertThat(entry).as("%s of %s", variable, service.name()).isNotNull();
            assertThat(entry.path("valueFrom").path("secretKeyRef").path("name").asText()).isEqualTo(secret);
        }
        JsonNode cluster = BASE.get("Cluster", "opendars-db").node().path("spec");
        JsonNode role = null;
        for (JsonNode candidate : cluster.path("managed").path("roles")) {
            if (candidate.path("name").asText().equals(service.name())) {
                role = candidate;
            }
        }
        assertThat(role).as("managed role %s", service.name()).isNotNull();
        assertThat(role.path("login").asBoolean()).isTrue();
        assertThat(role.path("superuser").asBoolean(true)).isFalse();
        assertThat(role.path("createdb").asBoolean(true)).isFalse();
        assertThat(role.path("createrole").asBoolean(true)).isFalse();
        assertThat(role.path("passwordSecret").path("name").asText()).isEqualTo(secret);
        List<String> sql = new ArrayList<>();
        cluster.path("bootstrap").path("initdb").path("postInitApplicationSQL").forEach(s -> sql.add(s.asText()));
        String schema = service.name().replace("-service", "");
        assertThat(sql).contains("CREATE SCHEMA " + schema + " AUTHORIZATION \"" + service.name() + "\"",
                "GRANT CONNECT, TEMPORARY ON DATABASE opendars TO \"" + service.name() + "\"",
                "REVOKE ALL ON DATABASE opendars FROM PUBLIC", "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        assertThat(sql).noneMatch(statement -> statement.contains("GRANT") && statement.contains(" SCHEMA "));
        // Only this service's Deployment names its database Secret.
        for (PlatformContract.ServiceSpec other : PlatformContract.SERVICES) {
            if (!other.equals(service)) {
                assertThat(container(other.name()).toString()).doesNotContain("\"" + secret + "\"");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void configMapCarriesTheContractSettingsButNoCredentials(PlatformContract.ServiceSpec service) {
        JsonNode data = BASE.get("ConfigMap", service.name() + "-config").node().path("data");

        assertThat(data.path("QUARKUS_HTTP_PORT").asText()).isEqualTo(String.valueOf(service.port()));
        assertThat(data.path("QUARKUS_OIDC_CLIENT_CLIENT_ID").asText()).isEqualTo(service.name());
        assertThat(data.path("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL").asText())
                .isEqualTo(data.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText()).endsWith("/realms/opendars");
        for (String key : List.of("QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS", "DARS_DEMO_DATA")) {
            assertThat(data.path(key).asText()).as(key).isNotBlank();
        }
        data.fieldNames().forEachRemaining(key ->
                assertThat(key).as("credential in ConfigMap").doesNotContain("PASSWORD", "SECRET", "USERNAME"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void runsAsNonRootAndStopsWithinAGracePeriod(PlatformContract.ServiceSpec service) {
        JsonNode pod = podSpec(service.name());

        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container(service.name()).path("securityContext").path("allowPrivilegeEscalation").asBoolean(true))
                .isFalse();
        assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("services")
    void labelsEveryObjectWithNameAndPartOf(PlatformContract.ServiceSpec service) {
        List<Manifest> objects = List.of(BASE.get("Deployment", service.name()), BASE.get("Service", service.name()),
                BASE.get("ConfigMap", service.name() + "-config"),
                BASE.get("HorizontalPodAutoscaler", service.name()));

        for (Manifest object : objects) {
            assertThat(object.label("app.kubernetes.io/name")).as(object.kind()).isEqualTo(service.name());
            assertThat(object.label("app.kubernetes.io/part-of")).as(object.kind()).isEqualTo("opendars");
        }
        assertThat(BASE.get("Deployment", service.name()).node()
                .path("spec").path("template").path("metadata").path("labels").path("app.kubernetes.io/name").asText())
                .isEqualTo(service.name());
    }

    @ParameterizedTest
    @MethodSource("services")
    void exposesTheContractPortThroughItsService(PlatformContract.ServiceSpec service) {
        JsonNode port = container(service.name()).path("ports").get(0);
        JsonNode servicePort = BASE.get("Service", service.name()).node().path("spec").path("ports").get(0);

        assertThat(port.path("containerPort").asInt()).isEqualTo(service.port());
        assertThat(servicePort.path("port").asInt()).isEqualTo(service.port());
        assertThat(servicePort.path("targetPort").asText()).isEqualTo(port.path("name").asText());
    }

    @ParameterizedTest
    @MethodSource("services")
    void scalesWithAnAutoscalingV2HorizontalPodAutoscaler(PlatformContract.ServiceSpec service) {
        Manifest autoscaler = BASE.get("HorizontalPodAutoscaler", service.name());
        JsonNode spec = autoscaler.node().path("spec");

        assertThat(autoscaler.apiVersion()).isEqualTo("autoscaling/v2");
        assertThat(spec.path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
        assertThat(spec.path("scaleTargetRef").path("name").asText()).isEqualTo(service.name());
        assertThat(spec.path("minReplicas").asInt()).isPositive().isLessThanOrEqualTo(spec.path("maxReplicas").asInt());
    }

    @Test
    void commitsNoSecret() {
        assertThat(BASE.ofKind("Secret")).isEmpty();
        assertThat(Manifests.under(ProjectPaths.DEV_OVERLAY).ofKind("Secret")).isEmpty();
    }

    @Test
    void keycloakImportsTheRealmFromTheOpendarsRealmConfigMap() {
        JsonNode pod = BASE.get("Deployment", "keycloak").node().path("spec").path("template").path("spec");

        assertThat(pod.path("containers").get(0).path("args").toString()).contains("--import-realm");
        assertThat(pod.path("volumes").findValuesAsText("name")).contains("opendars-realm");
    }
}
