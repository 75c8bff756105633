#!/usr/bin/env bash
# Benchmarks the record-linkage engine (docs/performance.md, "Record linkage").
#  (a) de-duplicates the Chicago early-childhood data set and scores the clusters against its
#      "True Id" column (the labels are only used here, to measure);
#  (b) generates synthetic UK business records with known duplicates and links them.
# Settings (environment): CHICAGO_RUNS (default 3), SYNTH_RUNS (default 1), SYNTH_RECORDS
# (default 1000000), SYNTH_SEED (default 11), BENCH_DIR (default /tmp/eyesandears-linkage-bench),
# JAVA_OPTS_CHICAGO (default -Xmx2g), JAVA_OPTS_SYNTH (default -Xmx2g). Set SKIP_CHICAGO=1 or
# SKIP_SYNTH=1 to run one part only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAR=${JAR:-linkage/target/linkage-cli.jar}
CHICAGO=../shared/data/linkage/chicago-early-childhood/csv_example_input_with_true_ids.csv
CHICAGO_RUNS=${CHICAGO_RUNS:-3}
SYNTH_RUNS=${SYNTH_RUNS:-1}
SYNTH_RECORDS=${SYNTH_RECORDS:-1000000}
SYNTH_SEED=${SYNTH_SEED:-11}
BENCH_DIR=${BENCH_DIR:-/tmp/eyesandears-linkage-bench}
JAVA_OPTS_CHICAGO=${JAVA_OPTS_CHICAGO:--Xmx2g}
JAVA_OPTS_SYNTH=${JAVA_OPTS_SYNTH:--Xmx2g}
mkdir -p "$BENCH_DIR"

if [[ ! -f "$JAR" ]]; then
  echo "building $JAR ..."
  ./mvnw -q -f linkage/pom.xml package -DskipTests
fi

TIME_BIN=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null; then
  TIME_BIN=/usr/bin/time
fi

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%.4g\n", (a[NR/2]+a[NR/2+1])/2}}'; }

# run_link LOG -- java args...: runs the CLI, leaves its stderr (and /usr/bin/time's report) in LOG,
# and prints "wall_seconds peak_rss_mb".
run_link() {
  local log=$1; shift
  local start end wall rss
  start=$(date +%s.%N)
  if [[ -n "$TIME_BIN" ]]; then
    "$TIME_BIN" -v java "$@" 2>"$log" >/dev/null
  else
    java "$@" 2>"$log" >/dev/null
  fi
  end=$(date +%s.%N)
  wall=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e-s}')
  if [[ -n "$TIME_BIN" ]]; then
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  else
    rss="n/a(heap $(awk '/peak heap used/ {print $4}' "$log") MB)"
  fi
  echo "$wall $rss"
}

candidates() { awk '/^  candidate pairs/ {gsub(",", "", $3); print $3}' "$1"; }
em_iterations() { awk '/^  EM iterations/ {print $3}' "$1"; }

evaluate() { # clusters truth idcol truthcol -> "precision recall f1"
  java -jar "$JAR" evaluate --clusters "$1" --truth "$2" --id-column "$3" --truth-column "$4" \
    | sed -E 's/.*precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+).*/\1 \2 \3/'
}

report() { # name file-with-lines "wall rss cand p r f1 iters"
  local name=$1 f=$2
  echo "$name: $(wc -l <"$f") run(s)"
  printf '  %-5s %8s %10s %12s %9s %9s %9s %6s\n' run wall_s rss_mb candidates precision recall f1 em_it
  awk '{printf "  %-5d %8s %10s %12s %9s %9s %9s %6s\n", NR, $1, $2, $3, $4, $5, $6, $7}' "$f"
  printf '  %-5s %8s %10s %12s %9s %9s %9s\n' median \
    "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f2 "$f" | median)" \
    "$(cut -d' ' -f3 "$f" | median)" "$(cut -d' ' -f4 "$f" | median)" \
    "$(cut -d' ' -f5 "$f" | median)" "$(cut -d' ' -f6 "$f" | median)"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"

if [[ "${SKIP_CHICAGO:-0}" != 1 ]]; then
  RES="$BENCH_DIR/chicago.results"; : >"$RES"
  for i in $(seq 1 "$CHICAGO_RUNS"); do
    LOG="$BENCH_DIR/chicago-$i.log"
    read -r wall rss < <(run_link "$LOG" $JAVA_OPTS_CHICAGO -jar "$JAR" link \
      --input "$CHICAGO" --source chicago \
      --map "id=Id,name=Site name,address=Address,postcode=Zip,phone=Phone" \
      --dedupe --out "$BENCH_DIR/chicago-pairs.csv" --clusters "$BENCH_DIR/chicago-clusters.csv" \
      --explain "$BENCH_DIR/chicago-explain.jsonl")
    read -r p r f1 < <(evaluate "$BENCH_DIR/chicago-clusters.csv" "$CHICAGO" Id "True Id")
    echo "$wall $rss $(candidates "$LOG") $p $r $f1 $(em_iterations "$LOG")" >>"$RES"
  done
  report "Chicago early-childhood (3,337 records, --dedupe)" "$RES"
fi

if [[ "${SKIP_SYNTH:-0}" != 1 ]]; then
  DATA="$BENCH_DIR/synthetic-$SYNTH_RECORDS-$SYNTH_SEED.csv"
  if [[ ! -f "$DATA" ]]; then
    java -Xmx4g -jar "$JAR" generate --records "$SYNTH_RECORDS" --seed "$SYNTH_SEED" --out "$DATA"
  fi
  RES="$BENCH_DIR/synthetic.results"; : >"$RES"
  for i in $(seq 1 "$SYNTH_RUNS"); do
    LOG="$BENCH_DIR/synthetic-$i.log"
    read -r wall rss < <(run_link "$LOG" $JAVA_OPTS_SYNTH -jar "$JAR" link \
      --input "$DATA" --source synthetic \
      --map "id=id,name=name,address=address,town=town,postcode=postcode,phone=phone,company=company,uprn=uprn,contact=contact" \
      --dedupe --out "$BENCH_DIR/synthetic-pairs.csv" --clusters "$BENCH_DIR/synthetic-clusters.csv")
    read -r p r f1 < <(evaluate "$BENCH_DIR/synthetic-clusters.csv" "$DATA" id true_id)
    echo "$wall $rss $(candidates "$LOG") $p $r $f1 $(em_iterations "$LOG")" >>"$RES"
  done
  report "Synthetic UK businesses ($SYNTH_RECORDS records, seed $SYNTH_SEED, --dedupe)" "$RES"
fi
