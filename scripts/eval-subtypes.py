#!/usr/bin/env python3
"""Scores event typing on general news snippets labelled with ACLED sub-event types
(scripts/data/general-subtype-snippets.jsonl).

The snippets were written for this project: one or two sentences of wire-style news from many
countries and conflicts, a few for each of ACLED's 25 sub-event types, and some that report no
event ACLED would code (commentary, forecasts, statements, talks: `sub_event_type` null). They
are not ACLED data. Each snippet is read as an article published on its date; its first event's
`acled.sub_event_type` is the prediction (no event, or an event without an ACLED mapping,
predicts none).

Prints precision, recall and F1 per sub-type and macro-F1 over the sub-types the set labels,
which is how a held-out set of general snippets is scored (issue 4: macro-F1 >= 0.60).

    scripts/eval-subtypes.py [--binary .build/debug/sitrep] [--data ...] [--errors]
"""
import collections
import os

from evalkit import ROOT, scored_set


def main():
    args, rows, events = scored_set(os.path.join(ROOT, "scripts", "data", "general-subtype-snippets.jsonl"))
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    right = 0
    errors = []
    for r, e in zip(rows, events):
        gold = r["sub_event_type"]
        pred = ((e or {}).get("acled") or {}).get("sub_event_type")
        if pred == gold:
            right += 1
            if gold:
                tp[gold] += 1
            continue
        if gold:
            fn[gold] += 1
        if pred:
            fp[pred] += 1
        errors.append(f"{gold or 'none'} <- {pred or 'none'} ({(e or {}).get('type', 'no event')}): {r['text']}")
    labels = sorted({r["sub_event_type"] for r in rows if r["sub_event_type"]})
    print(f"{'sub-event type':36} gold   prec    rec     F1")
    f1s = []
    for k in labels:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else 0.0
        rc = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        f1s.append(f1)
        print(f"{k:36} {tp[k] + fn[k]:4}   {p:.2f}   {rc:.2f}   {f1:.2f}")
    stray = sorted(k for k in fp if k not in labels)
    if stray:
        print("predicted but not in the set: " + ", ".join(f"{k} ({fp[k]})" for k in stray))
    print(f"macro-F1 over the {len(labels)} sub-types: {sum(f1s) / len(f1s):.3f}")
    print(f"accuracy (none included): {right}/{len(rows)} = {100 * right / len(rows):.1f}%")
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
