#!/usr/bin/env bash
# The first start on a fresh data directory (issue 18): `./pejling` with the demo data, timed from
# launch until `/` answers 200 with the demo data on it ("Tryg Aalborg"), polled every 50 ms.
#
#   bench/first-start.sh [starts]      (default 5; builds and prepares ./pejling first if needed)
#
# Prints each start, the median, and the machine's noise (a fixed CPU loop timed before each start).
# Run it with nothing else busy: on 2 cores, a build beside it doubles the figures.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
STARTS=${1:-5}
PORT=${BENCH_PORT:-18080}
./pejling --prepare >/dev/null

noise_ms() {
    python3 -c 'import time; t=time.perf_counter(); s=0
for i in range(3_000_000): s+=i
print(round((time.perf_counter()-t)*1000))'
}

results=()
noise=()
for i in $(seq 1 "$STARTS"); do
    data=$(mktemp -d)
    rmdir "$data" # ./pejling makes a fresh data directory from the demo snapshot only when none exists
    noise+=("$(noise_ms)")
    start=$(date +%s%N)
    PEJLING_DATA_DIR="$data" SERVER_PORT=$PORT ./pejling >"$ROOT/target/first-start-$i.log" 2>&1 &
    pid=$!
    elapsed=""
    for _ in $(seq 1 1200); do
        if curl -fs "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q "Tryg Aalborg"; then
            elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
            break
        fi
        sleep 0.05
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$data"
    if [ -z "$elapsed" ]; then
        echo "start $i: no answer with the demo data within 60 s (see target/first-start-$i.log)" >&2
        exit 1
    fi
    echo "start $i: ${elapsed} ms (noise loop ${noise[-1]} ms)"
    results+=("$elapsed")
done
printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %d ms (min %d, max %d) over %d starts\n", m, a[1], a[NR], NR}'
printf '%s\n' "${noise[@]}" | sort -n | awk '{a[NR]=$1} END {printf "noise loop: %d–%d ms\n", a[1], a[NR]}'
