# shellcheck shell=bash
# PostgreSQL: the machine's Debian cluster, or an external database named by DARS_DB_URL.

DB_NAMES=(opendars opendars_test)

# Each service logs in as a role of its own name that owns its schema and nothing else: no rights on another
# service's schema, no CREATE on the database or on public. The test database has the kit's test service too.
declare -A SERVICE_SCHEMA=([applications-service]=applications [approvals-service]=approvals
    [linkage-service]=linkage [extract-service]=extract)
declare -A TEST_ONLY_SCHEMA=([service-kit]=kit_test)
PG_STARTED_MARKER="$DARS_RUN/postgres.started-by-dars"

external_db() { [[ -n "${DARS_DB_URL:-}" ]]; }

db_jdbc_url()  { printf '%s' "${DARS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/opendars}"; }
# A service's login: its own role locally (the password is a local-stack convention, never used elsewhere); an
# external database names one role for all in DARS_DB_USER/DARS_DB_PASSWORD.
db_user()      { printf '%s' "${DARS_DB_USER:-$1}"; }
db_password()  { printf '%s' "${DARS_DB_PASSWORD:-$(db_local_password "$1")}"; }
db_local_password() { printf '%s-local' "$1"; }

pg_server_installed() { compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }

# "<version> <name>" of the cluster to use: the one on port 5432, else the first one.
pg_cluster() {
    pg_lsclusters -h 2>/dev/null | awk '$3 == 5432 { print $1, $2; found = 1; exit } END { if (!found) exit 1 }' \
        || pg_lsclusters -h 2>/dev/null | awk 'NR == 1 { print $1, $2 }'
}

pg_cluster_online() { pg_lsclusters -h 2>/dev/null | awk -v v="$1" -v n="$2" '$1 == v && $2 == n { print $4 }' | grep -q online; }

ensure_postgres_installed() {
    pg_server_installed || apt_install postgresql
    if [[ -z "$(pg_cluster)" ]]; then
        local version
        version="$(basename "$(dirname "$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/postgres' | sort -V | tail -n 1)")")")"
        step "Creating PostgreSQL cluster $version main"
        as_root pg_createcluster "$version" main >/dev/null
    fi
}

# Starts the cluster when it is down; sets PG_STARTED_NOW=1 when this call started it.
PG_STARTED_NOW=0
postgres_start() {
    local version name started
    ensure_postgres_installed
    read -r version name <<< "$(pg_cluster)"
    if pg_cluster_online "$version" "$name"; then
        ok "PostgreSQL $version/$name already running"
        return 0
    fi
    started="$(now_ms)"
    as_root pg_ctlcluster "$version" "$name" start
    local tries=0
    until as_postgres pg_isready -q -h 127.0.0.1 -p 5432; do
        (( tries++ < 60 )) || die "PostgreSQL $version/$name did not accept connections; see /var/log/postgresql/postgresql-$version-$name.log"
        sleep 0.5
    done
    ok "PostgreSQL $version/$name started in $(elapsed_s "$started") s"
    PG_STARTED_NOW=1
}

postgres_stop() {
    local version name
    read -r version name <<< "$(pg_cluster)"
    as_root pg_ctlcluster "$version" "$name" stop
    ok "PostgreSQL $version/$name stopped"
}

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -tA "$@"; }

# Roles, databases and schemas are created only when missing, so this is safe on every run. A schema owned by
# anyone but its service's role (as every schema was before roles were separated) is dropped and made anew: its
# tables would belong to the wrong role; Flyway and the demo data rebuild it.
postgres_provision() {
    local role db schema
    for role in "${!SERVICE_SCHEMA[@]}" "${!TEST_ONLY_SCHEMA[@]}"; do
        if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]]; then
            psql_admin -c "CREATE ROLE \"$role\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD '$(db_local_password "$role")'"
            ok "created role $role"
        fi
    done
    for db in "${DB_NAMES[@]}"; do
        if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
            as_postgres createdb "$db"
            ok "created database $db"
        fi
        psql_admin -d "$db" -c "REVOKE ALL ON DATABASE $db FROM PUBLIC" -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC"
        for role in "${!SERVICE_SCHEMA[@]}"; do
            provision_schema "$db" "$role" "${SERVICE_SCHEMA[$role]}"
        done
    done
    for role in "${!TEST_ONLY_SCHEMA[@]}"; do
        provision_schema opendars_test "$role" "${TEST_ONLY_SCHEMA[$role]}"
    done
    ok "databases ${DB_NAMES[*]}: a role and schema per service"
}

provision_schema() {
    local db="$1" role="$2" schema="$3" owner
    owner="$(psql_admin -d "$db" -c "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = '$schema'")"
    if [[ -n "$owner" && "$owner" != "$role" ]]; then
        psql_admin -d "$db" -c "SET client_min_messages = warning" -c "DROP SCHEMA $schema CASCADE"
        note "schema $db.$schema belonged to $owner: dropped, to be rebuilt by $role"
        owner=""
    fi
    if [[ -z "$owner" ]]; then
        psql_admin -d "$db" -c "CREATE SCHEMA $schema AUTHORIZATION \"$role\""
    fi
    psql_admin -d "$db" -c "GRANT CONNECT, TEMPORARY ON DATABASE $db TO \"$role\""
}

# Bumped when the services' migrations were rewritten rather than added to (pre-release only): the local stack's
# service schemas are then dropped once, so Flyway builds them anew instead of refusing changed checksums.
SCHEMA_EPOCH=3
SERVICE_SCHEMAS=(applications approvals linkage extract)

postgres_reset_schemas_on_new_epoch() {
    local marker="$DARS_DATA/schema-epoch"
    [[ "$(cat "$marker" 2>/dev/null)" == "$SCHEMA_EPOCH" ]] && return 0
    local schema
    for schema in "${SERVICE_SCHEMAS[@]}"; do
        psql_admin -d opendars -c "SET client_min_messages = warning" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null
    done
    postgres_provision
    printf '%s\n' "$SCHEMA_EPOCH" > "$marker"
    ok "service schemas reset for schema epoch $SCHEMA_EPOCH (demo data is loaded again)"
}

postgres_up() {
    step "PostgreSQL"
    if external_db; then
        [[ -n "${DARS_DB_USER:-}" && -n "${DARS_DB_PASSWORD:-}" ]] \
            || die "DARS_DB_URL is set, so DARS_DB_USER and DARS_DB_PASSWORD must be set too"
        ok "using external database $DARS_DB_URL (nothing started)"
        return 0
    fi
    postgres_start
    if (( PG_STARTED_NOW )); then : > "$PG_STARTED_MARKER"; fi
    postgres_provision
    postgres_reset_schemas_on_new_epoch
}

postgres_down() {
    if [[ -f "$PG_STARTED_MARKER" ]]; then
        postgres_stop
        rm -f "$PG_STARTED_MARKER"
    else
        note "PostgreSQL left as it was (not started by ./dars up)"
    fi
}

postgres_status() {
    if external_db; then
        printf '%-22s %-9s %s\n' postgresql external "$DARS_DB_URL"
        return
    fi
    local version name state=absent
    if pg_server_installed && read -r version name <<< "$(pg_cluster)" && [[ -n "$version" ]]; then
        pg_cluster_online "$version" "$name" && state=running || state=stopped
    fi
    local by=""
    [[ -f "$PG_STARTED_MARKER" ]] && by=" (started by ./dars up)"
    printf '%-22s %-9s %s\n' postgresql "$state" "127.0.0.1:5432 ${version:-}/${name:-}$by"
}
