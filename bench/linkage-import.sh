#!/usr/bin/env bash
# Benchmark: importing and linking synthetic agency datasets through the application (see
# LinkageImportBenchmark). Each run starts a fresh stack (empty database); prints one BENCH line
# per import and run. Usage: bench/linkage-import.sh [runs] [rows]   (default 3 runs of 100000 rows)
# Opens the test ports: run it under the shared lock on shared machines
# (flock /tmp/eae-ports.lock bench/linkage-import.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
rows=${2:-100000}
for run in $(seq 1 "$runs"); do
  log=$(mktemp)
  ./mvnw -B verify -pl ear -am -Dit.test=LinkageImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.rows="$rows" > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
  grep "^BENCH" "$log" | sed "s/^BENCH /BENCH run $run: /"
  rm -f "$log"
done
