#!/usr/bin/env python3
"""Paced load: N clients, each sending one request every `period` seconds (an open model, like people
using the site, instead of wrk's clients that fire the next request the instant the last one answers).
Latency is counted from the moment a request was due, so a stall also counts for the requests it
delayed (no coordinated omission). Prints p50/p90/p99/max in ms, the achieved rate and errors.

    bench/paced.py URL [clients=20] [rate_per_client=10] [seconds=20]
"""
import http.client
import statistics
import sys
import threading
import time
import urllib.parse


def client(url, period, until, latencies, errors):
    parts = urllib.parse.urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    due = time.monotonic()
    while due < until:
        now = time.monotonic()
        if now < due:
            time.sleep(due - now)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(response.status)
        except Exception as e:  # a closed keep-alive connection: open a new one, count the error
            errors.append(type(e).__name__)
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        latencies.append((time.monotonic() - due) * 1000)
        due += period


def main():
    url = sys.argv[1]
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    rate = float(sys.argv[3]) if len(sys.argv) > 3 else 10
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 20
    latencies, errors = [], []
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(url, 1 / rate, until, latencies, errors)) for _ in range(clients)]
    for i, t in enumerate(threads):
        time.sleep(1 / rate / clients)  # spread the clients over one period
        t.start()
    for t in threads:
        t.join()
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    print("%s clients=%d rate=%.0f/s p50=%.1f p90=%.1f p99=%.1f max=%.1f ms, %.0f req/s, errors=%d"
          % (url, clients, clients * rate, q[49], q[89], q[98], max(latencies), len(latencies) / seconds, len(errors)))


if __name__ == "__main__":
    main()
