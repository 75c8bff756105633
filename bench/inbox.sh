#!/usr/bin/env bash
# Benchmark: the desk inbox with 1,000,000 routings (see InboxBenchmark). Starts the test stack,
# loads the data into its MariaDB, and prints median, p95 and max latency of the inbox API.
# Usage: bench/inbox.sh [requests per page]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
./mvnw -B verify -pl ear -am -Dit.test=InboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.requests="${1:-200}" > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
grep '^BENCH' "$log"
rm -f "$log"
