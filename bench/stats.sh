#!/usr/bin/env bash
# Benchmark: the manager dashboard's figures with 1,000,000 routings (see StatsBenchmark). Starts
# the test stack, loads the data into its MariaDB and prints median, p95 and max latency of
# GET /api/stats/summary for several periods.
# Usage: bench/stats.sh [requests per period [rounds]]   (default 20 requests, a quarter of them for the
# 365-day period; 3 rounds over all periods on the same data, each printing its own median)
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
./mvnw -B verify -pl ear -am -Dit.test=StatsBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.requests="${1:-20}" -Dbench.rounds="${2:-3}" > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
grep '^BENCH' "$log"
rm -f "$log"
