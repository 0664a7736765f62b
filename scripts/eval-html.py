#!/usr/bin/env python3
"""Scores Sitrep's HTML reader on ../shared/data/html-dev (trafilatura's evaluation pages):
the share of `with` snippets the body keeps and of `without` snippets it drops, overall and
per page (--pages). A dev tool: runs `sitrep parse --text` once over every page.

    scripts/eval-html.py [--bin .build/release/sitrep] [--data ../shared/data/html-dev] [--pages]
"""
import argparse
import gzip
import json
import pathlib
import re
import subprocess
import sys
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser()
ap.add_argument("--bin", default=str(root / ".build/release/sitrep"))
ap.add_argument("--data", default=str(root.parent / "shared/data/html-dev"))
ap.add_argument("--pages", action="store_true", help="print one line per page, worst first")
args = ap.parse_args()

data = pathlib.Path(args.data)
cases = [json.loads(line) for line in (data / "expectations.jsonl").open(encoding="utf-8")]


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


with tempfile.TemporaryDirectory() as tmp:
    names = []
    for i, case in enumerate(cases):
        path = pathlib.Path(tmp) / f"{i:04d}.html"
        path.write_bytes(gzip.decompress((data / case["file"]).read_bytes()))
        names.append(str(path))
    out = subprocess.run([args.bin, "parse", "--text", "--max-bytes", str(64 << 20)] + names,
                         capture_output=True, text=True).stdout
    texts = {}
    for line in out.splitlines():
        record = json.loads(line)
        if record["kind"] == "article":
            texts[record["file"]] = fold(record.get("text", ""))

rows = []
kept = total_with = dropped = total_without = 0
for name, case in zip(names, cases):
    text = texts.get(name, "")
    w = [fold(s) in text for s in case["with"]]
    wo = [fold(s) not in text for s in case["without"]]
    kept += sum(w)
    total_with += len(w)
    dropped += sum(wo)
    total_without += len(wo)
    score = (sum(w) + sum(wo)) / max(1, len(w) + len(wo))
    rows.append((score, case["file"], sum(w), len(w), sum(wo), len(wo), name in texts))

if args.pages:
    for score, file, a, b, c, d, read in sorted(rows):
        print(f"{score:5.2f}  with {a}/{b}  without {c}/{d}  {'' if read else '(rejected) '}{file}")
both = (kept + dropped) / max(1, total_with + total_without)
print(f"pages {len(cases)}, read {len(texts)}")
print(f"with kept      {kept}/{total_with} = {kept / max(1, total_with):.1%}")
print(f"without dropped {dropped}/{total_without} = {dropped / max(1, total_without):.1%}")
print(f"both           {both:.1%}")
