#!/usr/bin/env python3
"""Scores Sitrep's date resolver on TimeBank-style annotations (../shared/data/dates-dev.jsonl).

Each document's text is tagged by `sitrep timex --anchor DCT`; every gold TIMEX3 of type DATE is
matched to a found expression that overlaps it. Printed, per value shape and overall:
  found   share of gold DATE expressions that a found expression overlaps (span recall)
  value   share of those found whose normalised value equals the gold value (value accuracy)
  strict  share of all gold DATE expressions found with the right value
and the precision of found expressions (overlapping any gold TIMEX of any type).

    scripts/eval-dates.py [--binary .build/debug/sitrep] [--data ../shared/data/dates-dev.jsonl] [--errors N]
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

from evalkit import DEFAULT_BINARY, shared_data


def shape(value):
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-W\d\d(-WE)?", value):
        return "week"
    if re.fullmatch(r"\d{4}-Q\d", value):
        return "quarter"
    if value.endswith("_REF"):
        return "reference"
    return "other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--data", default=shared_data("dates-dev.jsonl"))
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong values")
    args = ap.parse_args()

    stats = collections.defaultdict(lambda: [0, 0, 0])  # gold, found, right
    predicted = 0
    predicted_hit = 0
    errors = []
    with tempfile.TemporaryDirectory() as tmp, open(args.data, encoding="utf-8") as data:
        for line in data:
            doc = json.loads(line)
            path = os.path.join(tmp, "doc.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(doc["text"])
            out = subprocess.run([args.binary, "timex", "--anchor", doc["dct"][:10], path], check=True,
                                 capture_output=True, text=True).stdout
            found = [json.loads(l) for l in out.splitlines() if l.strip()]
            gold_all = doc["timexes"]
            for f in found:
                predicted += 1
                if any(g["start"] < f["end"] and f["start"] < g["end"] for g in gold_all):
                    predicted_hit += 1
            for g in gold_all:
                if g["type"] != "DATE":
                    continue
                s = shape(g["value"])
                for key in (s, "all"):
                    stats[key][0] += 1
                hits = [f for f in found if f["start"] < g["end"] and g["start"] < f["end"]]
                if not hits:
                    if len(errors) < args.errors * 3:
                        errors.append(f"missed   {g['text']!r} = {g['value']} ({doc['dct']})")
                    continue
                right = any(f["value"] == g["value"] for f in hits)
                for key in (s, "all"):
                    stats[key][1] += 1
                    stats[key][2] += right
                if not right:
                    errors.append(f"wrong    {g['text']!r} = {g['value']}, got "
                                  f"{[(f['text'], f['value']) for f in hits]} (dct {doc['dct']})")

    print(f"{'gold shape':<12}{'gold':>6}{'found':>8}{'value':>8}{'strict':>8}")
    for key in ["day", "week", "month", "quarter", "year", "reference", "other", "all"]:
        gold, found, right = stats[key]
        if gold == 0:
            continue
        print(f"{key:<12}{gold:>6}{found / gold:>8.1%}{(right / found if found else 0):>8.1%}{right / gold:>8.1%}")
    print(f"precision of found expressions: {predicted_hit}/{predicted} = {predicted_hit / max(predicted, 1):.1%}")
    wrong = [e for e in errors if e.startswith("wrong")]
    missed = [e for e in errors if e.startswith("missed")]
    for e in (wrong[: args.errors] + missed[: args.errors]):
        print(e)


if __name__ == "__main__":
    sys.exit(main())
