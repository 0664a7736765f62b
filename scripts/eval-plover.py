#!/usr/bin/env python3
"""Scores event typing on general news sentences coded with PLOVER categories
(../shared/data/plover-gold.jsonl).

Each sentence is read as an article (one JSON Lines file, one `sitrep parse` run). The first
event's `plover` value is the prediction; no event or an event without a PLOVER category
predicts nothing. Prints precision, recall and F1 per gold category, and macro-F1 over the
categories Sitrep's types can express (SPEC §6) and over all gold categories.

    scripts/eval-plover.py [--binary .build/debug/sitrep] [--data ...] [--errors N]
"""
import argparse
import collections
import json

from evalkit import DEFAULT_BINARY, first_events, shared_data

# PLOVER categories that SPEC §6's types map to.
EXPRESSIBLE = {"ASSAULT", "SEIZE", "COERCE", "PROTEST", "AGREE", "MOBILIZE", "AID", "REJECT", "RETREAT", "CONSULT",
               "REQUEST", "DEMAND", "THREATEN", "ACCUSE"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--data", default=shared_data("plover-gold.jsonl"))
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(l) for l in open(args.data, encoding="utf-8")]
    rows = [r for r in rows if r.get("text") and r["event"] != "DOCUMENT"]
    events = first_events(
        args.binary, [{"text": r["text"], "published": r.get("date", "2000-01-01")} for r in rows])
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    errors = []
    for i, r in enumerate(rows):
        e = events[i]
        pred = e.get("plover") if e else None
        # SPEC §6 calls arrests RESTRICT; the PLOVER gold files them under COERCE.
        if pred == "RESTRICT":
            pred = "COERCE"
        gold = r["event"]
        if pred == gold:
            tp[gold] += 1
        else:
            fn[gold] += 1
            if pred:
                fp[pred] += 1
            errors.append(f"{gold:>11} got {pred or '-':<9} {r['text'][:110]}")

    def f1(c):
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        rcl = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        return p, rcl, (2 * p * rcl / (p + rcl) if p + rcl else 0.0)

    golds = sorted({r["event"] for r in rows})
    print(f"{'category':<12}{'gold':>5}{'prec':>7}{'rec':>7}{'F1':>7}")
    for c in golds:
        p, rcl, f = f1(c)
        mark = "" if c in EXPRESSIBLE else "  (no Sitrep type)"
        print(f"{c:<12}{tp[c] + fn[c]:>5}{p:>7.2f}{rcl:>7.2f}{f:>7.2f}{mark}")
    expressible = [c for c in golds if c in EXPRESSIBLE]
    print(f"macro-F1 over the {len(expressible)} categories Sitrep expresses: "
          f"{sum(f1(c)[2] for c in expressible) / len(expressible):.3f}")
    print(f"macro-F1 over all {len(golds)} gold categories: {sum(f1(c)[2] for c in golds) / len(golds):.3f}")
    print(f"accuracy: {sum(tp.values())}/{len(rows)} = {sum(tp.values()) / len(rows):.1%}")
    for line in errors[: args.errors]:
        print(line)


if __name__ == "__main__":
    main()
