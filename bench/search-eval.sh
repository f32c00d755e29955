#!/usr/bin/env bash
# The search evaluation (issue 15 item 6): Recall@10, nDCG@10, MRR and the zero-result rate of Lucene's
# DanishAnalyzer, PostgreSQL's 'danish' configuration and Pejling's analysis on the collection in
# src/test/resources/search-eval/ (built by bin/search-eval-collection.py). A measurement, not a test of the
# default run; PostgreSQL is the local server of PEJLING_EVAL_PG_URL.
#
#   bench/search-eval.sh                         the evaluation
#   bench/search-eval.sh -Dtest=JudgeAgreement   the two judges' agreement (Cohen's kappa)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
use_jdk_21_or_newer
exec ./mvnw -B -q -DskipNpm=true test -Dtest=SearchEvaluation -Dtest.excludedGroups= \
    -Dsurefire.failIfNoSpecifiedTests=false "$@"
