#!/usr/bin/env bash
# Drill (issue 20, item 5): the data directory's disk fills up during an upload.
# A 16 MB tmpfs is the data directory of one instance (file storage, PostgreSQL schema of its own,
# search index in memory so only the uploads fill the disk). Documents of 3 MB are uploaded until the
# disk is full. Checks: the failed upload is answered with a clear error (507 and its problem text),
# no part file is left, every document row names a file of the size it records, and after space is
# freed the same upload succeeds. Needs root (mount). Results in bench/results/drill-disk-full-*/.
#
#   bench/drills/disk-full.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/jdk.sh
use_jdk_21_or_newer
OUT=$PWD/bench/results/drill-disk-full-$(date -u +%Y%m%dT%H%M%SZ)
DATA=$PWD/target/two-nodes/full
SCHEMA=${TWO_NODES_PG_SCHEMA:-pejling_drills}_full
PORT=8204
TOKEN=two-nodes-drill-token-0123456789
mkdir -p "$OUT" "$DATA"
mountpoint -q "$DATA" || mount -t tmpfs -o size=16m tmpfs "$DATA"
psql -X -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
jar=$(ls target/app/pejling-*.jar | grep -v -- '-plain' | head -n 1)
cache=$(ls target/app/pejling-jdk*.aot 2>/dev/null | head -n 1 || true)
PEJLING_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" PEJLING_DB_USER=postgres PEJLING_DB_PASSWORD= \
PEJLING_DATA_DIR=$DATA PEJLING_SEARCH_INDEX_DIR=memory PEJLING_STORAGE=file PEJLING_DEMO_DATA=false \
PEJLING_BOOTSTRAP_ADMIN_TOKEN=$TOKEN SERVER_PORT=$PORT PEJLING_INSTANCE_ID=full \
    setsid "$JAVA_HOME/bin/java" ${cache:+-XX:AOTCache=$cache} -Xmx512m -jar "$jar" >"$OUT/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; sleep 2; umount "$DATA" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break; sleep 0.5; done

python3 - "$PORT" "$TOKEN" "$DATA" "$SCHEMA" "$OUT" <<'PY'
import json, os, subprocess, sys, urllib.request, uuid
port, token, data, schema, out = sys.argv[1:]
base = "http://127.0.0.1:%s" % port

def call(method, path, body=None, files=None):
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
    payload = None
    if files:
        boundary = uuid.uuid4().hex
        payload = b""
        for name, value in files.items():
            if isinstance(value, tuple):
                payload += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n"
                            % (boundary, name, value[0], value[2])).encode() + value[1] + b"\r\n"
            else:
                payload += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (boundary, name, value)).encode()
        payload += ("--%s--\r\n" % boundary).encode()
        headers["Content-Type"] = "multipart/form-data; boundary=" + boundary
    elif body is not None:
        payload = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    try:
        with urllib.request.urlopen(urllib.request.Request(base + path, payload, headers, method=method), timeout=120) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")

def sql(q):
    return subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c",
                           "SET search_path TO %s" % schema, "-c", q], check=True, capture_output=True, text=True).stdout.split()[1:]

org = call("POST", "/api/v1/organisations", {"name": "Fuld disk %s" % uuid.uuid4().hex[:6], "kind": "MUNICIPALITY"})[1]["id"]
status, strategy = call("POST", "/api/v1/strategies", {"title": "Fuld disk", "kind": "PLAN", "ownerId": org, "status": "ADOPTED", "visibility": "PUBLIC"})
sid, version = strategy["id"], strategy["version"]
# 10 MB of the 16 taken by something else, so the third 3 MB upload finds the disk full half-way
with open(os.path.join(data, "filler"), "wb") as f:
    f.write(b"\0" * (10 * 1024 * 1024))
content = b"Referat af et m\xc3\xb8de.\n" * (3 * 1024 * 1024 // 22)
answers = []
for i in range(10):
    status, answer = call("POST", "/api/v1/strategies/%s/documents" % sid,
                          files={"file": ("bilag-%d.txt" % i, content, "text/plain"), "version": str(version), "title": "Bilag %d" % i})
    answers.append((status, answer.get("title") if isinstance(answer, dict) else None, answer.get("detail") if isinstance(answer, dict) else None))
    if status >= 300:
        break
    version += 1
docs = os.path.join(data, "documents")
names = os.listdir(docs) if os.path.isdir(docs) else []
leftovers = [n for n in names if n.endswith(".part") or n.startswith("upload-")]
rows = sql("SELECT id || ':' || size_bytes FROM strategy_link WHERE strategy_id = '%s' AND file_name IS NOT NULL" % sid)
missing = [r for r in rows if not os.path.isfile(os.path.join(docs, r.split(":")[0]))
           or os.path.getsize(os.path.join(docs, r.split(":")[0])) != int(r.split(":")[1])]
orphans = [n for n in names if n not in {r.split(":")[0] for r in rows} and n not in leftovers]
df = subprocess.run(["df", "-k", data], capture_output=True, text=True).stdout.splitlines()[-1]
# free space (the filler the drill put there), then the same upload must succeed
os.remove(os.path.join(data, "filler"))
status_again, _ = call("POST", "/api/v1/strategies/%s/documents" % sid,
                       files={"file": ("igen.txt", content, "text/plain"), "version": str(version), "title": "Igen"})
result = {"uploads": answers, "rows": len(rows), "rowsWithoutTheirFile": missing, "partFilesLeft": leftovers,
          "filesNoRowNames": orphans, "df": df, "uploadAfterFreeing": status_again}
print(json.dumps(result, indent=1))
json.dump(result, open(os.path.join(out, "result.json"), "w"), indent=1)
ok = answers[-1][0] == 507 and not missing and not leftovers and not orphans and status_again == 201
sys.exit(0 if ok else 1)
PY
