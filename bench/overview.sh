#!/usr/bin/env bash
# Benchmark of issue "Initiatives and status rounds": a round with 2,000 initiatives, its overview
# page and its overview API at 20 concurrent clients (target p99 < 100 ms), after 200 owners have
# submitted at once with no lost update. Runs the packaged app on the embedded H2 database in a
# fresh data dir under bench/results/; set BENCH_DB_URL to a PostgreSQL URL to use that instead.
#
#   bench/overview.sh            (RUNS=5 DURATION=20s by default)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DURATION=${DURATION:-20s}
PORT=${PORT:-18190}
TOKEN=bench-token-0123456789abcdefghij
. bench/lib.sh

ensure_jdk
[ -f target/pejling-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B package -DskipTests
dir=bench/results/overview-$(date +%Y%m%d-%H%M%S)
mkdir -p "$dir"
export PEJLING_DATA_DIR="$dir/data" PEJLING_DEMO_DATA=true SERVER_PORT=$PORT \
       PEJLING_BOOTSTRAP_ADMIN_PASSWORD=bench-password-123 PEJLING_BOOTSTRAP_ADMIN_TOKEN=$TOKEN
if [ -n "${BENCH_DB_URL:-}" ]; then
    export PEJLING_DB_URL="$BENCH_DB_URL" PEJLING_DB_USER=${BENCH_DB_USER:-postgres} PEJLING_DB_PASSWORD=${BENCH_DB_PASSWORD:-}
fi
"$JAVA_HOME/bin/java" -Xmx1g -jar target/pejling-0.1.0-SNAPSHOT.jar > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
wait_for_demo "http://localhost:$PORT" 300

round=$(python3 bench/seed_round.py "http://localhost:$PORT" "$TOKEN" 2000 200 2> "$dir/seed.txt")
cat "$dir/seed.txt"

report_header
for path in "/runder/$round" "/api/v1/reporting-rounds/$round/overview"; do
    wrk -t2 -c20 -d10s "http://localhost:$PORT$path" > /dev/null   # warm-up
    measure "$path" "http://localhost:$PORT$path" "$RUNS" "$DURATION" "$dir"
done
measure "/actuator/health (noise baseline)" "http://localhost:$PORT/actuator/health" "$RUNS" "$DURATION" "$dir"
