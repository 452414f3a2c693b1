#!/usr/bin/env bash
# After the build: create the demo tenant once, run nexus-server in the background, open nexus-pos enrolled
# against it, and stop the server when the client exits.
#   installer/run-demo-stack.sh BUILD_DIR DATA_ROOT [extra nexus-pos options…]
# Env: NEXUS_PORT (default 8443), NEXUS_DEMO_PARTS (default 1546976).
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 BUILD_DIR DATA_ROOT [nexus-pos options…]" >&2
    exit 2
fi
BIN="$(cd "$1" && pwd)/bin"
mkdir -p "$2"
DATA_ROOT="$(cd "$2" && pwd)"
shift 2
PORT="${NEXUS_PORT:-8443}"
PARTS="${NEXUS_DEMO_PARTS:-1546976}"
SERVER_DATA="$DATA_ROOT/server"
POS_DATA="$DATA_ROOT/pos"
DEMO="$DATA_ROOT/demo-data"
LOG="$DATA_ROOT/server.log"
URL="https://127.0.0.1:$PORT"
CA="$SERVER_DATA/tls/cert.pem"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'run-demo-stack: %s\n' "$*" >&2; exit 1; }

for exe in nexus-admin nexus-server nexus-pos; do
    [ -x "$BIN/$exe" ] || die "$BIN/$exe is missing: build first"
done
for tool in curl sqlite3; do
    command -v "$tool" >/dev/null || die "$tool is missing: apt-get install $tool"
done
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    die "no \$DISPLAY: run it under a virtual X server, e.g.  xvfb-run -a ./installer/run-demo.sh
    (or: xvfb-run -a $0 ${BIN%/bin} $DATA_ROOT)"
fi

# 1. The demo tenant, once. The dataset is generated aside and renamed, so an interrupted run starts over cleanly.
tenants="$("$BIN/nexus-admin" tenant list --data "$SERVER_DATA" --json)"
if [[ "$tenants" != *'"slug":"demo"'* ]]; then
    if [ ! -f "$DEMO/tenant.db" ] || [ ! -f "$DEMO/catalog.db" ]; then
        log "generating the demo dataset ($PARTS parts) into $DEMO"
        rm -rf "$DEMO.partial"
        "$BIN/nexus-admin" demo-data --out "$DEMO.partial" --parts "$PARTS" --seed 1
        rm -rf "$DEMO"
        mv "$DEMO.partial" "$DEMO"
    fi
    log "creating the tenant demo from $DEMO"
    "$BIN/nexus-admin" tenant create --data "$SERVER_DATA" --slug demo --name "Refaccionaria Demo" --import "$DEMO"
fi
# The catalogue snapshot new counters download on their first start (built once; rebuilt by HQ when it changes).
if ! "$BIN/nexus-admin" snapshot show --data "$SERVER_DATA" --tenant demo >/dev/null 2>&1; then
    log "building the catalogue snapshot for new counters"
    "$BIN/nexus-admin" snapshot build --data "$SERVER_DATA" --tenant demo
fi

# 2. The server in the background; whatever happens from here on, it is stopped on the way out.
SERVER_PID=""
POS_PID=""
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    if [ -n "$POS_PID" ]; then
        kill "$POS_PID" 2>/dev/null || true
        wait "$POS_PID" 2>/dev/null || true
    fi
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        log "stopping nexus-server"
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "starting nexus-server on $URL (log: $LOG)"
"$BIN/nexus-server" --data "$SERVER_DATA" --listen "127.0.0.1:$PORT" >>"$LOG" 2>&1 &
SERVER_PID=$!
healthy=""
for _ in $(seq 1 150); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        tail -n 5 "$LOG" >&2
        SERVER_PID=""
        die "nexus-server stopped; is port $PORT in use? (NEXUS_PORT=… picks another)"
    fi
    if [ -f "$CA" ] && curl -fsS --max-time 2 --cacert "$CA" "$URL/v1/health" >/dev/null 2>&1; then
        healthy=1
        break
    fi
    sleep 0.2
done
[ -n "$healthy" ] || die "nexus-server did not answer $URL/v1/health within 30 s (see $LOG)"

# 3. The client: enrolled on its first start with a fresh one-time code, as it is already afterwards.
device_id=""
if [ -f "$POS_DATA/nexus.db" ]; then
    device_id="$(sqlite3 -readonly "$POS_DATA/nexus.db" "SELECT value FROM settings WHERE key = 'device_id'" 2>/dev/null || true)"
fi
if [ -z "$device_id" ]; then
    branch="$(sqlite3 -readonly "$SERVER_DATA/tenants/demo/tenant.db" "SELECT code FROM branches ORDER BY rowid LIMIT 1")"
    [ -n "$branch" ] || die "the demo tenant has no branch"
    code="$("$BIN/nexus-admin" enroll-code --data "$SERVER_DATA" --tenant demo --branch "$branch")"
    log "opening nexus-pos, enrolling it into branch $branch"
    "$BIN/nexus-pos" --data "$POS_DATA" --server "$URL" --enroll-code "$code" --ca "$CA" "$@" &
else
    # The branch's year of demo sales, copied once into the counter so its dashboard and reports have history.
    imported="$(sqlite3 -readonly "$POS_DATA/nexus.db" "SELECT value FROM settings WHERE key = 'demo_history'" 2>/dev/null || true)"
    if [ -z "$imported" ]; then
        log "copying the branch's demo sales history into the counter"
        if "$BIN/nexus-admin" demo-history --tenant-db "$SERVER_DATA/tenants/demo/tenant.db" --pos-data "$POS_DATA"; then
            sqlite3 "$POS_DATA/nexus.db" "INSERT OR REPLACE INTO settings (key, value) VALUES ('demo_history', '1')"
        fi
    fi
    log "opening nexus-pos (device $device_id)"
    "$BIN/nexus-pos" --data "$POS_DATA" "$@" &
fi
POS_PID=$!
status=0
wait "$POS_PID" || status=$?
POS_PID=""
exit "$status"
