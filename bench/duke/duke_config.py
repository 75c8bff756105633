#!/usr/bin/env python3
"""Writes a Duke 1.2 XML configuration for bench/duke-compare.sh, and turns Duke's link file
into clusters for bench/linkage_eval.py (standard library only).

  config OUT.xml MAP (dedupe FILE | link FILE_A FILE_B)
      MAP is "type=column,..." with the field types of bench/linkage-eval.sh's --map
      (id, name, address, town, postcode, phone, company, uprn, contact). Every field type has
      one fixed Duke property (cleaner, comparator, low, high) in FIELDS below, the same for
      every set: only the columns that exist are mapped, nothing is tuned to one set.
  clusters LINKS... TRUTH.csv ID_COL OUT.csv
      Transitive closure of Duke's "+,id1,id2,..." link lines (several link files for several
      runs) over every record id of TRUTH.csv (singletons too, so recall is not inflated):
      writes id,cluster for bench/linkage_eval.py metrics.
  diff DUKE_CLUSTERS OURS_CLUSTERS TRUTH.csv ID_COL TRUTH_COL [N]
      The pairs the two clusterings disagree on, by kind (true pairs only Duke finds, true pairs
      only ours finds, false pairs of each), with N sample records of each kind (default 5).

Duke compares each field to a similarity in [0, 1]; below 0.5 the field gives probability LOW,
otherwise 0.5 + (HIGH - 0.5) * similarity^2 (PropertyImpl.compare in Duke 1.2); a blank on
either side gives 0.5 (no evidence). The probabilities of all fields are combined with Bayes'
rule and a pair matches at THRESHOLD.
"""
import csv
import os
import sys
from xml.sax.saxutils import quoteattr

THRESHOLD = 0.85
# Lucene candidate search: at most MAX_HITS candidates per record (Duke: 1,000,000), fuzzy
# queries for Levenshtein properties on (Duke's default).
MAX_HITS = int(os.environ.get("DUKE_MAX_HITS", "100"))
FUZZY = os.environ.get("DUKE_FUZZY", "true")
CLEAN = "no.priv.garshol.duke.cleaners."
COMP = "no.priv.garshol.duke.comparators."
# Lookup: Duke finds a record's candidates with a Lucene query over its "lookup" properties. By
# default it picks only the properties with the highest HIGH until they alone could reach the
# threshold (company number, or phone: a record without one then finds no candidate at all), so
# every identifying field is made a lookup property (lookup="true"); the town is left to Duke
# (too common a word to look records up by).
LOOKUP = {"name", "address", "postcode", "phone", "company", "uprn", "contact"}
# type: (Duke property, cleaner, comparator, low, high)
FIELDS = {
    "name": ("NAME", "LowerCaseNormalizeCleaner", "Levenshtein", 0.3, 0.88),
    "address": ("ADDRESS", "LowerCaseNormalizeCleaner", "Levenshtein", 0.3, 0.8),
    "town": ("TOWN", "LowerCaseNormalizeCleaner", "Levenshtein", 0.4, 0.6),
    "postcode": ("POSTCODE", "LowerCaseNormalizeCleaner", "ExactComparator", 0.3, 0.75),
    "phone": ("PHONE", "DigitsOnlyCleaner", "ExactComparator", 0.3, 0.9),
    "company": ("COMPANY", "LowerCaseNormalizeCleaner", "ExactComparator", 0.3, 0.95),
    "uprn": ("UPRN", "DigitsOnlyCleaner", "ExactComparator", 0.3, 0.95),
    "contact": ("CONTACT", "LowerCaseNormalizeCleaner", "Levenshtein", 0.4, 0.7),
}


def config(out, mapping, mode, *files):
    cols = dict(kv.split("=", 1) for kv in mapping.split(","))
    lines = ["<duke>", "  <schema>", f"    <threshold>{THRESHOLD}</threshold>",
             '    <property type="id"><name>ID</name></property>']
    for t in cols:
        if t == "id":
            continue
        prop, _, comp, low, high = FIELDS[t]
        lookup = ' lookup="true"' if t in LOOKUP else ""
        lines += [f"    <property{lookup}>", f"      <name>{prop}</name>",
                  f"      <comparator>{COMP}{comp}</comparator>",
                  f"      <low>{low}</low>", f"      <high>{high}</high>", "    </property>"]
    lines.append("  </schema>")
    lines += ['  <database class="no.priv.garshol.duke.databases.LuceneDatabase">',
              f'    <param name="max-search-hits" value="{MAX_HITS}"/>',
              f'    <param name="fuzzy-search" value="{FUZZY}"/>', "  </database>"]

    def csv_source(path, indent):
        src = [f"{indent}<csv>", f'{indent}  <param name="input-file" value={quoteattr(path)}/>',
               f'{indent}  <column name={quoteattr(cols["id"])} property="ID"/>']
        for t, c in cols.items():
            if t != "id":
                prop, cleaner = FIELDS[t][0], FIELDS[t][1]
                src.append(f'{indent}  <column name={quoteattr(c)} property="{prop}" cleaner="{CLEAN}{cleaner}"/>')
        return src + [f"{indent}</csv>"]

    if mode == "dedupe":
        lines += csv_source(files[0], "  ")
    else:
        for f in files:
            lines += ["  <group>"] + csv_source(f, "    ") + ["  </group>"]
    lines.append("</duke>")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def clusters(args):
    *links, truth, id_col, out = args
    with open(truth, newline="", encoding="utf-8") as f:
        ids = [row[id_col] for row in csv.DictReader(f)]
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    n = 0
    for path in links:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split(",")
                if len(parts) < 3 or parts[0] != "+":
                    continue
                a, b = find(parts[1]), find(parts[2])
                n += 1
                if a != b:
                    parent[a] = b
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "cluster"])
        for i in ids:
            w.writerow([i, find(i)])
    print(f"  duke links {n}")


def diff(duke_cl, ours_cl, truth, id_col, truth_col, n=5):
    import random
    from itertools import combinations
    rows = {}
    with open(truth, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows[row[id_col]] = row

    def pairs(path):
        groups = {}
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["id"] in rows:
                    groups.setdefault(row["cluster"], []).append(row["id"])
        return {tuple(sorted(p)) for g in groups.values() for p in combinations(g, 2)}

    d, o = pairs(duke_cl), pairs(ours_cl)
    same = lambda p: rows[p[0]][truth_col] == rows[p[1]][truth_col]
    rnd = random.Random(1)
    show = [c for c in rows[next(iter(rows))] if c != truth_col]
    for label, ps in (("true pairs only Duke finds", {p for p in d - o if same(p)}),
                      ("true pairs only ours finds", {p for p in o - d if same(p)}),
                      ("false pairs only Duke makes", {p for p in d - o if not same(p)}),
                      ("false pairs only ours makes", {p for p in o - d if not same(p)})):
        print(f"{label}: {len(ps)}")
        for p in rnd.sample(sorted(ps), min(int(n), len(ps))):
            for i in p:
                print("    " + " | ".join(rows[i][c].replace("\n", " ") for c in show))
            print()


if __name__ == "__main__":
    if sys.argv[1] == "config":
        config(*sys.argv[2:])
    elif sys.argv[1] == "diff":
        diff(*sys.argv[2:])
    elif sys.argv[1] == "clusters":
        clusters(sys.argv[2:])
    else:
        sys.exit("unknown command " + sys.argv[1])
