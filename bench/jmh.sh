#!/usr/bin/env bash
# The JMH benchmarks (Maven profile jmh): compiles the test sources and runs the named benchmark with JMH's own
# arguments. Not a test: timings belong in benchmarks, never in the test run (bin/test).
# Usage: bench/jmh.sh <Benchmark> [more JMH arguments]
#   bench/jmh.sh AttainmentBenchmark             (-p db=postgres for PostgreSQL)
#   bench/jmh.sh MinutesImportBenchmark
#   bench/jmh.sh ReportBenchmark -prof gc
#   bench/jmh.sh SafetyIndexBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
use_jdk_21_or_newer
if [ $# -lt 1 ]; then
    sed -n '4,8p' "$0" | sed 's/^# //' >&2
    exit 2
fi
./mvnw -B -Pjmh -DskipNpm=true test-compile exec:exec -Djmh.args="$*"
