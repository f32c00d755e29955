#!/usr/bin/env bash
# Drill (issue 20, item 5): USERS concurrent users for DRILL_SECONDS through nginx to two instances
# (bench/two-nodes.sh), each reading pages, submitting its initiative's status, entering measurements
# and downloading status reports (PDF, XLSX, DOCX, HTML of a round of USERS initiatives), with a think
# time of THINK seconds on average (exponential) between requests. Target: 0 errors; p50/p99 per kind.
# Afterwards every acknowledged write is checked in the database (verify.py).
#
#   bench/drills/users-200.sh [SECONDS]     (default 600; also USERS=200 THINK=10 MIX=read=75,status=10,measure=13,report=2)
#
# Prints a table of requests, errors, p50/p99/max per request kind, then the error count (and how many stale
# keep-alive connections the clients reopened, and how many 503 answers they sent again after Retry-After),
# nginx's retries and 5xx, and the writes verify.py found missing. Other ports than 8200-8202 (another
# drill on the machine): TWO_NODES_PORT=18900 TWO_NODES_PORT_A=18901 TWO_NODES_PORT_B=18902.
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${USERS:-200}
DURATION=${1:-${DRILL_SECONDS:-600}}
THINK=${THINK:-10}
MIX=${MIX:-read=75,status=10,measure=13,report=2}
BASE=http://127.0.0.1:${TWO_NODES_PORT:-8200}
TOKEN=${TWO_NODES_TOKEN:-two-nodes-drill-token-0123456789}
OUT=bench/results/drill-users-$(date -u +%Y%m%dT%H%M%SZ)
ACCESS=${TWO_NODES_DIR:-target/two-nodes}/nginx/logs/access.log
mkdir -p "$OUT"
bench/two-nodes.sh up || bench/two-nodes.sh start
python3 bench/drills/load.py setup "$BASE" "$TOKEN" "$USERS" "$OUT"
offset=$(wc -l <"$ACCESS")
# the CPU the rest of the machine used meanwhile (other builds share it): /proc/stat before and after
head -1 /proc/stat >"$OUT/cpu-before"; cat /proc/loadavg >"$OUT/loadavg-before"
python3 bench/drills/load.py run "$OUT" --seconds "$DURATION" --think "$THINK" --mix "$MIX" | tee "$OUT/table.md"
head -1 /proc/stat >"$OUT/cpu-after"; cat /proc/loadavg >"$OUT/loadavg-after"
tail -n +"$((offset + 1))" "$ACCESS" >"$OUT/access.log"
python3 - "$OUT" <<'PY'
import sys
out = sys.argv[1]
b = list(map(int, open(out + "/cpu-before").read().split()[1:]))
a = list(map(int, open(out + "/cpu-after").read().split()[1:]))
d = [x - y for x, y in zip(a, b)]
busy = 1 - (d[3] + d[4]) / sum(d)
lines = open(out + "/access.log").read().splitlines()
per = {}
for l in lines:
    up = l.split('"')[3]
    for u in up.split(", "):
        per[u] = per.get(u, 0) + 1
print("machine CPU busy during the run: %.0f %%; requests per instance: %s; passed on by nginx to the other "
      "instance: %d; nginx 5xx: %d" % (busy * 100, per, sum(1 for l in lines if ", " in l.split('"')[3]),
                                        sum(1 for l in lines if l.split('"')[2].split()[0].startswith("5"))))
PY
python3 bench/drills/verify.py "$OUT" "${TWO_NODES_PG_SCHEMA:-pejling_drills}"
