# shellcheck shell=bash
# Kafka: one KRaft node (broker and controller in one process) from the Maven Central jars.

KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_PARTITIONS="${DARS_KAFKA_PARTITIONS:-3}"
KAFKA_LIBS="$DARS_DIST/kafka/libs"
KAFKA_DATA="$DARS_DATA/kafka"
KAFKA_CONFIG="$DARS_HOME/kafka/server.properties"
KAFKA_ADMIN_CONFIG="$DARS_HOME/kafka/admin.properties"
# Marks a storage formatted with the admin's SCRAM credential; storage from before authentication is reformatted.
KAFKA_SASL_MARKER="$KAFKA_DATA/sasl-scram"

# Every client authenticates (SASL/SCRAM-SHA-512) and the broker's authorizer allows only what principals.txt
# grants: each service writes its own topics and reads those it consumes. Passwords are made on first use and kept
# beside the stack's data.
kafka_password() { local_master_key "kafka-$1"; }
kafka_jaas() {
    printf 'org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="%s";' \
        "$1" "$(kafka_password "$1")"
}

# The environment a service needs to reach the broker as its own principal, one NAME=value per line.
kafka_client_environment() {
    printf 'KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT\nKAFKA_SASL_MECHANISM=SCRAM-SHA-512\nKAFKA_SASL_JAAS_CONFIG=%s\n' \
        "$(kafka_jaas "$1")"
}

kafka_fetch() {
    compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null && return 0
    step "Fetching Kafka jars from Maven Central (once)"
    mvnw -B -q -f deploy/local/runtime/pom.xml dependency:copy-dependencies@kafka "-Ddars.home=$DARS_HOME" \
        || die "could not fetch the Kafka jars (see the Maven output above)"
}

kafka_write_config() {
    mkdir -p "$(dirname "$KAFKA_CONFIG")" "$KAFKA_DATA"
    local admin_password
    admin_password="$(kafka_password admin)"
    cat > "$KAFKA_CONFIG" <<PROPERTIES
# Written by ./dars on every start; edit deploy/local/lib/kafka.sh instead.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=SASL_PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=SASL_PLAINTEXT
# Clients and the broker itself use SCRAM; the controller listener cannot (its credentials live in the metadata it
# serves), so it takes the admin alone with PLAIN.
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$admin_password" user_admin="$admin_password";
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=$(kafka_jaas admin)
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=$KAFKA_DATA/logs
num.partitions=$KAFKA_PARTITIONS
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPERTIES
    chmod 600 "$KAFKA_CONFIG"
    (umask 077 && cat > "$KAFKA_ADMIN_CONFIG" <<PROPERTIES
bootstrap.servers=127.0.0.1:$KAFKA_PORT
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$(kafka_jaas admin)
PROPERTIES
    )
}

kafka_java() { java -Xms128m -Xmx512m -cp "$KAFKA_LIBS/*" "$@"; }

kafka_format_once() {
    if [[ -f "$KAFKA_DATA/logs/meta.properties" && ! -f "$KAFKA_SASL_MARKER" ]]; then
        note "the broker's storage predates authentication: formatting it anew (local events are dropped)"
        rm -rf "$KAFKA_DATA/logs"
    fi
    [[ -f "$KAFKA_DATA/logs/meta.properties" ]] && return 0
    local cluster_id
    cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)"
    kafka_java kafka.tools.StorageTool format --ignore-formatted -t "$cluster_id" -c "$KAFKA_CONFIG" \
        --add-scram "SCRAM-SHA-512=[name=admin,password=$(kafka_password admin)]" \
        >> "$DARS_LOGS/kafka.log" 2>&1 || fail_with_log kafka "formatting the Kafka storage failed"
    : > "$KAFKA_SASL_MARKER"
}

kafka_start() {
    step "Kafka (KRaft) on 127.0.0.1:$KAFKA_PORT"
    if running_pid kafka >/dev/null; then ok "kafka already running"; return 0; fi
    if port_open "$KAFKA_PORT"; then
        note "port $KAFKA_PORT is already in use by a process not started by ./dars; using that broker"
        return 0
    fi
    kafka_fetch
    kafka_write_config
    kafka_format_once
    KAFKA_LAUNCHED="$(now_ms)"
    start_process kafka java -Xms256m -Xmx512m -Dorg.slf4j.simpleLogger.showDateTime=true \
        -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONFIG"
    note "starting (pid $(<"$(pid_file kafka)"), log .dars/logs/kafka.log)"
}

kafka_wait_and_create_topics() {
    wait_until kafka "port_open $KAFKA_PORT" "${KAFKA_LAUNCHED:-}"
    local principals=() principal
    for principal in "${SERVICES[@]}"; do principals+=("$principal=$(kafka_password "$principal")"); done
    java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$KAFKA_LIBS/*" "$DARS_LOCAL/kafka/KafkaAccess.java" \
        "$KAFKA_ADMIN_CONFIG" "$KAFKA_PARTITIONS" "$DARS_LOCAL/kafka/principals.txt" "$DARS_LOCAL/kafka/topics.txt" \
        "${principals[@]}" | sed 's/^/    ok  kafka: /' \
        || die "could not set up the Kafka topics, users and ACLs (is the broker on $KAFKA_PORT healthy?)"
}

kafka_status() {
    local pid state=stopped
    if pid="$(running_pid kafka)"; then state="running"
    elif port_open "$KAFKA_PORT"; then state="external"
    fi
    printf '%-22s %-9s %s\n' kafka "$state" "127.0.0.1:$KAFKA_PORT${pid:+ (pid $pid)}"
}
