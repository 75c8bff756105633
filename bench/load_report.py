#!/usr/bin/env python3
"""Prints the per-request table of a Gatling HTML report (index.html) as Markdown: count, failures,
rate, median, 95th and 99th percentile and maximum per request type, then the assertions.
Usage: bench/load_report.py load/target/gatling/<run>/index.html"""
import html
import re
import sys


def main(path):
    text = open(path, encoding="utf-8").read()
    table = text[text.index('id="container_statistics_head"'):]
    seen = set()
    print("| request | count | failed | % failed | per s | p50 ms | p95 ms | p99 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S):
        name = re.search(r'class="ellipsed-name">(.*?)</span>', row)
        if not name:
            continue
        cols = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row))
        label = html.unescape(name.group(1))
        if label in seen or "2" not in cols:
            continue
        seen.add(label)
        if label == "All Requests":
            label = "**all requests**"
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            label, cols.get("2"), cols.get("4").replace("-", "0"), cols.get("5"), cols.get("6"),
            cols.get("8"), cols.get("10"), cols.get("11"), cols.get("12")))
    results = re.findall(r'<td class="error-col-1 (ok|ko) total">\s*(.*?)\s*<span', text, re.S)
    print("\nassertions: %d met, %d missed" % (sum(r == "ok" for r, _ in results),
                                             sum(r == "ko" for r, _ in results)))
    for result, line in results:
        if result == "ko":
            print("  missed: " + html.unescape(line))


if __name__ == "__main__":
    main(sys.argv[1])
