#!/usr/bin/env bash
# Benchmark of issue "Proceedings": the OParl agenda-item list over 100,000 agenda items, paged, at 20
# concurrent clients (target p99 < 100 ms). Runs the packaged app on the embedded H2 database in a
# fresh data dir under bench/results/: a first start loads the demo data (its minutes give the body),
# the app stops, SeedOParlData adds 5,000 meetings with 100,000 items, the app starts again, and wrk
# measures RUNS rounds of each scenario. Prints a Markdown table with the load average around each
# scenario (other builds may share the machine: compare with the noise baseline).
#
#   bench/oparl.sh            (RUNS=5 DURATION=20s ITEMS=100000 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DURATION=${DURATION:-20s}
ITEMS=${ITEMS:-100000}
PORT=${PORT:-18290}
. bench/lib.sh

ensure_jdk
CLASSPATH_FILE=target/bench-classpath.txt
if [ ! -f target/pejling-0.1.0-SNAPSHOT.jar ] || [ ! -f "$CLASSPATH_FILE" ] \
   || [ ! -f target/test-classes/dk/pejling/bench/SeedOParlData.class ]; then
    ./mvnw -B -q -DskipNpm=true package -DskipTests dependency:build-classpath \
        -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test >&2
fi
dir=$(pwd)/bench/results/oparl-$(date +%Y%m%d-%H%M%S)
mkdir -p "$dir"
export PEJLING_DATA_DIR="$dir/data" PEJLING_DEMO_DATA=true SERVER_PORT=$PORT

start() {
    "$JAVA_HOME/bin/java" -Xmx1g -jar target/pejling-0.1.0-SNAPSHOT.jar >> "$dir/app.log" 2>&1 &
    app=$!
}
stop() {
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
}
trap stop EXIT

start
wait_for_demo "http://localhost:$PORT" 300
stop
PEJLING_DB_URL="jdbc:h2:file:$dir/data/pejling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat "$CLASSPATH_FILE")" dk.pejling.bench.SeedOParlData "$ITEMS" \
    | tee "$dir/seed.txt"
body=$(sed -n 's/^BODY_ID=//p' "$dir/seed.txt")
start
wait_for "http://localhost:$PORT/actuator/health" 300

list="/oparl/v1/body/$body/agendaItem"
# Pages anywhere in the list: each request starts after a random id (the keyset cursor of a next link).
cat > "$dir/random-page.lua" <<'LUA'
math.randomseed(os.time())
local hex = "0123456789abcdef"
local path = os.getenv("OPARL_LIST")
request = function()
  local t = {}
  for i = 1, 32 do local r = math.random(1, 16); t[i] = hex:sub(r, r) end
  local s = table.concat(t)
  local after = s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" .. s:sub(17, 20) .. "-" .. s:sub(21, 32)
  return wrk.format("GET", path .. "?after=" .. after)
end
LUA
export OPARL_LIST="$list"

# measure_script <name> <lua script> <runs> <duration>: like measure in lib.sh, with a request script.
measure_script() {
    local name=$1 script=$2 results=()
    for i in $(seq 1 "$3"); do
        results+=("$(wrk -t2 -c20 -d"$4" --latency -s "$script" "http://localhost:$PORT" | tee -a "$dir/wrk.log" | parse_wrk)")
    done
    printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
p50 = statistics.median(r[0] for r in rows); p99s = [r[1] for r in rows]
print("| %s | %d | %.1f | %.1f | %.1f–%.1f | %.0f | %d |" % (sys.argv[1], len(rows), p50, statistics.median(p99s),
      min(p99s), max(p99s), statistics.median(r[2] for r in rows), sum(r[3] for r in rows)))' "$name"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

curl -fs "http://localhost:$PORT$list?limit=1" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("first page ok:", len(d["data"]), "item; next:", "next" in d["links"])'
wrk -t2 -c20 -d10s "http://localhost:$PORT$list" > /dev/null                       # warm-up
wrk -t2 -c20 -d10s -s "$dir/random-page.lua" "http://localhost:$PORT" > /dev/null  # warm-up
report_header
echo "load average before: $(load)" >&2
measure "$list (first page, 20 items)" "http://localhost:$PORT$list" "$RUNS" "$DURATION" "$dir"
echo "load average: $(load)" >&2
measure_script "$list?after=<random id> (any page)" "$dir/random-page.lua" "$RUNS" "$DURATION"
echo "load average: $(load)" >&2
measure "$list?modified_since=2014-03-01T00:00:00Z" "http://localhost:$PORT$list?modified_since=2014-03-01T00:00:00Z" "$RUNS" "$DURATION" "$dir"
echo "load average: $(load)" >&2
measure "/actuator/health (noise baseline)" "http://localhost:$PORT/actuator/health" "$RUNS" "$DURATION" "$dir"
echo "load average after: $(load)" >&2
