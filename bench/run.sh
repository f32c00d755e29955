#!/usr/bin/env bash
# Load benchmark of Pejling on H2 (the embedded default) and PostgreSQL. See bench/README.md.
#
#   bench/run.sh [h2|postgres|all]        (default: all)
#
# For each database: a fresh database, one start to migrate and load the demo organisations,
# the seeder (10,000 strategies plus "Benchmark: 500 mål"), timed starts (launch to the first 200
# of /actuator/health and of /) with `java -jar` and with the start command ./pejling (extracted jar and a
# JDK AOT cache), a warm-up, then
# BENCH_RUNS rounds of wrk over every scenario. Prints a Markdown table and writes
# bench/results/<timestamp>-<db>.json; raw wrk output and logs go to bench/results/<timestamp>-<db>/.
#
# Settings (environment):
#   BENCH_RUNS=5  BENCH_DURATION=20s  BENCH_CLIENTS=20  BENCH_THREADS=2  BENCH_WARMUP=10s
#   BENCH_STARTS=3  BENCH_STRATEGIES=10000  BENCH_PORT=<free port from 18080 up>  BENCH_REBUILD=0
#   BENCH_AOT=1  (also time starts through ./pejling: AOT cache (JDK 25+) or CDS archive (JDK 21-24); 0: skip)
#   BENCH_JAVA_OPTS=  (extra JVM options for the application; none by default)
#   BENCH_PG_HOST=127.0.0.1  BENCH_PG_PORT=5432  BENCH_PG_DB=test  BENCH_PG_USER=postgres
#   BENCH_PG_PASSWORD=  BENCH_PG_SCHEMA=pejling_bench  (the schema is dropped and created again)
# Needs: a JDK 21+ (JAVA_HOME or java on PATH), wrk, curl, and psql for PostgreSQL.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WHICH=${1:-all}
RUNS=${BENCH_RUNS:-5}
DURATION=${BENCH_DURATION:-20s}
CLIENTS=${BENCH_CLIENTS:-20}
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-10s}
STARTS=${BENCH_STARTS:-3}
STRATEGIES=${BENCH_STRATEGIES:-10000}
AOT=${BENCH_AOT:-1}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_DB=${BENCH_PG_DB:-test}
PG_USER=${BENCH_PG_USER:-postgres}
PG_PASSWORD=${BENCH_PG_PASSWORD:-}
PG_SCHEMA=${BENCH_PG_SCHEMA:-pejling_bench}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
START_RESULT=
RESULTS=$ROOT/bench/results
APP_PID=

case $WHICH in h2|postgres|all) ;; *) echo "usage: bench/run.sh [h2|postgres|all]" >&2; exit 2 ;; esac
for tool in wrk curl "$JAVA"; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

stop_app() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- build and classpath
mkdir -p "$RESULTS"
JAR=$(ls target/pejling-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
CLASSPATH_FILE=target/bench-classpath.txt
if [[ -z $JAR || ${BENCH_REBUILD:-0} == 1 || ! -f $CLASSPATH_FILE \
      || ! -f target/test-classes/dk/pejling/bench/SeedBenchmarkData.class ]]; then
  log "building the jar and the seeder (./mvnw package -DskipTests)"
  ./mvnw -B -q package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test >&2
  JAR=$(ls target/pejling-*.jar | grep -v -- '-plain' | head -n 1)
fi
SEED_CP="target/test-classes:$(cat "$CLASSPATH_FILE")"

free_port() {
  local port
  for port in $(seq $((18080 + RANDOM % 800)) 18999) $(seq 18080 18999); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "bench: no free port in 18080-18999" >&2; exit 2
}
PORT=${BENCH_PORT:-$(free_port)}
BASE=http://127.0.0.1:$PORT

# ---------------------------------------------------------------- the application
# start_app <log file> <jar|pejling> [JVM option...]: launches the application with the current
# database settings, either the jar with `java -jar` or through the README's start command ./pejling
# (the extracted jar with its start-up cache; `exec java`, so the PID is the JVM's).
start_app() {
  local log_file=$1 jar=$2; shift 2
  if [[ $jar == pejling ]]; then
    env "${APP_ENV[@]}" SERVER_PORT="$PORT" JAVA_OPTS="${BENCH_JAVA_OPTS:-}" "$ROOT/pejling" >"$log_file" 2>&1 &
  else
    # shellcheck disable=SC2086
    env "${APP_ENV[@]}" SERVER_PORT="$PORT" "$JAVA" ${BENCH_JAVA_OPTS:-} "$@" -jar "$jar" >"$log_file" 2>&1 &
  fi
  APP_PID=$!
}

# wait_for <path> <start ms> <timeout s>: ms from start until the first 200, or fails.
wait_for() {
  local deadline=$(( $(now_ms) + $3 * 1000 )) code
  while (( $(now_ms) < deadline )); do
    kill -0 "$APP_PID" 2>/dev/null || { log "the application died; see its log"; return 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE$1" || true)
    if [[ $code == 200 ]]; then echo $(( $(now_ms) - $2 )); return 0; fi
    sleep 0.1 # a faster poll (curl and date every 20 ms) took a quarter of the 2 cores from the start it times
  done
  log "no 200 from $1 within $3 s"; return 1
}

# ---------------------------------------------------------------- statistics
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "null"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { sort -g | head -n 1; }
maximum() { sort -g | tail -n 1; }
# Busy and total CPU ticks of the whole machine, and ticks used by one process.
cpu_busy_total() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
proc_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# The PostgreSQL backends that serve the application's connections (found by their client port),
# so that the database server's CPU is counted as the benchmark's and not as outside noise.
db_backend_pids() {
  [[ ${DB_KIND:-} == postgres ]] || return 0
  local port
  for port in $(ss -tnpH state established "( dport = :$PG_PORT )" 2>/dev/null | grep "pid=$APP_PID," \
                | awk '{ n = split($3, a, ":"); print a[n] }'); do
    pgrep -f "postgres: .*\\($port\\)" || true
  done
}
pids_ticks() { local t=0 p; for p in "$@"; do t=$((t + $(proc_ticks "$p"))); done; echo "$t"; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo null; }
# others_pct <busy,total before> <busy,total after> <ticks of our own processes>: % of the machine used by others.
others_pct() {
  awk -v b="$1" -v a="$2" -v own="$3" 'BEGIN {
    split(b, x, " "); split(a, y, " "); busy = y[1] - x[1]; total = y[2] - x[2]
    other = busy - own; if (other < 0) other = 0
    printf "%.1f", (total > 0 ? 100 * other / total : 0) }'
}

# parse_wrk <file>: p50 p75 p90 p99 (ms) requests/s requests non-2xx socket-errors, tab-separated.
parse_wrk() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
      if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    /^ +50%/ { p50 = ms($2) } /^ +75%/ { p75 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
    / requests in / { requests = $1 }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%.3f\t%.3f\t%.3f\t%.3f\t%.1f\t%d\t%d\t%d\n", p50, p75, p90, p99, rps, requests, non2xx, errors }
  ' "$1"
}

# run_wrk <duration> <path> <output file>: runs wrk and prints, tab-separated, the parsed result,
# the % of the machine's CPU that other processes used meanwhile, the 1-minute load average
# before the run, and the CPU time per request in ms of the application and of its PostgreSQL
# backends (0 on H2, whose work is the application's).
run_wrk() {
  local before after app0 app1 db0 db1 wrk_ticks load requests backends
  read -r -a backends <<<"$(db_backend_pids | tr '\n' ' ')"
  load=$(cut -d' ' -f1 /proc/loadavg)
  before=$(cpu_busy_total); app0=$(proc_ticks "$APP_PID"); db0=$(pids_ticks "${backends[@]}")
  local TIMEFORMAT='%U %S'
  { time wrk -t"$THREADS" -c"$CLIENTS" -d"$1" --timeout 10s --latency "$BASE$2" >"$3" ; } 2>"$3.time"
  after=$(cpu_busy_total); app1=$(proc_ticks "$APP_PID"); db1=$(pids_ticks "${backends[@]}")
  wrk_ticks=$(tail -n 1 "$3.time" | awk '{ printf "%d", ($1 + $2) * 100 }')
  requests=$(parse_wrk "$3" | cut -f6)
  printf '%s\t%s\t%s\t%s\t%s\n' "$(parse_wrk "$3")" \
    "$(others_pct "$before" "$after" $((app1 - app0 + db1 - db0 + wrk_ticks)))" "$load" \
    "$(awk -v t=$((app1 - app0)) -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? t * 10 / n : 0) }')" \
    "$(awk -v t=$((db1 - db0)) -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? t * 10 / n : 0) }')"
}

# timed_start <label> <log> <jar> [JVM option...]: starts the application (it keeps running) and sets
# START_RESULT to "<ms to /actuator/health 200> <ms to / 200> <Spring's started-in seconds> <others' CPU %>".
timed_start() {
  local label=$1 log_file=$2 jar=$3 t0 before t_health t_home spring; shift 3
  before=$(cpu_busy_total); t0=$(now_ms)
  start_app "$log_file" "$jar" "$@"
  t_health=$(wait_for /actuator/health "$t0" 180)
  t_home=$(wait_for / "$t0" 60)
  spring=$(sed -n 's/.*Started PejlingApplication in \([0-9.]*\) seconds.*/\1/p' "$log_file" | head -n 1)
  local others
  others=$(others_pct "$before" "$(cpu_busy_total)" "$(proc_ticks "$APP_PID")")
  log "$label start: health 200 after $t_health ms, / 200 after $t_home ms (Spring: ${spring:-?} s, others used $others% of the CPU)"
  START_RESULT="$t_health $t_home ${spring:-null} $others"
}

startup_json() { # startup_json <"h home spring others" lines...>
  local sep= h home spring others
  printf '{"median_health_200_ms": %s, "median_home_200_ms": %s, "starts": [' \
    "$(printf '%s\n' "$@" | cut -d' ' -f1 | median)" "$(printf '%s\n' "$@" | cut -d' ' -f2 | median)"
  for line in "$@"; do
    read -r h home spring others <<<"$line"
    printf '%s{"health_200_ms": %s, "home_200_ms": %s, "spring_started_s": %s, "other_cpu_pct": %s}' "$sep" "$h" "$home" "$spring" "$others"
    sep=', '
  done
  printf ']}'
}

# ---------------------------------------------------------------- one database
bench_db() {
  local db=$1
  local dir=$RESULTS/$STAMP-$db
  DB_KIND=$db
  mkdir -p "$dir"
  log "== $db: results in ${dir#"$ROOT"/}"
  local seed_url db_version
  if [[ $db == h2 ]]; then
    # The embedded default: only the data dir is set, the application builds its H2 URL itself.
    APP_ENV=(PEJLING_DATA_DIR="$dir/data")
    seed_url="jdbc:h2:file:$dir/data/pejling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    SEED_ENV=(PEJLING_DB_URL="$seed_url" PEJLING_DB_USER=sa PEJLING_DB_PASSWORD=)
    db_version="H2 $(tr ':' '\n' <"$CLASSPATH_FILE" | sed -n 's#.*/h2-\([0-9.]*\)\.jar$#\1#p' | head -n 1)"
  else
    command -v psql >/dev/null || { echo "bench: psql is needed for PostgreSQL" >&2; exit 2; }
    export PGPASSWORD=$PG_PASSWORD
    local psql=(psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB")
    "${psql[@]}" -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" -c "CREATE SCHEMA $PG_SCHEMA" 2>&1 | grep -v NOTICE >&2 || true
    local url="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?currentSchema=$PG_SCHEMA"
    APP_ENV=(PEJLING_DATA_DIR="$dir/data" PEJLING_DB_URL="$url" PEJLING_DB_USER="$PG_USER" PEJLING_DB_PASSWORD="$PG_PASSWORD")
    SEED_ENV=("${APP_ENV[@]}")
    db_version="PostgreSQL $("${psql[@]}" -tAc 'SHOW server_version' | cut -d' ' -f1)"
  fi

  log "first start on the empty database (migrations and demo data)"
  local first_start plain_env=("${APP_ENV[@]}")
  APP_ENV+=(PEJLING_DEMO_DATA=true)
  timed_start first "$dir/app-first-start.log" "$ROOT/$JAR"
  first_start=${START_RESULT%% *}
  stop_app
  APP_ENV=("${plain_env[@]}")

  log "seeding $STRATEGIES strategies"
  local seed_out strategy_id
  seed_out=$(env "${SEED_ENV[@]}" "$JAVA" -cp "$SEED_CP" dk.pejling.bench.SeedBenchmarkData "$STRATEGIES")
  echo "$seed_out" >"$dir/seed.log"
  echo "$seed_out" | grep -v '^BENCHMARK_STRATEGY_ID=' >&2 || true
  strategy_id=$(echo "$seed_out" | sed -n 's/^BENCHMARK_STRATEGY_ID=//p')
  [[ -n $strategy_id ]] || { log "the seeder printed no strategy id"; exit 1; }
  if [[ $db == postgres ]]; then
    # The state autovacuum reaches soon after a bulk load: statistics and a visibility map, so the
    # planner can use index-only scans (the start page's count per owner: 15 ms seq scan → 2 ms).
    log "VACUUM ANALYZE after the bulk load"
    "${psql[@]}" -c "SET search_path = $PG_SCHEMA" -c "VACUUM ANALYZE"
  fi

  # Start-up through ./pejling: the extracted jar with a JDK AOT cache (JDK 25+, JEP 483/514/515) or a
  # CDS archive (JDK 21-24), recorded once by `./pejling --prepare` (not timed).
  local aot_starts=() i
  if [[ $AOT == 1 ]]; then
    log "preparing ./pejling (extract, record the start-up cache)"
    "$ROOT/pejling" --prepare >"$dir/pejling-prepare.log" 2>&1
    for i in $(seq 1 "$STARTS"); do
      timed_start "./pejling $i" "$dir/app-pejling-start-$i.log" pejling
      aot_starts+=("$START_RESULT")
      stop_app
    done
  fi

  local starts=()
  for i in $(seq 1 "$STARTS"); do
    timed_start "java -jar $i" "$dir/app-start-$i.log" "$ROOT/$JAR"
    starts+=("$START_RESULT")
    if (( i < STARTS )); then stop_app; fi
  done

  local names=(noise_baseline start_page start_page_filtered strategy_500_goals)
  local paths=(/actuator/health / "/?status=ADOPTED&page=3" "/api/v1/strategies/$strategy_id")
  local goals
  goals=$(curl -s "$BASE${paths[3]}" | grep -o '"order":' | wc -l)
  [[ $goals == 500 ]] || { log "expected 500 goals in ${paths[3]}, got $goals"; exit 1; }
  for i in "${!paths[@]}"; do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE${paths[$i]}") == 200 ]] || { log "${paths[$i]} is not 200"; exit 1; }
  done

  log "warming up: $WARMUP of wrk per scenario"
  for i in "${!paths[@]}"; do run_wrk "$WARMUP" "${paths[$i]}" "$dir/warmup-${names[$i]}.txt" >/dev/null; done

  # Rounds interleave the scenarios, so that a burst of outside load hits all of them alike.
  # Columns: name run p50 p75 p90 p99 rps requests non2xx errors other_cpu load app_cpu_ms db_cpu_ms (per request)
  local rows=$dir/runs.tsv run
  : >"$rows"
  for run in $(seq 1 "$RUNS"); do
    for i in "${!paths[@]}"; do
      printf '%s\t%s\t%s\n' "${names[$i]}" "$run" "$(run_wrk "$DURATION" "${paths[$i]}" "$dir/wrk-${names[$i]}-$run.txt")" >>"$rows"
      log "round $run ${names[$i]}: $(awk -F'\t' -v n="${names[$i]}" -v r="$run" '$1 == n && $2 == r {
        printf "p50 %s ms, p99 %s ms, %s req/s, CPU per request: app %s ms, database %s ms; others used %s%% of the CPU",
          $3, $6, $7, $13, $14, $11 }' "$rows")"
    done
  done
  local rss
  rss=$(rss_mb "$APP_PID")
  stop_app

  # ------------------------------------------------------------ JSON and Markdown
  local json=$RESULTS/$STAMP-$db.json md=$dir/table.md shown
  col() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$rows"; }
  {
    printf '{\n  "date": "%s",\n  "database": "%s",\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$db_version"
    printf '  "machine": {"nproc": %s, "cpu": "%s", "jdk": "%s", "memory_mb": %s},\n' "$(nproc)" \
      "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
      "$("$JAVA" -version 2>&1 | head -n 1 | tr -d '"')" "$(awk '/^MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo)"
    printf '  "commit": "%s",\n' "$(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo '+changes')"
    printf '  "settings": {"runs": %s, "duration": "%s", "clients": %s, "threads": %s, "warmup": "%s", "strategies": %s, "java_opts": "%s"},\n' \
      "$RUNS" "$DURATION" "$CLIENTS" "$THREADS" "$WARMUP" "$STRATEGIES" "${BENCH_JAVA_OPTS:-}"
    printf '  "first_start_empty_db_health_200_ms": %s,\n' "$first_start"
    printf '  "startup_java_jar": %s,\n' "$(startup_json "${starts[@]}")"
    if (( ${#aot_starts[@]} )); then printf '  "startup_aot_cache": %s,\n' "$(startup_json "${aot_starts[@]}")"; fi
    printf '  "app_rss_mb_after_load": %s,\n  "scenarios": [' "$rss"
    local sep=
    for i in "${!names[@]}"; do
      local n=${names[$i]}
      printf '%s\n    {"name": "%s", "path": "%s",\n' "$sep" "$n" "${paths[$i]}"
      printf '     "median": {"p50_ms": %s, "p90_ms": %s, "p99_ms": %s, "requests_per_s": %s, "app_cpu_ms_per_request": %s, "db_cpu_ms_per_request": %s, "other_cpu_pct": %s},\n' \
        "$(col "$n" 3 | median)" "$(col "$n" 5 | median)" "$(col "$n" 6 | median)" "$(col "$n" 7 | median)" \
        "$(col "$n" 13 | median)" "$(col "$n" 14 | median)" "$(col "$n" 11 | median)"
      printf '     "p99_ms_min": %s, "p99_ms_max": %s, "requests_per_s_min": %s, "requests_per_s_max": %s,\n' \
        "$(col "$n" 6 | minimum)" "$(col "$n" 6 | maximum)" "$(col "$n" 7 | minimum)" "$(col "$n" 7 | maximum)"
      printf '     "runs": ['
      awk -F'\t' -v n="$n" 'BEGIN { s = "" } $1 == n {
        printf "%s\n       {\"run\": %s, \"p50_ms\": %s, \"p75_ms\": %s, \"p90_ms\": %s, \"p99_ms\": %s, \"requests_per_s\": %s, \"requests\": %s, \"non_2xx\": %s, \"socket_errors\": %s, \"other_cpu_pct\": %s, \"loadavg_1m\": %s, \"app_cpu_ms_per_request\": %s, \"db_cpu_ms_per_request\": %s}", s, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14
        s = "," }' "$rows"
      printf ']}'
      sep=,
    done
    printf '\n  ]\n}\n'
  } >"$json"

  {
    echo "#### $db_version — $(date -u +%Y-%m-%d), $RUNS rounds × $DURATION, $CLIENTS clients, $THREADS wrk threads"
    echo
    echo "| Scenario | p50 ms | p90 ms | **p99 ms** (median) | p99 min–max | req/s median (min–max) | CPU ms/req app + db | others' CPU % | errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for i in "${!names[@]}"; do
      local n=${names[$i]}
      shown=${paths[$i]/$strategy_id/'{id}'}
      printf '| %s `%s` | %.1f | %.1f | **%.1f** | %.1f–%.1f | %.0f (%.0f–%.0f) | %.2f + %.2f | %.0f | %d |\n' "$n" "$shown" \
        "$(col "$n" 3 | median)" "$(col "$n" 5 | median)" "$(col "$n" 6 | median)" "$(col "$n" 6 | minimum)" \
        "$(col "$n" 6 | maximum)" "$(col "$n" 7 | median)" "$(col "$n" 7 | minimum)" "$(col "$n" 7 | maximum)" \
        "$(col "$n" 13 | median)" "$(col "$n" 14 | median)" "$(col "$n" 11 | median)" \
        "$(awk -F'\t' -v n="$n" '$1 == n { e += $9 + $10 } END { print e + 0 }' "$rows")"
    done
    echo
    printf 'Start-up, launch → first 200, median of %s (each start: health/`/` ms, others'"'"' CPU %%):\n' "$STARTS"
    printf -- '- `java -jar`: /actuator/health **%s ms**, `/` **%s ms** (%s)\n' \
      "$(printf '%s\n' "${starts[@]}" | cut -d' ' -f1 | median)" "$(printf '%s\n' "${starts[@]}" | cut -d' ' -f2 | median)" \
      "$(printf '%s\n' "${starts[@]}" | awk '{ printf "%s%s/%s ms, %s%%", (NR > 1 ? "; " : ""), $1, $2, $4 }')"
    if (( ${#aot_starts[@]} )); then
      printf -- '- through ./pejling (AOT cache): /actuator/health **%s ms**, `/` **%s ms** (%s)\n' \
        "$(printf '%s\n' "${aot_starts[@]}" | cut -d' ' -f1 | median)" "$(printf '%s\n' "${aot_starts[@]}" | cut -d' ' -f2 | median)" \
        "$(printf '%s\n' "${aot_starts[@]}" | awk '{ printf "%s%s/%s ms, %s%%", (NR > 1 ? "; " : ""), $1, $2, $4 }')"
    fi
    printf -- '- first start on the empty database (migrations + demo data): %s ms; application RSS after the load: %s MB\n' \
      "$first_start" "$rss"
  } >"$md"
  log "wrote ${json#"$ROOT"/}"
}

case $WHICH in
  h2) bench_db h2 ;;
  postgres) bench_db postgres ;;
  all) bench_db h2; bench_db postgres ;;
esac

echo
for db in h2 postgres; do
  if [[ -f $RESULTS/$STAMP-$db/table.md ]]; then cat "$RESULTS/$STAMP-$db/table.md"; echo; fi
done
