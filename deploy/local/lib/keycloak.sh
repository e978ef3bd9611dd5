# shellcheck shell=bash
# Keycloak: the Maven Central distribution in dev mode, with the realm kept in deploy/local/keycloak.

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_PORT=8180
KEYCLOAK_MANAGEMENT_PORT=9180
KEYCLOAK_HOME="$DARS_DIST/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_REALM_FILE="$DARS_LOCAL/keycloak/opendars-realm.json"
# The issuer must be exactly this string wherever tokens are checked: localhost, not 127.0.0.1.
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
REALM_URL="$KEYCLOAK_URL/realms/opendars"
TOKEN_URL="$REALM_URL/protocol/openid-connect/token"

keycloak_fetch() {
    [[ -x "$KEYCLOAK_HOME/bin/kc.sh" ]] && return 0
    step "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once, about 180 MB)"
    mvnw -B -q -f deploy/local/runtime/pom.xml dependency:unpack@keycloak "-Ddars.home=$DARS_HOME" \
        || die "could not fetch Keycloak (see the Maven output above)"
}

# --import-realm skips a realm that already exists, so a changed realm file needs a fresh database.
keycloak_refresh_realm() {
    local import_dir="$KEYCLOAK_HOME/data/import" stamp="$DARS_RUN/keycloak-realm.sha256" wanted
    wanted="$(sha256sum "$KEYCLOAK_REALM_FILE" | cut -d' ' -f1)"
    if [[ -f "$stamp" && "$(<"$stamp")" != "$wanted" ]]; then
        note "realm file changed since the last import: resetting the Keycloak database"
        rm -rf "$KEYCLOAK_HOME/data/h2"
    fi
    mkdir -p "$import_dir"
    cp "$KEYCLOAK_REALM_FILE" "$import_dir/opendars-realm.json"
    printf '%s' "$wanted" > "$stamp"
}

keycloak_start() {
    step "Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL"
    if running_pid keycloak >/dev/null; then ok "keycloak already running"; return 0; fi
    if port_open "$KEYCLOAK_PORT"; then
        note "port $KEYCLOAK_PORT is already in use by a process not started by ./dars; using it as Keycloak"
        return 0
    fi
    keycloak_fetch
    keycloak_refresh_realm
    KEYCLOAK_LAUNCHED="$(now_ms)"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
        start_process keycloak "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
        --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
        --health-enabled=true --import-realm
    note "starting (pid $(<"$(pid_file keycloak)"), log .dars/logs/keycloak.log; the first start takes about a minute)"
}

keycloak_wait() {
    wait_until keycloak "curl -sf -o /dev/null '$REALM_URL/.well-known/openid-configuration'" "${KEYCLOAK_LAUNCHED:-}"
}

keycloak_status() {
    local pid state=stopped
    if pid="$(running_pid keycloak)"; then state="running"
    elif port_open "$KEYCLOAK_PORT"; then state="external"
    fi
    printf '%-22s %-9s %s\n' keycloak "$state" "$REALM_URL${pid:+ (pid $pid)}"
}
