#!/usr/bin/env python3
"""kill -9 in the middle of a write that must be all or nothing, then a restart that must come up.

    crash.py SCENARIO [DELAYS, seconds after the request was sent, comma-separated; default 0.3,1,2.5]

Scenarios (each kills the JVM doing the work, checks the database, starts it again):
  measure-import   POST /api/v1/measurements/imports of 30,000 values (20 indicators x 1,500 months)
                   on instance a of bench/two-nodes.sh; afterwards 0 or 30,000 values
  minutes-confirm  POST /api/v1/proceedings/imports/{id}/confirm of a 243-item minutes text on a;
                   afterwards no meeting, or the meeting with all its items
  status           40 threads submitting statuses, each with a measurement in the same request, on a;
                   afterwards every submission's status and value both there or both missing
  restore-api      POST /api/v1/admin/archives/restore into an empty installation (its own schema, port 8203)
  restore-cli      the command line restore (./pejling restore FILE) into an empty installation (its own schema)
  demo-load        the first start on an empty schema, killed while it loads the demo data
Writes bench/results/drill-crash-<scenario>-<time>/result.json and prints a line per try.
"""
import glob
import io
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.request
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TOKEN = os.environ.get("TWO_NODES_TOKEN", "two-nodes-drill-token-0123456789")
SCHEMA = os.environ.get("TWO_NODES_PG_SCHEMA", "pejling_drills")
A = "http://127.0.0.1:%s" % os.environ.get("TWO_NODES_PORT_A", "8201")
C_PORT = 8203
PG_URL = "jdbc:postgresql://127.0.0.1:5432/test"


def sh(*args, check=True):
    return subprocess.run(args, cwd=ROOT, check=check, capture_output=True, text=True).stdout


def sql(query, schema=SCHEMA):
    out = subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c",
                          "SET search_path TO %s" % schema, "-c", query], check=True, capture_output=True, text=True).stdout
    return [l for l in out.splitlines() if l and l != "SET"]


def count(query, schema=SCHEMA):
    return int(sql(query, schema)[0])


def call(base, method, path, body=None, files=None, timeout=300):
    headers = {"Authorization": "Bearer " + TOKEN, "Accept": "application/json"}
    data = None
    if files:
        boundary = uuid.uuid4().hex
        parts = io.BytesIO()
        for name, (filename, content, ctype) in files.items():
            parts.write(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n"
                         % (boundary, name, filename, ctype)).encode())
            parts.write(content + b"\r\n")
        parts.write(("--%s--\r\n" % boundary).encode())
        data = parts.getvalue()
        headers["Content-Type"] = "multipart/form-data; boundary=" + boundary
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


def in_thread(fn):
    result = {}

    def run():
        t0 = time.time()
        try:
            result["answer"] = fn()
        except Exception as e:
            result["error"] = "%s: %s" % (type(e).__name__, str(e)[:200])
        result["seconds"] = time.time() - t0
    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, result


def restart_a():
    t0 = time.time()
    subprocess.run(["bench/two-nodes.sh", "start-instance", "a"], cwd=ROOT, check=True, capture_output=True)
    return round(time.time() - t0, 1)


def kill_a():
    subprocess.run(["bench/two-nodes.sh", "kill", "a"], cwd=ROOT, check=True, capture_output=True)


def org_id(base=A):
    return call(base, "GET", "/api/v1/organisations?q=Familie-%20og%20Besk&size=1")["items"][0]["id"]


# ------------------------------------------------------------------ scenarios on instance a
def measure_import(delay):
    stamp = uuid.uuid4().hex[:6]
    ids = [call(A, "POST", "/api/v1/indicators", {"name": "Crash %s %d" % (stamp, i), "unit": "COUNT",
                                                   "direction": "HIGHER_IS_BETTER", "frequency": "MONTH"})["id"]
           for i in range(20)]
    rows = ["indikator;periode;værdi"]
    for ind in ids:
        rows += ["%s;%04d-%02d;%d" % (ind, 1900 + m // 12, m % 12 + 1, m) for m in range(1500)]
    csv = ("\n".join(rows) + "\n").encode()
    t, result = in_thread(lambda: call(A, "POST", "/api/v1/measurements/imports",
                                       files={"file": ("crash.csv", csv, "text/csv")}))
    time.sleep(delay)
    kill_a()
    t.join(10)
    up = restart_a()
    n = count("SELECT count(*) FROM indicator_measurement WHERE indicator_id IN (%s)" % ",".join("'%s'" % i for i in ids))
    return {"answered": "answer" in result, "error": result.get("error"), "values": n, "expected": 30000,
            "allOrNothing": n in (0, 30000) and (n == 30000 or "answer" not in result), "restartSeconds": up}


def minutes_text(date):
    seed = open(os.path.join(ROOT, "src/main/resources/demo/proceedings/beskaeftigelsesudvalget-2014-08-19.txt"),
                encoding="utf-8").read()
    minutes = seed[seed.index("Transkript:") + len("Transkript:"):]
    minutes = re.sub(r"Møde den \d\d\.\d\d\.\d{4} Side \d+", " ", minutes)
    bodies = [re.sub(r"\s+", " ", b).strip() for b in re.findall(r"Punkt \d+\. (.*?)(?=Punkt \d+\. |$)", minutes, re.S)]
    lines = ["AALBORG BYRÅD Mødet den %s, - 16:00 Mødelokale E, Sønderbro 12, 9000 Aalborg" % date]
    for n in range(1, 244):
        lines.append("Punkt %d. %s" % (n, re.sub(r"\b(20\d\d)-(\d+)\.", r"\g<1>-%d." % (10000 + n), bodies[(n - 1) % len(bodies)], 1)))
    return "\n".join(lines).encode("utf-8")


def minutes_confirm(delay):
    day = 1 + int(time.time()) % 28
    date = "%02d.%02d.%d" % (day, 1 + int(time.time() / 28) % 12, 1990 + int(time.time()) % 20)
    preview = call(A, "POST", "/api/v1/proceedings/imports", files={"file": ("referat.txt", minutes_text(date), "text/plain")})
    items = len(preview.get("items") or preview.get("minutes", {}).get("items", []))
    before_meetings = count("SELECT count(*) FROM meeting")
    before_items = count("SELECT count(*) FROM agenda_item")
    t, result = in_thread(lambda: call(A, "POST", "/api/v1/proceedings/imports/%s/confirm" % preview["id"],
                                       {"committee": "Beskæftigelsesudvalget"}))
    time.sleep(delay)
    kill_a()
    t.join(10)
    up = restart_a()
    meetings = count("SELECT count(*) FROM meeting") - before_meetings
    new_items = count("SELECT count(*) FROM agenda_item") - before_items
    ok = (meetings, new_items) in ((0, 0), (1, items)) and not (meetings == 0 and "answer" in result)
    return {"answered": "answer" in result, "error": result.get("error"), "itemsRead": items, "meetings": meetings,
            "items": new_items, "allOrNothing": ok, "restartSeconds": up}


def status(delay):
    org = org_id()
    stamp = uuid.uuid4().hex[:6]
    strategy = call(A, "POST", "/api/v1/strategies", {"title": "Crash %s" % stamp, "kind": "PLAN", "ownerId": org,
                                                       "status": "ADOPTED", "visibility": "PUBLIC"})["id"]
    goal = call(A, "POST", "/api/v1/goals", {"strategyId": strategy, "title": "Mål %s" % stamp, "kind": "GOAL"})["id"]
    pairs = []
    for i in range(40):
        ind = call(A, "POST", "/api/v1/indicators", {"name": "Crash %s %d" % (stamp, i), "unit": "COUNT", "direction": "HIGHER_IS_BETTER",
                                                     "frequency": "MONTH", "goals": [{"goalId": goal}]})["id"]
        ini = call(A, "POST", "/api/v1/initiatives", {"strategyId": strategy, "number": str(i + 1), "kind": "ACTION",
                                                      "title": "Indsats %d" % i, "responsibleId": org, "goalIds": [goal]})["id"]
        pairs.append((ini, ind))
    round_id = call(A, "POST", "/api/v1/reporting-rounds", {"strategyId": strategy, "title": "Runde", "asOf": "2026-11-30",
                                                             "dueDate": "2026-12-31"})["id"]
    acked, stop = [], threading.Event()

    def owner(i):
        ini, ind = pairs[i]
        version, month = None, 0
        while not stop.is_set():
            marker = "m%s-%d-%d" % (stamp, i, month)
            body = {"roundId": round_id, "status": "i-gang", "comment": "<p>%s</p>" % marker, "progress": month % 100,
                    "measurements": [{"indicatorId": ind, "period": "%04d-%02d" % (1900 + month // 12, month % 12 + 1),
                                      "value": month, "note": marker}]}
            if version is not None:
                body["version"] = version
            month += 1
            try:
                version = call(A, "POST", "/api/v1/initiatives/%s/status-reports" % ini, body, timeout=30)["version"]
                acked.append(marker)
            except Exception:
                return
    threads = [threading.Thread(target=owner, args=(i,), daemon=True) for i in range(40)]
    for t in threads:
        t.start()
    time.sleep(delay)
    kill_a()
    stop.set()
    for t in threads:
        t.join(10)
    up = restart_a()
    notes = set(sql("SELECT note FROM indicator_measurement WHERE note LIKE 'm%s-%%'" % stamp))
    comments = set(re.findall(r"m%s-\d+-\d+" % stamp, " ".join(sql(
        "SELECT comment FROM status_report_revision WHERE comment LIKE '%%m%s-%%' UNION ALL "
        "SELECT comment FROM status_report WHERE comment LIKE '%%m%s-%%'" % (stamp, stamp)))))
    lost = [m for m in acked if m not in notes]
    half = sorted(notes ^ comments)
    return {"acknowledged": len(acked), "values": len(notes), "statuses": len(comments), "lostAcknowledged": len(lost),
            "onlyHalf": half[:5], "allOrNothing": not half and not lost, "restartSeconds": up}


# ------------------------------------------------------------------ scenarios with their own JVM and schema
def app_jar():
    return [p for p in glob.glob(os.path.join(ROOT, "target/app/pejling-*.jar")) if "-plain" not in p][0]


def java_cmd():
    java = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
    cache = glob.glob(os.path.join(ROOT, "target/app/pejling-jdk*.aot"))
    return [java] + (["-XX:AOTCache=" + cache[0]] if cache else []) + ["-Xmx512m", "-jar", app_jar()]


def fresh(schema):
    subprocess.run(["psql", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c",
                    "DROP SCHEMA IF EXISTS %s CASCADE" % schema, "-c", "CREATE SCHEMA %s" % schema], check=True)


def env_for(schema, data, demo):
    env = dict(os.environ, PEJLING_DB_URL="%s?currentSchema=%s" % (PG_URL, schema), PEJLING_DB_USER="postgres",
               PEJLING_DB_PASSWORD="", PEJLING_DATA_DIR=data, PEJLING_DEMO_DATA=demo, SERVER_PORT=str(C_PORT),
               PEJLING_INSTANCE_ID="c", PEJLING_BOOTSTRAP_ADMIN_TOKEN=TOKEN, PEJLING_STORAGE=os.environ.get("PEJLING_STORAGE", "database"))
    return env


def start_c(schema, data, demo, log):
    return subprocess.Popen(java_cmd(), cwd=ROOT, env=env_for(schema, data, demo), stdout=open(log, "ab"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def wait_port(port, proc, seconds=400):
    t0 = time.time()
    while time.time() - t0 < seconds:
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/actuator/health" % port, timeout=2) as r:
                if r.status == 200:
                    return round(time.time() - t0, 1)
        except Exception:
            pass
        if proc.poll() is not None:
            raise RuntimeError("the instance stopped with %s" % proc.returncode)
        time.sleep(0.2)
    raise RuntimeError("not up in %d s" % seconds)


def kill(proc):
    proc.kill()
    proc.wait()


TABLES = ["organisation", "strategy", "strategy_goal", "indicator", "indicator_measurement", "initiative", "meeting", "agenda_item"]


def counts(schema):
    """Rows per table; a table that does not exist yet (killed before the migrations) has none."""
    exists = set(sql("SELECT table_name FROM information_schema.tables WHERE table_schema = '%s'" % schema, schema))
    return {t: count("SELECT count(*) FROM %s" % t, schema) if t in exists else 0 for t in TABLES}


def archive(out):
    path = os.path.join(out, "archive.zip")
    if not os.path.exists(path):
        req = urllib.request.Request(A + "/api/v1/admin/archives?scope=all", method="POST",
                                     headers={"Authorization": "Bearer " + TOKEN})
        with urllib.request.urlopen(req, timeout=600) as r, open(path, "wb") as f:
            f.write(r.read())
    return path


def restore_api(delay, out):
    schema, data = SCHEMA + "_r", os.path.join(out, "c-data")
    fresh(schema)
    zip_path = archive(out)
    source = counts(SCHEMA)
    proc = start_c(schema, data, "false", os.path.join(out, "c.log"))
    wait_port(C_PORT, proc)
    base = "http://127.0.0.1:%d" % C_PORT
    content = open(zip_path, "rb").read()
    t, result = in_thread(lambda: call(base, "POST", "/api/v1/admin/archives/restore",
                                       files={"file": ("archive.zip", content, "application/zip")}, timeout=900))
    time.sleep(delay)
    kill(proc)
    t.join(10)
    after = counts(schema)
    proc = start_c(schema, data, "false", os.path.join(out, "c.log"))
    up = wait_port(C_PORT, proc)
    again = None
    if after["organisation"] == 0:
        again = call(base, "POST", "/api/v1/admin/archives/restore", files={"file": ("archive.zip", content, "application/zip")},
                     timeout=900).get("restored")
    final = counts(schema)
    kill(proc)
    return {"answered": "answer" in result, "error": result.get("error"), "afterKill": after, "source": source,
            "allOrNothing": after == source or all(v == 0 for v in after.values()), "restartSeconds": up,
            "restoredAgain": again, "complete": final == source}


def restore_cli(delay, out):
    schema, data = SCHEMA + "_r", os.path.join(out, "cli-data")
    fresh(schema)
    zip_path = archive(out)
    source = counts(SCHEMA)
    env = env_for(schema, data, "false")
    env.pop("PEJLING_BOOTSTRAP_ADMIN_TOKEN")
    # what `./pejling restore FILE` runs (without its build check, which would rebuild a changed tree mid-drill)
    cmd = java_cmd() + ["--server.port=0", "--logging.level.root=warn", "--spring.main.banner-mode=off",
                        "--pejling.archive.command=restore", "--pejling.archive.file=" + zip_path, "--pejling.archive.dry-run=false"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=open(os.path.join(out, "cli.log"), "ab"), stderr=subprocess.STDOUT,
                            start_new_session=True)
    # the JVM is the process itself (./pejling execs java); wait until it has begun to write
    time.sleep(delay)
    finished = proc.poll() is not None
    kill(proc)
    after = counts(schema)
    t0 = time.time()
    rc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=open(os.path.join(out, "cli.log"), "ab"), stderr=subprocess.STDOUT).returncode
    final = counts(schema)
    return {"finishedBeforeKill": finished, "afterKill": after, "source": source,
            "allOrNothing": after == source or all(v == 0 for v in after.values()),
            "secondRunExit": rc, "secondRunSeconds": round(time.time() - t0, 1), "complete": final == source}


def demo_load(delay, out):
    schema, data = SCHEMA + "_demo", os.path.join(out, "demo-data-%s" % delay)
    fresh(schema)
    log = os.path.join(out, "demo-%s.log" % delay)
    proc = start_c(schema, data, "true", log)
    # wait for the migrations to be done, then kill the given seconds into the demo load
    t0 = time.time()
    while time.time() - t0 < 400 and "Successfully applied" not in open(log, errors="replace").read() \
            and "is up to date" not in open(log, errors="replace").read():
        time.sleep(0.1)
    time.sleep(delay)
    loaded_before_kill = "Loaded demo data" in open(log, errors="replace").read()
    kill(proc)
    after = counts(schema)
    proc = start_c(schema, data, "true", log)
    up = wait_port(C_PORT, proc)
    final = counts(schema)
    kill(proc)
    return {"loadedBeforeKill": loaded_before_kill, "afterKill": after, "afterRestart": final,
            "allOrNothing": all(v == 0 for v in after.values()) or after == final, "restartSeconds": up}


def main():
    scenario = sys.argv[1]
    delays = [float(d) for d in (sys.argv[2] if len(sys.argv) > 2 else "0.3,1,2.5").split(",")]
    out = os.path.join(ROOT, "bench/results/drill-crash-%s-%s" % (scenario, time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())))
    os.makedirs(out, exist_ok=True)
    results = []
    if scenario in ("measure-import", "minutes-confirm", "status", "restore-api", "restore-cli"):
        if subprocess.run(["bench/two-nodes.sh", "up"], cwd=ROOT).returncode != 0:
            restart_a()  # after an earlier drill left a down
    for delay in delays:
        if scenario == "measure-import":
            r = measure_import(delay)
        elif scenario == "minutes-confirm":
            r = minutes_confirm(delay)
        elif scenario == "status":
            r = status(delay)
        elif scenario == "restore-api":
            r = restore_api(delay, out)
        elif scenario == "restore-cli":
            r = restore_cli(delay, out)
        elif scenario == "demo-load":
            r = demo_load(delay, out)
        else:
            sys.exit(__doc__)
        r["delay"] = delay
        results.append(r)
        print(json.dumps(r), flush=True)
    json.dump(results, open(os.path.join(out, "result.json"), "w"), indent=1)
    sys.exit(0 if all(r["allOrNothing"] for r in results) else 1)


if __name__ == "__main__":
    main()
