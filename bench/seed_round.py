#!/usr/bin/env python3
"""Seeds a strategy with N initiatives and an open round through the REST API, then submits
reports for the first half from many threads at once (every owner a different initiative) and
checks that none was lost. Prints the round id. Standard library only.

usage: seed_round.py BASE_URL TOKEN [INITIATIVES] [CONCURRENT_OWNERS]
"""
import json
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, token = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
owners = int(sys.argv[4]) if len(sys.argv) > 4 else 200


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"null")


org = call("GET", "/api/v1/organisations?q=Familie-%20og%20Besk&size=1")["items"][0]["id"]
strategy = call("POST", "/api/v1/strategies", {"title": "Benchmark: %d indsatser" % count, "kind": "PLAN",
                                                "ownerId": org, "status": "ADOPTED", "visibility": "PUBLIC"})["id"]
with ThreadPoolExecutor(8) as pool:
    ids = list(pool.map(lambda i: call("POST", "/api/v1/initiatives", {
        "strategyId": strategy, "number": "%d.%d" % (i // 100 + 1, i % 100 + 1), "kind": "ACTION",
        "title": "Handling %d om tryghed i lokalområdet" % (i + 1), "responsibleId": org,
        "description": "<p>Beskrivelse af handling %d.</p>" % (i + 1)})["id"], range(count)))
round_id = call("POST", "/api/v1/reporting-rounds", {"strategyId": strategy, "title": "Benchmark-runde",
                                                     "asOf": "2026-03-01", "dueDate": "2026-03-15"})["id"]

statuses = ["i-gang", "afventer", "gennemfoeres-ikke"]


def submit(i):
    return call("POST", "/api/v1/initiatives/%s/status-reports" % ids[i], {
        "roundId": round_id, "status": statuses[i % 3], "progress": i % 101,
        "comment": "<p>Status for handling %d: <u>fremdrift</u></p><ul><li>punkt</li></ul>" % (i + 1)})


# The owners submit all at once; then the rest of the first half, so the overview has both kinds of rows.
with ThreadPoolExecutor(owners) as pool:
    list(pool.map(submit, range(owners)))
with ThreadPoolExecutor(8) as pool:
    list(pool.map(submit, range(owners, count // 2)))

overview = call("GET", "/api/v1/reporting-rounds/%s/overview" % round_id)
reported = sum(c["count"] for c in overview["counts"] if c["status"] != "not-reported")
lost = (count // 2) - reported
print("seeded %d initiatives, %d reports (%d submitted by %d owners at once), lost updates: %d"
      % (count, reported, owners, owners, lost), file=sys.stderr)
if lost != 0:
    sys.exit("lost updates: %d" % lost)
print(round_id)
