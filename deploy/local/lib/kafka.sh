# shellcheck shell=bash
# Kafka: one KRaft node (broker and controller in one process) from the Maven Central jars.

KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_PARTITIONS="${DARS_KAFKA_PARTITIONS:-3}"
KAFKA_LIBS="$DARS_DIST/kafka/libs"
KAFKA_DATA="$DARS_DATA/kafka"
KAFKA_CONFIG="$DARS_HOME/kafka/server.properties"

kafka_fetch() {
    compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null && return 0
    step "Fetching Kafka jars from Maven Central (once)"
    mvnw -B -q -f deploy/local/runtime/pom.xml dependency:copy-dependencies@kafka "-Ddars.home=$DARS_HOME" \
        || die "could not fetch the Kafka jars (see the Maven output above)"
}

kafka_write_config() {
    mkdir -p "$(dirname "$KAFKA_CONFIG")" "$KAFKA_DATA"
    cat > "$KAFKA_CONFIG" <<PROPERTIES
# Written by ./dars on every start; edit deploy/local/lib/kafka.sh instead.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DATA/logs
num.partitions=$KAFKA_PARTITIONS
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
PROPERTIES
}

kafka_java() { java -Xms128m -Xmx512m -cp "$KAFKA_LIBS/*" "$@"; }

kafka_format_once() {
    [[ -f "$KAFKA_DATA/logs/meta.properties" ]] && return 0
    local cluster_id
    cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)"
    kafka_java kafka.tools.StorageTool format --ignore-formatted -t "$cluster_id" -c "$KAFKA_CONFIG" \
        >> "$DARS_LOGS/kafka.log" 2>&1 || fail_with_log kafka "formatting the Kafka storage failed"
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
    local topics
    mapfile -t topics < <(grep -v -e '^#' -e '^$' "$DARS_LOCAL/kafka/topics.txt")
    java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$KAFKA_LIBS/*" \
        "$DARS_LOCAL/kafka/CreateTopics.java" "127.0.0.1:$KAFKA_PORT" "$KAFKA_PARTITIONS" "${topics[@]}" \
        | sed 's/^/    ok  topics: /' || die "could not create the Kafka topics (is the broker on $KAFKA_PORT healthy?)"
}

kafka_status() {
    local pid state=stopped
    if pid="$(running_pid kafka)"; then state="running"
    elif port_open "$KAFKA_PORT"; then state="external"
    fi
    printf '%-22s %-9s %s\n' kafka "$state" "127.0.0.1:$KAFKA_PORT${pid:+ (pid $pid)}"
}
