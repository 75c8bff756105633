#!/usr/bin/env bash
# Measures the open-source peer, Duke 1.2 (Lars Marius Garshol's Java record linker on Lucene,
# Apache-2.0, Maven Central no.priv.garshol.duke:duke:1.2), on every development set of
# bench/linkage-eval.sh, beside our engine, scored the same way: pairwise precision, recall and
# F1 of the clusters (the transitive closure of Duke's match pairs), by bench/linkage_eval.py.
# Per set it prints Duke's P/R/F1, wall time and peak resident memory next to our engine's, from
# a run of bench/linkage-eval.sh made by this script (or read from OURS_LOG).
#
# Duke is a bench-only tool: bench/duke/pom.xml fetches it and Lucene 4.0 (Apache-2.0) into
# bench/duke/target/lib on first use (one online Maven run); it is no part of the product.
# One plain configuration for every set (bench/duke/duke_config.py, docs/performance.md "The
# open-source peer"): one Duke property per field type with Duke's standard cleaners and
# comparators, threshold 0.85, only the columns bench/linkage-eval.sh maps for our engine.
# De-duplication where ours de-duplicates (chicago, synth, names, febrl1); Duke's record-linkage
# mode (two <group>s) where ours links sources (listings, febrl4; multiagency has three sources,
# so Duke links each of the three pairs of sources and the clusters close over all its links).
# Settings: SETS (default all), BENCH_DIR (default /tmp/eyesandears-linkage-eval, shared with
# bench/linkage-eval.sh, which makes the data files), SEED (1), JAVA_OPTS (-Xmx2g, both engines),
# FEBRL_DIR (default $BENCH_DIR/febrl), DUKE_THREADS (Duke's --threads, default 1: Duke's own
# default), DUKE_MAX_HITS (100), DUKE_FUZZY (true: Duke's default), OURS_LOG (a saved
# bench/linkage-eval.sh output to read instead of running it; the data files must then be in
# BENCH_DIR already). Heavy: run it under /work/it-sem.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH_DIR=${BENCH_DIR:-/tmp/eyesandears-linkage-eval}
SEED=${SEED:-1}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
FEBRL_DIR=${FEBRL_DIR:-$BENCH_DIR/febrl}
SETS=${SETS:-chicago synth multiagency listings names febrl1 febrl4}
DUKE_THREADS=${DUKE_THREADS:-1}
CHICAGO=../shared/data/linkage/chicago-early-childhood/csv_example_input_with_true_ids.csv
LIB=bench/duke/target/lib
CFG=bench/duke/duke_config.py
OUT="$BENCH_DIR/duke"
mkdir -p "$OUT"
export BENCH_DIR SEED JAVA_OPTS FEBRL_DIR SETS

if [[ ! -f $LIB/duke-1.2.jar ]]; then
  echo "fetching Duke 1.2 and Lucene 4.0 into $LIB ..."
  ./mvnw -q -f bench/duke/pom.xml package
fi

# Our engine first: bench/linkage-eval.sh also writes the data files Duke reads.
ours=${OURS_LOG:-$OUT/ours.log}
if [[ -z ${OURS_LOG:-} ]]; then
  echo "running bench/linkage-eval.sh (SETS=$SETS) into $ours ..."
  bench/linkage-eval.sh >"$ours" 2>&1
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1); Duke threads $DUKE_THREADS"

# duke SET TRUTH IDCOL TRUTHCOL MAP (dedupe FILE | link A B [link A B ...])
# Every "link A B" is one Duke run in record-linkage mode; the clusters close over all runs.
duke() {
  local set=$1 truth=$2 idcol=$3 truthcol=$4 map=$5; shift 5
  local d="$OUT/$set" secs=0 rss=0 n=0; rm -rf "$d"; mkdir -p "$d"
  local links=()
  while (($#)); do
    local mode=$1 cfg="$d/run$n.xml"
    if [[ $mode == dedupe ]]; then python3 "$CFG" config "$cfg" "$map" dedupe "$2"; shift 2
    else python3 "$CFG" config "$cfg" "$map" link "$2" "$3"; shift 3; fi
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v java $JAVA_OPTS -cp "$LIB/*" no.priv.garshol.duke.Duke --threads="$DUKE_THREADS" \
      --linkfile="$d/links$n.txt" "$cfg" >"$d/run$n.log" 2>&1 || { echo "== $set: Duke failed"; tail -5 "$d/run$n.log"; return; }
    end=$(date +%s.%N)
    secs=$(awk -v s="$secs" -v a="$start" -v b="$end" 'BEGIN {print s + b - a}')
    rss=$(awk -F': ' -v r="$rss" '/Maximum resident set size/ {r = ($2 > r ? $2 : r)} END {print r}' "$d/run$n.log")
    links+=("$d/links$n.txt"); n=$((n + 1))
  done
  echo "id_a,id_b,probability" >"$d/no-pairs.csv"
  python3 "$CFG" clusters "${links[@]}" "$truth" "$idcol" "$d/clusters.csv" >"$d/clusters.log"
  local res
  res=$(python3 bench/linkage_eval.py metrics "$d/clusters.csv" "$d/no-pairs.csv" "$truth" "$idcol" "$truthcol" 1 | grep '^RESULT')
  res=${res#RESULT }
  # ours: the "== set" block of linkage-eval's output
  local o
  o=$(awk -v s="== $set" '$0 == s {on = 1; next} /^== / {on = 0} on' "$ours")
  local ot orss ores
  ot=$(sed -n 's/^  time \([0-9.]*\) s.*/\1/p' <<<"$o")
  orss=$(sed -n 's/.*peak RSS \([0-9]*\) MB.*/\1/p' <<<"$o")
  ores=$(sed -n 's/^RESULT \(p=[0-9.]* r=[0-9.]* f1=[0-9.]*\).*/\1/p' <<<"$o")
  echo "== $set ($(sed 's/^ *//' "$d/clusters.log"), $n Duke run(s))"
  printf '  duke %-34s time %6.1f s  peak RSS %5.0f MB\n' "${res% brier*}" "$secs" "$((rss / 1024))"
  printf '  ours %-34s time %6s s  peak RSS %5s MB\n' "${ores:-not in $ours}" "${ot:--}" "${orss:--}"
  echo "COMPARE $set duke ${res% brier*} time=$(printf '%.1f' "$secs") rss_mb=$((rss / 1024)) | ours ${ores:-none} time=${ot:--} rss_mb=${orss:--}"
}

for set in $SETS; do
  case $set in
    chicago)
      # Duke's id property must be the truth file's id column; the truth column is not mapped.
      duke chicago "$CHICAGO" Id "True Id" "id=Id,name=Site name,address=Address,postcode=Zip,phone=Phone" dedupe "$CHICAGO" ;;
    synth)
      f="$BENCH_DIR/synth-20000-$SEED.csv"
      duke synth "$f" id true_id "id=id,name=name,address=address,town=town,postcode=postcode,phone=phone,company=company,uprn=uprn,contact=contact" dedupe "$f" ;;
    multiagency)
      f="$BENCH_DIR/multiagency-$SEED.csv"; d="$BENCH_DIR/multiagency-split"
      duke multiagency "$f" id true_id "id=id,name=name,address=address,town=town,postcode=postcode,phone=phone,company=company" \
        link "$d/food.csv" "$d/fire.csv" link "$d/food.csv" "$d/licensing.csv" link "$d/fire.csv" "$d/licensing.csv" ;;
    listings)
      f="$BENCH_DIR/listings-$SEED.csv"; d="$BENCH_DIR/listings-split"
      duke listings "$f" id true_id "id=id,name=name,address=address,town=city,phone=phone" link "$d/pubA.csv" "$d/pubB.csv" ;;
    names)
      f="$BENCH_DIR/names-$SEED.csv"
      duke names "$f" id true_id "id=id,name=name" dedupe "$f" ;;
    febrl1|febrl4)
      m="id=id,name=name,address=address,town=town,postcode=postcode,company=soc_sec_id"
      if [[ ! -f "$BENCH_DIR/$set.csv" ]]; then echo "== $set: skipped, no $BENCH_DIR/$set.csv (FEBRL files in $FEBRL_DIR?)"; continue; fi
      if [[ $set == febrl1 ]]; then
        duke febrl1 "$BENCH_DIR/febrl1.csv" id true_id "$m" dedupe "$BENCH_DIR/febrl1.csv"
      else
        duke febrl4 "$BENCH_DIR/febrl4.csv" id true_id "$m" link "$BENCH_DIR/febrl4a.csv" "$BENCH_DIR/febrl4b.csv"
      fi ;;
    *) echo "unknown set $set" ;;
  esac
done
