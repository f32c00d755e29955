#!/usr/bin/env bash
# The reference deployment on this machine: PostgreSQL (a schema of its own), two Pejling instances
# and nginx in front of them (deploy/nginx/pejling.conf). See docs/operations.md, "Reference deployment".
#
#   bench/two-nodes.sh start            fresh schema, build if needed, instance a, then b, then nginx
#   bench/two-nodes.sh stop             stops nginx and both instances (SIGTERM, then SIGKILL after 30 s)
#   bench/two-nodes.sh status           what runs, and each instance's readiness
#   bench/two-nodes.sh up               exit 0 when both instances are ready and nginx runs
#   bench/two-nodes.sh start-instance a|b   (again) after a drill killed it; waits for readiness
#   bench/two-nodes.sh start-nginx          nginx alone, when a start was cut short after the instances
#   bench/two-nodes.sh kill a|b         kill -9 of one instance (for drills)
#
# Settings (environment):
#   TWO_NODES_PORT=8200 TWO_NODES_PORT_A=8201 TWO_NODES_PORT_B=8202   (put into a copy of deploy/nginx/pejling.conf)
#   TWO_NODES_DIR=target/two-nodes      data directories, logs, pid files and nginx's prefix
#   TWO_NODES_PG_URL=jdbc:postgresql://127.0.0.1:5432/test  TWO_NODES_PG_SCHEMA=pejling_drills
#   TWO_NODES_PG_USER=postgres  TWO_NODES_PG_PASSWORD=
#   TWO_NODES_FRESH=1                   drop and create the schema at start (0: keep the data)
#   TWO_NODES_DEMO=true                 the demo data (loaded by the first instance)
#   TWO_NODES_TOKEN=<24+ characters>    the bootstrap administrator's API token (drills use it)
#   JAVA_OPTS=-Xmx512m                  for each instance
# Needs: a JDK 21+, nginx (Debian: the nginx package; its own service is left alone), psql, curl.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${TWO_NODES_PORT:-8200}
PORT_A=${TWO_NODES_PORT_A:-8201}
PORT_B=${TWO_NODES_PORT_B:-8202}
DIR=${TWO_NODES_DIR:-$ROOT/target/two-nodes}
PG_URL=${TWO_NODES_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_SCHEMA=${TWO_NODES_PG_SCHEMA:-pejling_drills}
PG_USER=${TWO_NODES_PG_USER:-postgres}
PG_PASSWORD=${TWO_NODES_PG_PASSWORD:-}
TOKEN=${TWO_NODES_TOKEN:-two-nodes-drill-token-0123456789}
export JAVA_OPTS=${JAVA_OPTS:--Xmx512m}

. bin/jdk.sh
use_jdk_21_or_newer
app_jar() { ls "$ROOT"/target/app/pejling-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1; }
CACHE_OPTIONS=()

log() { printf '[two-nodes %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# psql's own connection settings, taken from the JDBC URL (host, port, database).
pg_psql() {
    local rest=${PG_URL#jdbc:postgresql://} hostport db
    hostport=${rest%%/*}; db=${rest#*/}; db=${db%%\?*}
    PGPASSWORD=$PG_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h "${hostport%%:*}" -p "${hostport##*:}" -U "$PG_USER" -d "$db" "$@"
}

port_of() { case $1 in a) echo "$PORT_A" ;; b) echo "$PORT_B" ;; *) echo "instance a or b" >&2; exit 2 ;; esac; }
pid_of() { cat "$DIR/$1/pid" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; }

# Ready means: migrations and demo data are in (the readiness group where the application has one,
# else the health endpoint, which since BeforeServing answers only after the demo data).
ready() {
    local port=$1
    curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" \
        || { [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness") == 404 ]] \
             && curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; }
}

wait_ready() {
    local name=$1 port seconds=${2:-240}
    port=$(port_of "$name")
    for _ in $(seq 1 $((seconds * 5))); do
        if ready "$port"; then
            return 0
        fi
        alive "$name" || { log "instance $name died; see $DIR/$name/app.log"; tail -n 20 "$DIR/$name/app.log" >&2; return 1; }
        sleep 0.2
    done
    log "instance $name was not ready within $seconds s"
    return 1
}

start_instance() {
    local name=$1 port cache
    port=$(port_of "$name")
    APP_JAR=$(app_jar)
    [[ -n $APP_JAR ]] || { log "no prepared jar: run ./pejling --prepare (bench/two-nodes.sh start does)"; exit 1; }
    cache=$(ls "$ROOT"/target/app/pejling-jdk*.aot "$ROOT"/target/app/pejling-jdk*.jsa 2>/dev/null | head -n 1 || true)
    case $cache in *.aot) CACHE_OPTIONS=(-XX:AOTCache="$cache") ;; *.jsa) CACHE_OPTIONS=(-XX:SharedArchiveFile="$cache") ;; esac
    if alive "$name"; then
        log "instance $name runs already (pid $(pid_of "$name"))"
        return 0
    fi
    mkdir -p "$DIR/$name/data"
    # Each instance its own data directory (search index, keys); everything they must share is in the
    # database: sessions, locks, report jobs, import previews, documents (docs/operations.md, "Instances").
    (
        export PEJLING_INSTANCE_ID=$name SERVER_PORT=$port
        export PEJLING_DB_URL="$PG_URL?currentSchema=$PG_SCHEMA" PEJLING_DB_USER=$PG_USER PEJLING_DB_PASSWORD=$PG_PASSWORD
        export PEJLING_DATA_DIR=$DIR/$name/data
        export PEJLING_DEMO_DATA=${TWO_NODES_DEMO:-true}
        export PEJLING_BOOTSTRAP_ADMIN_TOKEN=$TOKEN
        export PEJLING_TRUSTED_PROXIES=127.0.0.1
        export PEJLING_BASE_URL=http://localhost:$PORT
        export PEJLING_AUDIT_RETENTION_KEY=two-nodes-shared-retention-key
        export PEJLING_STORAGE=${PEJLING_STORAGE:-database} PEJLING_SESSION_STORE=database
        # The jar and start-up cache that `./pejling --prepare` made at start; not ./pejling itself, which
        # would rebuild in the middle of a drill when a source changed since.
        exec setsid "$JAVA_HOME/bin/java" "${CACHE_OPTIONS[@]}" $JAVA_OPTS -jar "$APP_JAR" >>"$DIR/$name/app.log" 2>&1 </dev/null
    ) &
    echo $! >"$DIR/$name/pid"
    log "instance $name starting on port $port (pid $!, log $DIR/$name/app.log)"
}

start_nginx() {
    mkdir -p "$DIR/nginx/logs" "$DIR/nginx/temp"
    cat >"$DIR/nginx/nginx.conf" <<CONF
# Generated by bench/two-nodes.sh: a private nginx (own prefix, pid and logs), not the system's.
worker_processes 1;
pid $DIR/nginx/nginx.pid;
error_log $DIR/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    # upstream_addr lists both instances when nginx passed a request on (the drills count those).
    log_format drill '\$msec \$request_method "\$request_uri" \$status \$request_time '
                     '"\$upstream_addr" "\$upstream_status" \$upstream_response_time';
    access_log $DIR/nginx/logs/access.log drill;
    client_body_temp_path $DIR/nginx/temp/body;
    proxy_temp_path $DIR/nginx/temp/proxy;
    fastcgi_temp_path $DIR/nginx/temp/fastcgi;
    uwsgi_temp_path $DIR/nginx/temp/uwsgi;
    scgi_temp_path $DIR/nginx/temp/scgi;
    include /etc/nginx/mime.types;
    include $DIR/nginx/pejling.conf;
}
CONF
    # deploy/nginx/pejling.conf unchanged but for the ports, so TWO_NODES_PORT* move nginx and the upstream too.
    sed -e "s/127.0.0.1:8201/127.0.0.1:$PORT_A/; s/127.0.0.1:8202/127.0.0.1:$PORT_B/; s/listen 8200;/listen $PORT;/" \
        "$ROOT/deploy/nginx/pejling.conf" >"$DIR/nginx/pejling.conf"
    if [[ $(id -u) == 0 ]]; then
        sed -i '1a user root;' "$DIR/nginx/nginx.conf" # the temp paths under target/ are root's
    fi
    nginx -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -t 2>/dev/null || nginx -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -t
    nginx -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf"
    log "nginx on port $PORT (logs $DIR/nginx/logs)"
}

nginx_alive() {
    local pid
    pid=$(cat "$DIR/nginx/nginx.pid" 2>/dev/null || true)
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

# Up = both instances ready and nginx running; the drills start the deployment otherwise.
up() {
    alive a && alive b && nginx_alive && ready "$PORT_A" && ready "$PORT_B"
}

stop_pid() {
    local pid=$1 what=$2
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || { log "$what stopped"; return 0; }; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    log "$what killed after 30 s"
}

case ${1:-} in
    start)
        command -v nginx >/dev/null || { echo "two-nodes: nginx is needed (apt-get install nginx)" >&2; exit 2; }
        if alive a || alive b || nginx_alive; then
            # never drop the schema under running instances
            echo "two-nodes: it runs already (bench/two-nodes.sh status); stop it first" >&2
            exit 1
        fi
        mkdir -p "$DIR"
        if [[ ${TWO_NODES_FRESH:-1} == 1 ]]; then
            pg_psql -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" -c "CREATE SCHEMA $PG_SCHEMA"
            rm -rf "$DIR/a" "$DIR/b"
            log "fresh schema $PG_SCHEMA"
        fi
        ./pejling --prepare >&2 # builds the jar when the sources are newer, and the start-up cache
        # One after the other: the first migrates and loads the demo data, the second finds them there.
        start_instance a
        wait_ready a
        log "instance a ready"
        start_instance b
        wait_ready b
        log "instance b ready"
        start_nginx
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && log "http://localhost:$PORT/ answers"
        ;;
    start-nginx) # nginx alone, when the instances run already (a start that was cut short after them)
        nginx_alive || start_nginx
        ;;
    start-instance)
        start_instance "${2:?a or b}"
        wait_ready "$2"
        log "instance $2 ready"
        ;;
    kill)
        pid=$(pid_of "${2:?a or b}")
        if [[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null; then
            while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done # gone, so start-instance starts a new one
            log "instance $2 (pid $pid) killed with SIGKILL"
        fi
        ;;
    stop)
        stop_pid "$(cat "$DIR/nginx/nginx.pid" 2>/dev/null || true)" nginx
        stop_pid "$(pid_of a)" "instance a"
        stop_pid "$(pid_of b)" "instance b"
        rm -f "$DIR/a/pid" "$DIR/b/pid"
        ;;
    up)
        up
        ;;
    status)
        for name in a b; do
            if alive "$name"; then
                ready "$(port_of "$name")" && state=ready || state="running, not ready"
                echo "instance $name: pid $(pid_of "$name"), port $(port_of "$name"), $state"
            else
                echo "instance $name: not running"
            fi
        done
        pid=$(cat "$DIR/nginx/nginx.pid" 2>/dev/null || true)
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then echo "nginx: pid $pid, port $PORT"; else echo "nginx: not running"; fi
        ;;
    *)
        echo "usage: bench/two-nodes.sh start|stop|status|up|start-instance a|b|start-nginx|kill a|b" >&2
        exit 2
        ;;
esac
