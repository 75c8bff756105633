#!/usr/bin/env python3
"""Helpers for bench/linkage-eval.sh (standard library only).

  split FILE.csv OUTDIR            one CSV per value of the "source" column, for one --input each
  febrl IN.csv OUT.csv             FEBRL person records: header spaces stripped, name and address
                                   columns joined, true_id taken from rec_id ("rec-12-dup-0" -> 12)
  metrics CLUSTERS PAIRS TRUTH ID_COL TRUTH_COL AUTO
                                   pairwise precision, recall and F1 of the clusters; a calibration
                                   table of the scored pairs (observed match rate per probability
                                   band) with the Brier score; precision of the pairs at or above
                                   the application's automatic-link threshold AUTO.

The truth column is read here only, to measure; the engine never sees it.
"""
import csv
import os
import sys
from collections import Counter, defaultdict

BANDS = [0.0, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999, 1.0000001]


def split(path, outdir):
    with open(path, newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        header = next(rd)
        si = header.index("source")
        writers, files = {}, {}
        for row in rd:
            s = row[si]
            if s not in writers:
                files[s] = open(os.path.join(outdir, s + ".csv"), "w", newline="", encoding="utf-8")
                writers[s] = csv.writer(files[s])
                writers[s].writerow(header)
            writers[s].writerow(row)
        for fh in files.values():
            fh.close()
    print(" ".join(sorted(writers)))


def febrl(path, out):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, skipinitialspace=True))
    header = [h.strip() for h in rows[0]]
    ix = {h: i for i, h in enumerate(header)}
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "true_id", "name", "address", "town", "postcode", "dob", "soc_sec_id"])
        for r in rows[1:]:
            if not r:
                continue
            g = lambda c: r[ix[c]].strip()
            name = " ".join(x for x in (g("given_name"), g("surname")) if x)
            addr = ", ".join(x for x in (" ".join(y for y in (g("street_number"), g("address_1")) if y), g("address_2")) if x)
            w.writerow([g("rec_id"), g("rec_id").split("-")[1], name, addr, g("suburb"), g("postcode"),
                        g("date_of_birth"), g("soc_sec_id")])


def read_map(path, key, value):
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            v = row[value].strip()
            if v:
                out[row[key]] = v
    return out


def pairs_of(groups):
    return sum(n * (n - 1) // 2 for n in groups.values())


def metrics(clusters, pairs, truth, id_col, truth_col, auto):
    auto = float(auto)
    pred = read_map(clusters, "id", "cluster")
    true = read_map(truth, id_col, truth_col)
    ids = [i for i in pred if i in true]
    pc, tc, both = Counter(), Counter(), Counter()
    for i in ids:
        pc[pred[i]] += 1
        tc[true[i]] += 1
        both[(pred[i], true[i])] += 1
    npred, ntrue, ncorr = pairs_of(pc), pairs_of(tc), pairs_of(both)
    p = ncorr / npred if npred else 1.0
    r = ncorr / ntrue if ntrue else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"  clusters   precision={p:.4f} recall={r:.4f} f1={f1:.4f}  (true pairs {ntrue}, predicted {npred})")
    band_n = defaultdict(int)
    band_m = defaultdict(int)
    band_p = defaultdict(float)
    brier = 0.0
    n = 0
    auto_n = auto_m = 0
    seen_true = 0
    with open(pairs, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a, b = row["id_a"], row["id_b"]
            if a not in true or b not in true:
                continue
            prob = float(row["probability"])
            match = true[a] == true[b]
            seen_true += match
            k = max(i for i in range(len(BANDS) - 1) if prob >= BANDS[i])
            band_n[k] += 1
            band_m[k] += match
            band_p[k] += prob
            brier += (prob - match) ** 2
            n += 1
            if prob >= auto:
                auto_n += 1
                auto_m += match
    print(f"  calibration of {n} scored candidate pairs (probability >= the run's floor):")
    print(f"    {'band':<17} {'pairs':>8} {'mean p':>8} {'observed':>9}")
    for k in range(len(BANDS) - 1):
        if band_n[k]:
            hi = min(BANDS[k + 1], 1.0)
            print(f"    [{BANDS[k]:.4f}, {hi:.4f}{']' if hi == 1.0 else ')'} {band_n[k]:>8} "
                  f"{band_p[k] / band_n[k]:>8.4f} {band_m[k] / band_n[k]:>9.4f}")
    missed = ntrue - seen_true
    print(f"  brier={brier / n if n else 0:.4f} over scored pairs; {missed} true pairs never scored"
          f" (not candidates or below the floor)")
    ap = auto_m / auto_n if auto_n else 1.0
    print(f"  auto-link  threshold={auto} pairs={auto_n} precision={ap:.4f} (true pairs reaching it: {auto_m} of {ntrue})")
    print(f"RESULT p={p:.4f} r={r:.4f} f1={f1:.4f} brier={brier / n if n else 0:.4f} auto_precision={ap:.4f} auto_pairs={auto_n}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "split":
        split(*sys.argv[2:4])
    elif cmd == "febrl":
        febrl(*sys.argv[2:4])
    elif cmd == "metrics":
        metrics(*sys.argv[2:8])
    else:
        sys.exit("unknown command " + cmd)
