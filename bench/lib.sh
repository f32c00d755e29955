# Shared helpers for the benchmark scripts: a JDK 21+, waiting for the app, and wrk runs
# summarised as the median and spread of p50/p99 over repeated runs.

ensure_jdk() {
    if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
        for candidate in /usr/lib/jvm/*; do
            if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
                export JAVA_HOME="$candidate"
            fi
        done
    fi
}

wait_for() {
    local url=$1 seconds=$2
    for _ in $(seq 1 "$seconds"); do
        if curl -fs -o /dev/null "$url"; then
            return 0
        fi
        sleep 1
    done
    echo "the app did not answer $url within $seconds s" >&2
    return 1
}

# wrk's latency distribution in milliseconds: "p50 p99 requests_per_second"
parse_wrk() {
    python3 -c '
import re, sys
text = sys.stdin.read()
def ms(label):
    m = re.search(r"\s" + label + r"%\s+([\d.]+)(us|ms|s)", text)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print("%.2f %.2f %s %s" % (ms("50"), ms("99"), rps, errors.group(1) if errors else "0"))'
}

report_header() {
    echo
    echo "| scenario | runs | p50 median (ms) | p99 median (ms) | p99 min–max (ms) | req/s median | non-2xx |"
    echo "|---|---|---|---|---|---|---|"
}

measure() {
    local name=$1 url=$2 runs=$3 duration=$4 dir=$5
    local results=()
    for i in $(seq 1 "$runs"); do
        results+=("$(wrk -t2 -c20 -d"$duration" --latency "$url" | tee -a "$dir/wrk.log" | parse_wrk)")
    done
    printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
p50 = statistics.median(r[0] for r in rows); p99s = [r[1] for r in rows]
print("| %s | %d | %.1f | %.1f | %.1f–%.1f | %.0f | %d |" % (sys.argv[1], len(rows), p50, statistics.median(p99s),
      min(p99s), max(p99s), statistics.median(r[2] for r in rows), sum(r[3] for r in rows)))' "$name"
}

# The demo data loads after the server answers; wait until it is there.
wait_for_demo() {
    local url=$1 seconds=$2
    for _ in $(seq 1 "$seconds"); do
        if curl -fs "$url/api/v1/organisations?q=Familie" 2>/dev/null | grep -q '"total":[1-9]'; then
            return 0
        fi
        sleep 1
    done
    echo "the demo data did not appear within $seconds s" >&2
    return 1
}
