#!/usr/bin/env bash
# Issue 16 item 9: the portal page of "Mål og strategier 2018" served by Pejling next to nginx serving
# the very same HTML as a static file, in one run on the same machine. Targets: Pejling at no less than
# 25 % of nginx's requests per second (wrk, closed model), and p99 under 50 ms at 200 req/s
# (bench/paced.py, open model: 20 clients × 10 req/s).
#
#   bench/portal.sh        (RUNS=5 DURATION=15s PACED_SECONDS=20 PORT=8231 NGINX_PORT=8239 by default)
#
# Starts the packaged app (java -jar) on the embedded H2 database with the demo data in a fresh data dir,
# and Debian's nginx with its own configuration and prefix (nothing of the system's nginx is used or
# touched), both under bench/results/portal-<time>/. nginx: 'worker_processes auto', no access log (Pejling
# keeps none either), sendfile; no compression on either side (the load generators ask for none). The two
# servers are measured in turns (nginx, Pejling, nginx, …) so that both see the same background load;
# the table gives medians and min–max, and the ratio of each pair.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DURATION=${DURATION:-15s}
PACED_SECONDS=${PACED_SECONDS:-20}
PORT=${PORT:-8231}
NGINX_PORT=${NGINX_PORT:-8239}
PAGE=/portal/strategier/maal-og-strategier-2018
. bench/lib.sh

ensure_jdk
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ ! -f target/pejling-0.1.0-SNAPSHOT.jar ]; then
    ./mvnw -B -q -DskipTests package >&2
fi
dir=$(pwd)/bench/results/portal-$(date +%Y%m%d-%H%M%S)
mkdir -p "$dir/nginx/logs" "$dir/nginx/html$(dirname $PAGE)"

app=
stop() {
    [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
    [ -f "$dir/nginx/nginx.pid" ] && nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -s stop 2>/dev/null || true
}
trap stop EXIT

PEJLING_DATA_DIR="$dir/data" PEJLING_DEMO_DATA=true SERVER_PORT=$PORT \
    "$JAVA_HOME/bin/java" -Xmx1g -Xlog:gc:file="$dir/gc.log" -jar target/pejling-0.1.0-SNAPSHOT.jar > "$dir/app.log" 2>&1 &
app=$!
wait_for_demo "http://localhost:$PORT" 600
wait_for "http://localhost:$PORT$PAGE" 120

# the same bytes Pejling sends, as a static file
curl -fs "http://localhost:$PORT$PAGE" -o "$dir/nginx/html$PAGE"
cat > "$dir/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    default_type text/html;
    client_body_temp_path $dir/nginx/tmp;
    proxy_temp_path $dir/nginx/tmp;
    fastcgi_temp_path $dir/nginx/tmp;
    uwsgi_temp_path $dir/nginx/tmp;
    scgi_temp_path $dir/nginx/tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $dir/nginx/html;
        location / { try_files \$uri =404; }
    }
}
EOF
mkdir -p "$dir/nginx/tmp"
nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
wait_for "http://127.0.0.1:$NGINX_PORT$PAGE" 10
pejling_bytes=$(curl -fs "http://localhost:$PORT$PAGE" | wc -c)
nginx_bytes=$(curl -fs "http://127.0.0.1:$NGINX_PORT$PAGE" | wc -c)
echo "page: $PAGE, $pejling_bytes bytes from Pejling, $nginx_bytes bytes from nginx" | tee "$dir/summary.txt"

# warm-up: the JIT of both paths and the rendered-page store
wrk -t2 -c20 -d10s "http://localhost:$PORT$PAGE" > /dev/null
wrk -t2 -c20 -d5s "http://127.0.0.1:$NGINX_PORT$PAGE" > /dev/null

: > "$dir/pairs.txt"
for i in $(seq 1 "$RUNS"); do
    n=$(wrk -t2 -c20 -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT$PAGE" | tee -a "$dir/wrk.log" | parse_wrk)
    p=$(wrk -t2 -c20 -d"$DURATION" --latency "http://localhost:$PORT$PAGE" | tee -a "$dir/wrk.log" | parse_wrk)
    echo "$n $p $(cut -d' ' -f1 /proc/loadavg)" >> "$dir/pairs.txt"
done
: > "$dir/paced.txt"
for i in $(seq 1 "$RUNS"); do
    python3 bench/paced.py "http://localhost:$PORT$PAGE" 20 10 "$PACED_SECONDS" | tee -a "$dir/paced.txt"
    python3 bench/paced.py "http://127.0.0.1:$NGINX_PORT$PAGE" 20 10 "$PACED_SECONDS" | tee -a "$dir/paced.txt"
done

python3 - "$dir" <<'PY' | tee -a "$dir/summary.txt"
import re, statistics, sys
d = sys.argv[1]
pairs = [list(map(float, l.split())) for l in open(d + "/pairs.txt") if l.strip()]
# each line: nginx p50 p99 rps errors, pejling p50 p99 rps errors, load average
ng = [r[2] for r in pairs]; pj = [r[6] for r in pairs]; ratios = [r[6] / r[2] for r in pairs]
print("\n| server (wrk -t2 -c20, %d runs) | req/s median | req/s min–max | p50 median (ms) | p99 median (ms) | non-2xx |" % len(pairs))
print("|---|---:|---:|---:|---:|---:|")
for name, o in (("nginx (static file)", 0), ("Pejling", 4)):
    rps = [r[o + 2] for r in pairs]
    print("| %s | %.0f | %.0f–%.0f | %.2f | %.1f | %d |" % (name, statistics.median(rps), min(rps), max(rps),
          statistics.median(r[o] for r in pairs), statistics.median(r[o + 1] for r in pairs), sum(r[o + 3] for r in pairs)))
print("\nPejling / nginx, per pair: %s; median %.0f %% (target ≥ 25 %%); load average during the runs %s"
      % (", ".join("%.0f %%" % (100 * x) for x in ratios), 100 * statistics.median(ratios),
         ", ".join("%.1f" % r[8] for r in pairs)))
paced = {"pejling": [], "nginx": []}
for line in open(d + "/paced.txt"):
    m = re.search(r"p50=([\d.]+) p90=([\d.]+) p99=([\d.]+) max=([\d.]+) ms, (\d+) req/s, errors=(\d+)", line)
    if m:
        paced["nginx" if "127.0.0.1" in line else "pejling"].append([float(x) for x in m.groups()])
print("\n| paced, 200 req/s (20 clients × 10/s) | runs | p50 median (ms) | p99 median (ms) | p99 min–max (ms) | errors |")
print("|---|---:|---:|---:|---:|---:|")
for name, rows in (("Pejling", paced["pejling"]), ("nginx (noise reference)", paced["nginx"])):
    p99 = [r[2] for r in rows]
    print("| %s | %d | %.1f | %.1f | %.1f–%.1f | %d |" % (name, len(rows), statistics.median(r[0] for r in rows),
          statistics.median(p99), min(p99), max(p99), sum(r[5] for r in rows)))
PY
