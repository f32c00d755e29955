#!/usr/bin/env bash
# Drill (issue 20, item 5): PostgreSQL restarted under load. CLIENTS clients read and write through
# nginx; RESTART_AT seconds in, the cluster is restarted (pg_ctlcluster ... restart: a fast shutdown,
# every connection closed). Checks: the instances are the same processes afterwards (no restart of the
# application), requests succeed again after the database is back (the last failure and the first
# success after it are printed), and every acknowledged write is in the database (verify.py).
# The PostgreSQL server is shared with other work on this machine: run it once, announced.
#
#   bench/drills/pg-restart.sh         (CLIENTS=20 DRILL_SECONDS=90 RESTART_AT=25 THINK=0.2)
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${CLIENTS:-20}
DURATION=${DRILL_SECONDS:-90}
RESTART_AT=${RESTART_AT:-25}
THINK=${THINK:-0.2}
BASE=http://127.0.0.1:${TWO_NODES_PORT:-8200}
TOKEN=${TWO_NODES_TOKEN:-two-nodes-drill-token-0123456789}
OUT=bench/results/drill-pg-restart-$(date -u +%Y%m%dT%H%M%SZ)
DIR=${TWO_NODES_DIR:-target/two-nodes}
mkdir -p "$OUT"
bench/two-nodes.sh up || bench/two-nodes.sh start
pids_before="$(cat "$DIR/a/pid") $(cat "$DIR/b/pid")"
python3 bench/drills/load.py setup "$BASE" "$TOKEN" "$CLIENTS" "$OUT"
cat /proc/loadavg >"$OUT/loadavg-before"
python3 bench/drills/load.py run "$OUT" --seconds "$DURATION" --think "$THINK" --mix read=60,status=15,measure=20,report=5 \
    >"$OUT/table.md" &
load=$!
sleep "$RESTART_AT"
t0=$(date +%s.%N)
pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main restart
t1=$(date +%s.%N)
wait "$load"
cat /proc/loadavg >"$OUT/loadavg-after"
pids_after="$(cat "$DIR/a/pid") $(cat "$DIR/b/pid")"
cat "$OUT/table.md"
python3 - "$OUT" "$t0" "$t1" <<'PY'
import json, sys
out, t0, t1 = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
errors = [json.loads(l) for l in open(out + "/errors.jsonl")]
acks = [json.loads(l) for l in open(out + "/acks.jsonl")]
last_error = max((e["answered"] for e in errors), default=None)
first_ok_after = min((a["answered"] for a in acks if a["sent"] > t1), default=None)
print("PostgreSQL down for %.1f s (restart command); failed requests: %d, sent %s; last failure %s s after the restart began; "
      "first acknowledged write sent after the restart answered %s s after it began"
      % (t1 - t0, len(errors), sorted(set(round(e["sent"] - t0, 1) for e in errors))[:20],
         None if last_error is None else round(last_error - t0, 1),
         None if first_ok_after is None else round(first_ok_after - t0, 1)))
for e in errors[:8]:
    print("  %s %+.2f s: %s %s" % (e["kind"], e["sent"] - t0, e["status"], e["detail"][:100]))
json.dump({"down": t1 - t0, "errors": len(errors)}, open(out + "/pg.json", "w"))
PY
echo "instances before: $pids_before, after: $pids_after ($([[ $pids_before == "$pids_after" ]] && echo 'not restarted' || echo 'RESTARTED'))"
python3 bench/drills/verify.py "$OUT" "${TWO_NODES_PG_SCHEMA:-pejling_drills}"
