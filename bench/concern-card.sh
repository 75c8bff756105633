#!/usr/bin/env bash
# Benchmark: a scripted concern card on a phone-sized window (see ConcernCardBenchmark).
# Prints the page interactions after sign-in and the scripted time per run, and the median.
# Usage: bench/concern-card.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B verify -pl ear -am -Dit.test=ConcernCardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.runs="${1:-5}" > target-bench-concern-card.log 2>&1 || { tail -40 target-bench-concern-card.log; exit 1; }
grep '^BENCH' target-bench-concern-card.log
rm -f target-bench-concern-card.log
