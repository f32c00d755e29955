#!/usr/bin/env bash
# Benchmark of the foundation: GET /api/v1/strategies/{id} of a strategy with 500 goals, and the
# start page, with 10,000 strategies in the database, at 20 concurrent clients; and start-up to
# the first answer on the embedded default. Target: p99 < 50 ms; start-up < 10 s.
#
#   bench/register.sh                 H2 in a fresh data dir (RUNS=5 DURATION=20s by default)
#   BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=pejling_bench bench/register.sh
#                                     PostgreSQL (the schema is dropped and created first)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DURATION=${DURATION:-20s}
PORT=${PORT:-18180}
TOKEN=bench-token-0123456789abcdefghij
. bench/lib.sh

ensure_jdk
[ -f target/pejling-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B package -DskipTests
dir=bench/results/register-$(date +%Y%m%d-%H%M%S)
mkdir -p "$dir"
export PEJLING_DATA_DIR="$dir/data" PEJLING_DEMO_DATA=true SERVER_PORT=$PORT \
       PEJLING_BOOTSTRAP_ADMIN_PASSWORD=bench-password-123 PEJLING_BOOTSTRAP_ADMIN_TOKEN=$TOKEN
if [ -n "${BENCH_DB_URL:-}" ]; then
    schema=$(echo "$BENCH_DB_URL" | sed -n 's/.*currentSchema=\([a-z_]*\).*/\1/p')
    psql -h 127.0.0.1 -U postgres -d test -q -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
    export PEJLING_DB_URL="$BENCH_DB_URL" PEJLING_DB_USER=${BENCH_DB_USER:-postgres} PEJLING_DB_PASSWORD=${BENCH_DB_PASSWORD:-}
fi
start() {
    local began=$(date +%s%N)
    "$JAVA_HOME/bin/java" -Xmx1g -jar target/pejling-0.1.0-SNAPSHOT.jar >> "$dir/app.log" 2>&1 &
    app=$!
    wait_for "http://localhost:$PORT/" 180
    echo "start-up to the first answer of /: $(( ($(date +%s%N) - began) / 1000000 )) ms"
    wait_for_demo "http://localhost:$PORT" 300
}
start
trap 'kill $app 2>/dev/null || true' EXIT
big=$(python3 bench/seed_register.py "http://localhost:$PORT" "$TOKEN" 10000 2> "$dir/seed.txt")
cat "$dir/seed.txt"
# A second start on the now full database, as a newcomer restarting would see it.
kill $app; wait $app 2>/dev/null || true
start

report_header
for path in "/api/v1/strategies/$big" "/" "/?status=ADOPTED&page=3"; do
    wrk -t2 -c20 -d10s "http://localhost:$PORT$path" > /dev/null   # warm-up
    measure "$path" "http://localhost:$PORT$path" "$RUNS" "$DURATION" "$dir"
done
measure "/actuator/health (noise baseline)" "http://localhost:$PORT/actuator/health" "$RUNS" "$DURATION" "$dir"
