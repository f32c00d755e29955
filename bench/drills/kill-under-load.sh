#!/usr/bin/env bash
# Drill (issue 20, item 5): kill -9 of one instance while CLIENTS clients read and write through nginx.
# Checks: every write a client saw acknowledged is in the database (verify.py); the failed requests are
# those that were in flight on the killed instance (sent before the kill, answered after it); nginx
# passed idempotent requests on to the other instance (its access log lists both upstreams for them).
# Then the killed instance is started again and must come up. Results in bench/results/drill-kill-*/.
#
#   bench/drills/kill-under-load.sh          (CLIENTS=20 DRILL_SECONDS=60 KILL_AT=20 THINK=0.2)
# Uses the deployment of bench/two-nodes.sh, starting it when it is not running.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${CLIENTS:-20}
DURATION=${DRILL_SECONDS:-60}
KILL_AT=${KILL_AT:-20}
THINK=${THINK:-0.2}
VICTIM=${VICTIM:-a}
BASE=http://127.0.0.1:${TWO_NODES_PORT:-8200}
TOKEN=${TWO_NODES_TOKEN:-two-nodes-drill-token-0123456789}
OUT=bench/results/drill-kill-$(date -u +%Y%m%dT%H%M%SZ)
ACCESS=${TWO_NODES_DIR:-target/two-nodes}/nginx/logs/access.log
mkdir -p "$OUT"

bench/two-nodes.sh up || bench/two-nodes.sh start
python3 bench/drills/load.py setup "$BASE" "$TOKEN" "$CLIENTS" "$OUT"
offset=$(wc -l <"$ACCESS")
python3 bench/drills/load.py run "$OUT" --seconds "$DURATION" --think "$THINK" --mix read=60,status=15,measure=20,report=5 \
    >"$OUT/table.md" &
load=$!
sleep "$KILL_AT"
kill_time=$(date +%s.%N)
bench/two-nodes.sh kill "$VICTIM"
wait "$load"
tail -n +"$((offset + 1))" "$ACCESS" >"$OUT/access.log"
cat "$OUT/table.md"
verified=0
python3 bench/drills/verify.py "$OUT" "${TWO_NODES_PG_SCHEMA:-pejling_drills}" || verified=1

python3 - "$OUT" "$kill_time" "$VICTIM" <<'PY'
import json, sys
out, kill, victim = sys.argv[1], float(sys.argv[2]), sys.argv[3]
errors = [json.loads(l) for l in open(out + "/errors.jsonl")]
in_flight = [e for e in errors if e["sent"] <= kill <= e["answered"] + 0.05]
after = [e for e in errors if e["sent"] > kill]
before = [e for e in errors if e["answered"] + 0.05 < kill]
print("failed requests: %d; in flight at the kill: %d; sent after it: %d; failed before it: %d"
      % (len(errors), len(in_flight), len(after), len(before)))
for e in errors[:10]:
    print("  %s sent %+.3f s answered %+.3f s: %s %s" % (e["kind"], e["sent"] - kill, e["answered"] - kill, e["status"], e["detail"][:80]))
passed_on, by_method, failed_upstream = 0, {}, []
for line in open(out + "/access.log"):
    parts = line.split('"')
    method = line.split()[1]
    upstreams = parts[3]
    if "," in upstreams:
        passed_on += 1
        by_method[method] = by_method.get(method, 0) + 1
    status = int(parts[2].split()[0])
    if status >= 500:
        failed_upstream.append(line.strip())
print("nginx passed %d requests on to the other instance (by method: %s); 5xx answers from nginx: %d"
      % (passed_on, by_method, len(failed_upstream)))
for l in failed_upstream[:10]:
    print("  " + l)
json.dump({"kill": kill, "errors": len(errors), "inFlight": len(in_flight), "after": len(after), "before": len(before),
           "passedOn": by_method, "nginx5xx": len(failed_upstream)}, open(out + "/kill.json", "w"))
PY
start=$(date +%s.%N)
bench/two-nodes.sh start-instance "$VICTIM"
echo "instance $VICTIM came up again in $(python3 -c "import time,sys; print('%.1f' % (time.time() - float(sys.argv[1])))" "$start") s"
exit $verified
