# shellcheck shell=bash
# Shared helpers of ./dars: paths, output, process and readiness handling.
# Sourced by ./dars; expects DARS_ROOT to be set to the project root.

DARS_HOME="$DARS_ROOT/.dars"
DARS_DIST="$DARS_HOME/dist"
DARS_LOGS="$DARS_HOME/logs"
DARS_RUN="$DARS_HOME/run"
DARS_DATA="$DARS_HOME/data"
DARS_LOCAL="$DARS_ROOT/deploy/local"
DARS_TIMEOUT="${DARS_TIMEOUT:-180}"

if [[ -t 1 ]]; then
    C_OK=$'\e[32m' C_ERR=$'\e[31m' C_DIM=$'\e[2m' C_BOLD=$'\e[1m' C_OFF=$'\e[0m'
else
    C_OK='' C_ERR='' C_DIM='' C_BOLD='' C_OFF=''
fi

step() { printf '%s==>%s %s\n' "$C_BOLD" "$C_OFF" "$*"; }
ok()   { printf '    %sok%s  %s\n' "$C_OK" "$C_OFF" "$*"; }
note() { printf '    %s%s%s\n' "$C_DIM" "$*" "$C_OFF"; }
die()  { printf '%sERROR:%s %s\n' "$C_ERR" "$C_OFF" "$*" >&2; exit 1; }

prepare_home() {
    mkdir -p "$DARS_DIST" "$DARS_LOGS" "$DARS_RUN" "$DARS_DATA"
    # Keeps the whole runtime folder out of git even where the root .gitignore does not list it.
    [[ -f "$DARS_HOME/.gitignore" ]] || printf '*\n' > "$DARS_HOME/.gitignore"
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [[ $EUID -eq 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "'$*' needs root and sudo is not available"
    fi
}

# Runs a command as the postgres OS user, from a directory that user can read.
as_postgres() {
    if [[ $EUID -eq 0 ]]; then (cd / && runuser -u postgres -- "$@")
    else (cd / && sudo -u postgres "$@")
    fi
}

apt_install() {
    step "Installing Debian package(s): $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

require_tool() {
    local tool="$1" package="${2:-$1}"
    command -v "$tool" >/dev/null || apt_install "$package"
}

mvnw() { (cd "$DARS_ROOT" && ./mvnw "$@"); }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

now_ms() { date +%s%3N; }
elapsed_s() { awk -v s="$1" -v e="$(now_ms)" 'BEGIN { printf "%.1f", (e - s) / 1000 }'; }

pid_file() { printf '%s/%s.pid' "$DARS_RUN" "$1"; }

# Prints the pid of a component started by ./dars when it still runs; fails otherwise.
# The command line must mention the project root, so a recycled pid is never mistaken for ours.
running_pid() {
    local file pid
    file="$(pid_file "$1")"
    [[ -f "$file" ]] || return 1
    pid="$(<"$file")"
    [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF "$DARS_ROOT" || return 1
    printf '%s' "$pid"
}

# Starts a command as the leader of a new process group (setsid), so stopping the group stops all its children;
# output goes to .dars/logs.
start_process() {
    local name="$1"; shift
    local log="$DARS_LOGS/$name.log"
    printf '\n===== %s started by ./dars at %s =====\n' "$name" "$(date -u +%FT%TZ)" >> "$log"
    setsid "$@" >> "$log" 2>&1 < /dev/null &
    printf '%s' "$!" > "$(pid_file "$name")"
}

# Stops components together: each gets SIGTERM at once (a service's graceful shutdown takes seconds), then
# every process group gets up to 30 s before SIGKILL.
stop_processes() {
    local name pid waited=0
    local -A pids=()
    for name in "$@"; do
        if pid="$(running_pid "$name")"; then
            pids[$name]="$pid"
            kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        else
            rm -f "$(pid_file "$name")"
        fi
    done
    for name in "$@"; do
        [[ -n "${pids[$name]:-}" ]] || continue
        pid="${pids[$name]}"
        while kill -0 "$pid" 2>/dev/null || pgrep -g "$pid" >/dev/null 2>&1; do
            if (( waited >= 300 )); then
                kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
                note "$name did not stop within 30 s; killed"
                break
            fi
            sleep 0.1
            waited=$((waited + 1))
        done
        rm -f "$(pid_file "$name")"
        ok "$name stopped (pid $pid) after $(( waited / 10 )) s"
    done
}

# Waits until a probe command succeeds; fails with a pointer to the log when the process dies or time runs out.
# The optional third argument is when the component was launched (ms), so the reported time is its own.
wait_until() {
    local name="$1" probe="$2" started="${3:-}" pid
    [[ -n "$started" ]] || started="$(now_ms)"
    while ! eval "$probe" >/dev/null 2>&1; do
        if [[ -f "$(pid_file "$name")" ]] && ! pid="$(running_pid "$name")"; then
            fail_with_log "$name" "$name exited during start-up"
        fi
        if (( ($(now_ms) - started) / 1000 >= DARS_TIMEOUT )); then
            fail_with_log "$name" "$name was not ready within ${DARS_TIMEOUT} s (set DARS_TIMEOUT to wait longer)"
        fi
        sleep 0.5
    done
    ok "$name ready in $(elapsed_s "$started") s"
}

fail_with_log() {
    local log="$DARS_LOGS/$1.log"
    printf '%sERROR:%s %s. Last lines of %s:\n' "$C_ERR" "$C_OFF" "$2" "${log#"$DARS_ROOT"/}" >&2
    tail -n 25 "$log" 2>/dev/null | sed 's/^/    | /' >&2
    printf 'Full log: %s\n' "$log" >&2
    printf 'What did start keeps running: ./dars status shows it, ./dars down stops it.\n' >&2
    exit 1
}
