# shellcheck shell=bash
# The four OpenDARS services, run as production fast-jars.

SERVICES=(applications-service approvals-service linkage-service extract-service)
declare -A SERVICE_PORT=(
    [applications-service]=8081 [approvals-service]=8082 [linkage-service]=8083 [extract-service]=8084
)
# A small, shrinking heap, the serial collector and the C1 compiler only: each service stays near 200 MB resident
# idle and under 300 MB under the fault test (docs/benchmarks.md); the bulk work runs in PostgreSQL, not the JVM.
read -r -a SERVICE_JAVA_OPTS <<< "${DARS_SERVICE_JAVA_OPTS:--Xms48m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=32m -Xss256k -XX:MaxDirectMemorySize=64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}"

service_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar' "$DARS_ROOT" "$1"; }

# A jar is stale when any source or pom it is built from is newer; linkage-service's
# directory also holds the engine module, which it embeds.
service_jar_stale() {
    local jar
    jar="$(service_jar "$1")"
    [[ -f "$jar" ]] || return 0
    [[ "$DARS_ROOT/pom.xml" -nt "$jar" ]] && return 0
    [[ -n "$(find "$DARS_ROOT/$1" -path '*/target' -prune -o -type f -newer "$jar" -print -quit)" ]]
}

services_build() {
    local service stale=()
    for service in "${SERVICES[@]}"; do
        [[ -d "$DARS_ROOT/$service" ]] || die "module $service is missing from the project"
        if service_jar_stale "$service"; then stale+=("$service"); fi
    done
    if (( ${#stale[@]} == 0 )); then
        ok "service jars are up to date"
        return 0
    fi
    # Rebuilding replaces the jars under running services, which breaks them: only build a stopped stack.
    if any_service_running; then
        note "out of date but not rebuilt while services run: ${stale[*]} (./dars down && ./dars up rebuilds)"
        return 0
    fi
    step "Building service jars (out of date: ${stale[*]})"
    local started
    started="$(now_ms)"
    mvnw -q -DskipTests package -pl applications-service,approvals-service,linkage-service,extract-service,deploy/local/release-tools -am \
        || die "the build failed (see the Maven output above); fix it or run './dars up --infra' for the infrastructure only"
    for service in "${SERVICES[@]}"; do
        [[ -f "$(service_jar "$service")" ]] || die "the build did not produce $(service_jar "$service")"
    done
    ok "built in $(elapsed_s "$started") s"
}

# The platform contract's environment of a service, one NAME=value per line.
service_environment() {
    local service="$1"
    cat <<SETTINGS
QUARKUS_HTTP_PORT=${SERVICE_PORT[$service]}
QUARKUS_DATASOURCE_JDBC_URL=$(db_jdbc_url)
QUARKUS_DATASOURCE_USERNAME=$(db_user "$service")
QUARKUS_DATASOURCE_PASSWORD=$(db_password "$service")
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT
QUARKUS_OIDC_AUTH_SERVER_URL=$REALM_URL
QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL=$REALM_URL
QUARKUS_OIDC_CLIENT_CLIENT_ID=$service
QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET=$service-secret
DARS_DEMO_DATA=true
DARS_JSON_LOGS=false
DARS_LINKAGE_URL=http://localhost:${SERVICE_PORT[linkage-service]}
SETTINGS
    kafka_client_environment "$service"
    # Only the extract service holds the key that seals its files' data keys.
    if [[ "$service" == extract-service ]]; then
        printf 'DARS_EXTRACT_MASTER_KEY=%s\n' "$(extract_master_key)"
    fi
    # Only the linkage service holds the key that seals the organisations' pseudonymisation keys.
    if [[ "$service" == linkage-service ]]; then
        printf 'DARS_LINKAGE_MASTER_KEY=%s\n' "$(local_master_key linkage-master-key)"
    fi
}

# The local stack's extract master key.
extract_master_key() { local_master_key extract-master-key; }

# A local stack master key: 32 random bytes made on first use, kept beside the stack's data, readable by its owner.
local_master_key() {
    local file="$DARS_DATA/$1"
    if [[ ! -s "$file" ]]; then
        (umask 077 && head -c 32 /dev/urandom | base64 > "$file")
    fi
    tr -d '\n' < "$file"
}

any_service_running() {
    local service
    for service in "${SERVICES[@]}"; do
        if running_pid "$service" >/dev/null; then return 0; fi
    done
    return 1
}

service_start() {
    local service="$1" port="${SERVICE_PORT[$1]}"
    if running_pid "$service" >/dev/null; then ok "$service already running"; return 0; fi
    [[ -f "$(service_jar "$service")" ]] || die "$(service_jar "$service") is missing: run ./dars up without --no-build"
    port_open "$port" && die "port $port (for $service) is already in use by a process not started by ./dars"
    local settings
    mapfile -t settings < <(service_environment "$service")
    local heap=()
    # Linking a release holds its records and the person index in memory: linkage-service gets the larger heap.
    [[ "$service" == linkage-service ]] && heap=("${DARS_LINKAGE_HEAP:--Xmx1g}")
    start_process "$service" env "${settings[@]}" MALLOC_ARENA_MAX=2 java "${SERVICE_JAVA_OPTS[@]}" "${heap[@]}" -jar "$(service_jar "$service")"
    note "$service starting on port $port (pid $(<"$(pid_file "$service")"), log .dars/logs/$service.log)"
}

services_start() {
    step "Services"
    local service launched
    launched="$(now_ms)"
    for service in "${SERVICES[@]}"; do service_start "$service"; done
    for service in "${SERVICES[@]}"; do
        wait_until "$service" "curl -sf -o /dev/null http://localhost:${SERVICE_PORT[$service]}/q/health/ready" "$launched"
    done
}

services_status() {
    local service pid state port
    for service in "${SERVICES[@]}"; do
        port="${SERVICE_PORT[$service]}"
        state=stopped
        if pid="$(running_pid "$service")"; then
            state=starting
            curl -sf -o /dev/null "http://localhost:$port/q/health/ready" && state=ready
        else
            pid=""
        fi
        printf '%-22s %-9s %s\n' "$service" "$state" "http://localhost:$port${pid:+ (pid $pid)}"
    done
}
