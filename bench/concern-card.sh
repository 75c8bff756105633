#!/usr/bin/env bash
# Benchmark: a scripted concern card on a phone-sized window (see ConcernCardBenchmark).
# Prints the page interactions after sign-in and the scripted time per run, and the median.
# Usage: bench/concern-card.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
./mvnw -B verify -pl ear -am -Dit.test=ConcernCardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.runs="${1:-5}" > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
grep "^BENCH" "$log"
rm -f "$log"
