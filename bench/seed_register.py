#!/usr/bin/env python3
"""Seeds the register through the REST API: N strategies (10 % internal) spread over the demo's
organisations, and one strategy with a 500-goal tree of depth 4. Prints the big strategy's id.
Standard library only.

usage: seed_register.py BASE_URL TOKEN [STRATEGIES]
"""
import json
import random
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, token = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
random.seed(42)


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"null")


orgs = [o["id"] for o in call("GET", "/api/v1/organisations?size=200")["items"]]
themes = ["Tryghed", "Beskæftigelse", "Sundhed", "Uddannelse", "Bæredygtighed", "Børn og unge", "Integration"]
kinds = ["STRATEGY", "POLICY", "PLAN", "ACTION_PLAN", "MASTER_PLAN"]
statuses = ["DRAFT", "IN_HEARING", "ADOPTED", "EXPIRED", "REPLACED"]


def strategy(i):
    start = 2010 + i % 15
    return call("POST", "/api/v1/strategies", {
        "title": "%s %d for %s" % (random.choice(["Strategi", "Handleplan", "Politik"]), i, random.choice(themes).lower()),
        "kind": kinds[i % len(kinds)], "ownerId": orgs[i % len(orgs)], "partnerIds": [orgs[(i * 7 + 3) % len(orgs)]],
        "status": statuses[i % len(statuses)], "periodFrom": "%d-01-01" % start, "periodTo": "%d-12-31" % (start + 3),
        "summary": "Fælles indsats nr. %d om %s i kommunen, politiet og regionen." % (i, random.choice(themes).lower()),
        "themes": random.sample(themes, 2), "visibility": "INTERNAL" if i % 10 == 0 else "PUBLIC"})["id"]


with ThreadPoolExecutor(8) as pool:
    list(pool.map(strategy, range(count)))

big = call("POST", "/api/v1/strategies", {"title": "Benchmark: 500 mål", "kind": "GOALS_AND_STRATEGIES",
                                           "ownerId": orgs[0], "status": "ADOPTED", "visibility": "PUBLIC"})["id"]


def goal(parent, code, kind):
    body = {"strategyId": big, "code": code, "kind": kind, "title": "Mål %s om tryghed og trivsel" % code,
            "description": "Beskrivelse af mål %s." % code}
    if parent:
        body["parentId"] = parent
    return call("POST", "/api/v1/goals", body)["id"]


# 1 mission + 7 main goals + 7 × 8 goals + 7 × 8 × 8 sub-goals = 512, cut at 500.
made = 0
mission = goal(None, "M", "MISSION"); made += 1
for m in range(7):
    main = goal(mission, str(m + 1), "MAIN_GOAL"); made += 1
    for g in range(8):
        mid = goal(main, "%d.%d" % (m + 1, g + 1), "GOAL"); made += 1
        with ThreadPoolExecutor(8) as pool:
            wanted = min(8, 500 - made)
            list(pool.map(lambda s: goal(mid, "%d.%d.%d" % (m + 1, g + 1, s + 1), "SUB_GOAL"), range(max(wanted, 0))))
            made += max(wanted, 0)
print("seeded %d strategies and a strategy with %d goals" % (count + 1, made), file=sys.stderr)
print(big)
