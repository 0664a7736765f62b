#!/usr/bin/env python3
"""Scores the extractor on short war reports in ACLED's note style (scripts/data/acled-style-notes.jsonl).

The notes were written for this project in the style of ACLED's event notes and of wire
reports (explicit dates, "(Oblast)" and ", Oblast" qualifiers, weekday-relative dates against
the publication date); they are not ACLED data. Each is read as an article published on its
date, and its first event is scored:
  sub-type  ACLED sub-event type equal to the expected one
  date      event date equal to the expected day
  25 km     event coordinates within 25 km of the expected place (none finer than a
            country when the note names no place)
  killed    `counts.killed` equal to the expected number (absent when the note gives none)
  injured   `counts.injured` likewise
All figures are over all notes: a note without an event is wrong on every measure.

    scripts/eval-notes.py [--binary .build/debug/sitrep] [--data ...] [--errors]
"""
import os

from evalkit import ROOT, scored_set
from importlib import import_module

km = import_module("eval-ucdp").km


def main():
    args, rows, events = scored_set(os.path.join(ROOT, "scripts", "data", "acled-style-notes.jsonl"))
    right = {k: 0 for k in ("event", "sub-type", "date", "25 km", "killed", "injured")}
    errors = []
    for r, e in zip(rows, events):
        x = r["expected"]
        if e is None:
            errors.append(f"no event: {r['text']}")
            continue
        loc = e.get("location") or {}
        counts = e.get("counts") or {}
        got = {
            "event": True,
            "sub-type": (e.get("acled") or {}).get("sub_event_type") == x["sub_event_type"],
            "date": e.get("date") == x["date"],
            # A note naming no place (a nationwide toll) wants none finer than a country.
            "25 km": "lat" in loc and km((loc["lat"], loc["lon"]), (x["lat"], x["lon"])) <= 25
            if "lat" in x else loc.get("precision") in (None, "country"),
            "killed": counts.get("killed") == x["killed"],
            "injured": counts.get("injured") == x["injured"],
        }
        for k, ok in got.items():
            right[k] += ok
        wrong = [k for k, ok in got.items() if not ok]
        if wrong:
            errors.append(
                f"{', '.join(wrong)}: got {(e.get('acled') or {}).get('sub_event_type')} {e.get('date')} "
                f"{loc.get('name')} {counts}: {r['text']}")
    n = len(rows)
    print(f"{'measure':<10}{'right':>7}{'of all':>9}   ({n} notes)")
    for k, v in right.items():
        print(f"{k:<10}{v:>7}{v / n:>9.1%}")
    if args.errors:
        for line in errors:
            print(line)


if __name__ == "__main__":
    main()
