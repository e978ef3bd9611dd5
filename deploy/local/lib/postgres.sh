# shellcheck shell=bash
# PostgreSQL: the machine's Debian cluster, or an external database named by DARS_DB_URL.

DB_ROLE=opendars
DB_PASSWORD=opendars
DB_NAMES=(opendars opendars_test)
PG_STARTED_MARKER="$DARS_RUN/postgres.started-by-dars"

external_db() { [[ -n "${DARS_DB_URL:-}" ]]; }

db_jdbc_url()  { printf '%s' "${DARS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/opendars}"; }
db_user()      { printf '%s' "${DARS_DB_USER:-$DB_ROLE}"; }
db_password()  { printf '%s' "${DARS_DB_PASSWORD:-$DB_PASSWORD}"; }

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

# Role and databases are created only when missing, so this is safe on every run.
postgres_provision() {
    if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_ROLE'")" ]]; then
        psql_admin -c "CREATE ROLE $DB_ROLE LOGIN PASSWORD '$DB_PASSWORD'"
        ok "created role $DB_ROLE"
    fi
    local db
    for db in "${DB_NAMES[@]}"; do
        if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
            as_postgres createdb -O "$DB_ROLE" "$db"
            ok "created database $db"
        fi
    done
    ok "role $DB_ROLE and databases ${DB_NAMES[*]} present"
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
