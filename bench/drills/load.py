#!/usr/bin/env python3
"""Users of Pejling for the drills: each client reads pages, submits its initiative's status, enters
measurements on its own indicator and downloads reports, with a think time between requests, through
one address (nginx in bench/two-nodes.sh). Standard library only.

Every write the server acknowledged (2xx) goes to acks.jsonl with its id, so verify.py can check
afterwards that each is in the database. Every failed request goes to errors.jsonl with the time it
was sent and answered. Prints p50/p99/max per request kind and writes summary.json.

    load.py setup BASE TOKEN CLIENTS OUT          creates a drill strategy, a round, an initiative and
                                                 an indicator per client; writes OUT/state.json
    load.py run OUT [--seconds 60] [--think 0.5] [--clients N] [--mix read=70,status=10,measure=12,report=8]
"""
import argparse
import http.client
import json
import os
import random
import statistics
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor


class Client:
    """One keep-alive connection. A connection idle for longer than IDLE_REOPEN is reopened before use, as nginx
    closes idle ones (keepalive_timeout); a request that fails on a reused connection before any answer came (the
    server had closed it meanwhile, so it never read the request) is sent once more on a new connection: safe for
    a POST too. A 503 with Retry-After (no database connection was free; nothing was done) is sent again once
    after the time it names. Anything else without an answer counts as failed."""

    IDLE_REOPEN = 30.0  # seconds; below nginx's keepalive_timeout of 75 s
    STALE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError, ConnectionAbortedError)

    def __init__(self, base, token):
        parts = urllib.parse.urlsplit(base)
        self.host, self.port = parts.hostname, parts.port or 80
        self.token = token
        self.conn = None
        self.used_at = 0.0
        self.reconnects = 0  # stale connections reopened and the request sent again
        self.retries_503 = 0  # 503 answers with Retry-After sent again

    def call(self, method, path, body=None, auth=True, timeout=130):
        status, content, retry_after = self._call(method, path, body, auth, timeout)
        if status == 503 and retry_after is not None:
            self.retries_503 += 1
            time.sleep(min(retry_after, 10))
            status, content, _ = self._call(method, path, body, auth, timeout)
        return status, content

    def _call(self, method, path, body, auth, timeout):
        headers = {"Accept": "application/json"}
        if auth:
            headers["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.conn is not None and time.time() - self.used_at > self.IDLE_REOPEN:
            self._close()
        for attempt in (1, 2):
            reused = self.conn is not None
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                content = response.read()
                self.used_at = time.time()
                if response.getheader("Connection", "").lower() == "close":
                    self._close()
                retry_after = response.getheader("Retry-After")
                return response.status, content, int(retry_after) if retry_after and retry_after.isdigit() else None
            except self.STALE as e:  # closed by the server before any answer: the request was never read
                self._close()
                if reused and attempt == 1:
                    self.reconnects += 1
                    continue
                return None, ("%s: %s" % (type(e).__name__, e)).encode(), None
            except Exception as e:  # refused, timeout: no answer at all
                self._close()
                return None, ("%s: %s" % (type(e).__name__, e)).encode(), None

    def _close(self):
        if self.conn is not None:
            self.conn.close()
        self.conn = None

    def json(self, method, path, body=None):
        status, content = self.call(method, path, body)
        if status is None or status >= 300:
            raise RuntimeError("%s %s -> %s %s" % (method, path, status, content[:300]))
        return json.loads(content or b"null")


def setup(base, token, clients, out):
    api = Client(base, token)
    stamp = time.strftime("%H%M%S")
    org = api.json("GET", "/api/v1/organisations?q=Familie-%20og%20Besk&size=1")["items"][0]["id"]
    strategy = api.json("POST", "/api/v1/strategies", {
        "title": "Drill %s: %d brugere" % (stamp, clients), "kind": "PLAN", "ownerId": org,
        "status": "ADOPTED", "visibility": "PUBLIC"})["id"]
    local = threading.local()

    def own():  # one connection per setup thread
        if not hasattr(local, "api"):
            local.api = Client(base, token)
        return local.api

    def create(i):
        initiative = own().json("POST", "/api/v1/initiatives", {
            "strategyId": strategy, "number": "%d" % (i + 1), "kind": "ACTION", "responsibleId": org,
            "title": "Drill-indsats %d" % (i + 1), "description": "<p>Indsats %d i drill %s.</p>" % (i + 1, stamp)})["id"]
        indicator = own().json("POST", "/api/v1/indicators", {
            "name": "Drill %s indikator %d" % (stamp, i + 1), "unit": "COUNT", "direction": "HIGHER_IS_BETTER",
            "frequency": "MONTH", "visibility": "PUBLIC"})["id"]
        return initiative, indicator

    with ThreadPoolExecutor(8) as pool:
        created = list(pool.map(create, range(clients)))
    initiatives, indicators = [c[0] for c in created], [c[1] for c in created]
    round_id = api.json("POST", "/api/v1/reporting-rounds", {
        "strategyId": strategy, "title": "Drill-runde %s" % stamp, "asOf": "2026-11-30", "dueDate": "2026-12-31"})["id"]
    demo = api.json("GET", "/api/v1/strategies?q=Tryg%20Aalborg&size=1")["items"]
    state = {"base": base, "token": token, "strategy": strategy, "round": round_id, "initiatives": initiatives,
             "indicators": indicators, "demoStrategy": demo[0]["id"] if demo else strategy}
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "state.json"), "w") as f:
        json.dump(state, f, indent=1)
    print("drill strategy %s, round %s, %d initiatives and indicators" % (strategy, round_id, clients), file=sys.stderr)


class Recorder:
    def __init__(self, out):
        self.lock = threading.Lock()
        self.latencies = {}
        self.acks = open(os.path.join(out, "acks.jsonl"), "a")
        self.errors = open(os.path.join(out, "errors.jsonl"), "a")
        self.error_count = {}
        self.reconnects = 0
        self.retries_503 = 0

    def request(self, kind, sent, answered, status, ok, detail=None, ack=None):
        with self.lock:
            self.latencies.setdefault(kind, []).append((answered - sent) * 1000)
            if ack is not None:
                ack.update(kind=kind, sent=sent, answered=answered)
                self.acks.write(json.dumps(ack) + "\n")
            if not ok:
                self.error_count[kind] = self.error_count.get(kind, 0) + 1
                self.errors.write(json.dumps({"kind": kind, "sent": sent, "answered": answered, "status": status,
                                              "detail": (detail or b"")[:300].decode("utf-8", "replace")}) + "\n")

    def close(self):
        self.acks.close()
        self.errors.close()


def current_version(api, initiative, round_id, fallback):
    status, body = api.call("GET", "/api/v1/initiatives/%s/status-reports" % initiative)
    if status != 200:
        return fallback
    data = json.loads(body)
    for report in data if isinstance(data, list) else data.get("items", []):
        if report.get("roundId") == round_id and report.get("report"):
            return report["report"].get("version")
    return fallback


def user(n, state, until, think, mix, rec, stop):
    api = Client(state["base"], state["token"])
    initiative, indicator = state["initiatives"][n], state["indicators"][n]
    version = None  # of this client's status report, once it has one
    month = 0
    kinds, weights = zip(*mix.items())
    formats = ["pdf", "xlsx", "docx", "html"]
    rnd = random.Random(n)
    time.sleep(rnd.uniform(0, think * 2 if think else 0))
    while time.time() < until and not stop.is_set():
        kind = rnd.choices(kinds, weights)[0]
        sent = time.time()
        ack = None
        if kind == "read":
            path = rnd.choice(["/", "/strategier/%s" % state["demoStrategy"], "/strategier/%s/indsatser" % state["strategy"],
                               "/api/v1/strategies/%s" % state["demoStrategy"], "/api/v1/reporting-rounds/%s/overview" % state["round"],
                               "/indsatser/%s" % initiative])
            status, body = api.call("GET", path, auth=path.startswith("/api/"))
        elif kind == "status":
            body = {"roundId": state["round"], "status": rnd.choice(["i-gang", "afventer"]), "progress": rnd.randint(0, 100),
                    "comment": "<p>Status fra klient %d kl. %.3f</p>" % (n, sent)}
            if version is not None:
                body["version"] = version
            status, body = api.call("POST", "/api/v1/initiatives/%s/status-reports" % initiative, body)
            if status is not None and status < 300:
                report = json.loads(body)
                version = report["version"]
                ack = {"id": report["id"], "version": version}
            else:  # a conflict, or an answer lost on the way: read the version the server has
                version = current_version(api, initiative, state["round"], version)
        elif kind == "measure":
            period = "%04d-%02d" % (1900 + month // 12, month % 12 + 1)
            month += 1
            status, body = api.call("POST", "/api/v1/indicators/%s/measurements" % indicator,
                                    {"period": period, "value": month, "note": "klient %d" % n})
            if status is not None and status < 300:
                ack = {"id": json.loads(body)["id"], "period": period}
        else:  # report
            fmt = rnd.choice(formats)
            status, body = api.call("GET", "/api/v1/reports/status?strategy=%s&round=%s&format=%s"
                                    % (state["strategy"], state["round"], fmt))
        answered = time.time()
        ok = status is not None and status < 400
        rec.request(kind, sent, answered, status, ok, None if ok else body, ack)
        if think:
            time.sleep(rnd.expovariate(1 / think))
    with rec.lock:
        rec.reconnects += api.reconnects
        rec.retries_503 += api.retries_503


def run(args):
    with open(os.path.join(args.out, "state.json")) as f:
        state = json.load(f)
    clients = args.clients or len(state["initiatives"])
    mix = {k: float(v) for k, v in (p.split("=") for p in args.mix.split(","))}
    rec = Recorder(args.out)
    stop = threading.Event()
    start = time.time()
    until = start + args.seconds
    threads = [threading.Thread(target=user, args=(i, state, until, args.think, mix, rec, stop), daemon=True)
               for i in range(clients)]
    for t in threads:
        t.start()
    try:
        for t in threads:
            t.join()
    except KeyboardInterrupt:
        stop.set()
    rec.close()
    summary = {"start": start, "end": time.time(), "clients": clients, "think": args.think, "mix": mix, "kinds": {}}
    print("| request kind | requests | errors | p50 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind, values in sorted(rec.latencies.items()):
        q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
        summary["kinds"][kind] = {"requests": len(values), "errors": rec.error_count.get(kind, 0),
                                  "p50": q[49], "p99": q[98], "max": max(values)}
        print("| %s | %d | %d | %.0f | %.0f | %.0f |" % (kind, len(values), rec.error_count.get(kind, 0), q[49], q[98], max(values)))
    errors = sum(rec.error_count.values())
    summary.update(errors=errors, reconnects=rec.reconnects, retries503=rec.retries_503)
    print()
    print("errors: %d in %d requests; stale connections reopened and sent again: %d; 503 answers sent again after "
          "Retry-After: %d" % (errors, sum(len(v) for v in rec.latencies.values()), rec.reconnects, rec.retries_503))
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "setup":
        setup(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["run"])
    parser.add_argument("out")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=0.5)
    parser.add_argument("--clients", type=int, default=0)
    parser.add_argument("--mix", default="read=70,status=10,measure=12,report=8")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
