#!/usr/bin/env python3
"""Checks that every write a drill's clients saw acknowledged is in the database: each measurement id
in indicator_measurement, each status report at the acknowledged version or a later one. Prints the
counts and exits 1 when a write is missing.

    verify.py OUT [SCHEMA=pejling_drills]     (psql to 127.0.0.1:5432/test as postgres; PG* variables override)
"""
import json
import os
import subprocess
import sys

out = sys.argv[1]
schema = sys.argv[2] if len(sys.argv) > 2 else "pejling_drills"


def query(sql):
    env = dict(os.environ)
    env.setdefault("PGHOST", "127.0.0.1")
    env.setdefault("PGUSER", "postgres")
    env.setdefault("PGDATABASE", "test")
    result = subprocess.run(["psql", "-X", "-At", "-F", "|", "-c", "SET search_path TO %s" % schema, "-c", sql],
                            env=env, check=True, capture_output=True, text=True)
    return [line.split("|") for line in result.stdout.splitlines() if line and line != "SET"]


acks = [json.loads(line) for line in open(os.path.join(out, "acks.jsonl"))]
measures = {a["id"] for a in acks if a["kind"] == "measure"}
reports = {}
for a in acks:
    if a["kind"] == "status":
        reports[a["id"]] = max(reports.get(a["id"], 0), a["version"])

missing = []
ids = sorted(measures)
for i in range(0, len(ids), 500):
    chunk = ids[i:i + 500]
    found = {row[0] for row in query("SELECT id FROM indicator_measurement WHERE id IN (%s)"
                                     % ",".join("'%s'" % x for x in chunk))}
    missing += [("measure", x) for x in chunk if x not in found]
if reports:
    versions = {row[0]: int(row[1]) for row in query("SELECT id, version FROM status_report WHERE id IN (%s)"
                                                     % ",".join("'%s'" % x for x in reports))}
    missing += [("status", x, v, versions.get(x)) for x, v in reports.items() if versions.get(x, -1) < v]

print("acknowledged writes: %d measurements, %d status submissions (%d reports); missing in the database: %d"
      % (len(measures), sum(1 for a in acks if a["kind"] == "status"), len(reports), len(missing)))
for m in missing[:20]:
    print("  missing:", m)
sys.exit(1 if missing else 0)
