#!/usr/bin/env bash
# Issue 17 item 7: the 140-page minutes PDF imported end to end (target < 5 s), and the importer's read of it
# side by side with Debian's pdftotext on the same file in one run (target: within 3×).
#
#   bench/minutes-pdftotext.sh        (RUNS=10 by default; needs pdftotext from poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
. bench/lib.sh
ensure_jdk
command -v pdftotext > /dev/null || { echo "pdftotext missing: apt-get install -y poppler-utils" >&2; exit 1; }
./mvnw -q -B -DskipNpm=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > /dev/null
echo "load average before: $(cat /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    dk.pejling.bench.MinutesPdftotextComparison "$RUNS"
