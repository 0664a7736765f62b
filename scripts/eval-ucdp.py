#!/usr/bin/env python3
"""Scores the extractor on UCDP GED events in Ukraine (../shared/data/ucdp-ukraine-dev.jsonl).

Every headline is read as an article published on its date (one JSON Lines file, one
`sitrep parse` run). For the first event of each headline:
  event    share of headlines that gave an event at all
  date     event date within UCDP's coded range (of those with a dated event); a week, month
           or year counts when all of it lies in the range ("in August" for Aug 1-31)
  oblast   event admin1 = UCDP's oblast (of those with an admin1 in UCDP and a located event)
  25 km    event coordinates within 25 km of UCDP's (of those with a located event)
  killed   event `killed` exactly equal to UCDP's best deaths estimate, over headlines that
           state a number of dead (a number and a word of death)
Figures are given both over the events found and over all headlines.

    scripts/eval-ucdp.py [--binary .build/debug/sitrep] [--data ...] [--errors N]
"""
import argparse
import collections
import datetime
import json
import math
import re

from evalkit import DEFAULT_BINARY, first_events, shared_data

DEATH = re.compile(r"\b(kill\w*|dead|die[sd]?|death\w*|lives)\b", re.I)
NUMBER = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b", re.I)
STEM = {"kiev": "kyiv", "zaporizhzhya": "zaporizhzhia", "mykolayiv": "mykolaiv", "odessa": "odesa"}


def oblast_key(name):
    if not name:
        return ""
    first = re.split(r"[\s-]", name.strip().lower())[0]
    return STEM.get(first, first)


def span(value):
    """First and last day (ISO strings) of a date value: a day, `YYYY-Www`, `YYYY-MM` or `YYYY`."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return value, value
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return str(monday), str(monday + datetime.timedelta(days=6))
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            end = datetime.date(y + mo // 12, mo % 12 + 1, 1) - datetime.timedelta(days=1)
            return f"{y:04d}-{mo:02d}-01", str(end)
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01", f"{value}-12-31"
    except ValueError:
        pass
    return None, None


def km(a, b):
    r = math.radians
    dlat, dlon = r(b[0] - a[0]), r(b[1] - a[1])
    h = math.sin(dlat / 2) ** 2 + math.cos(r(a[0])) * math.cos(r(b[0])) * math.sin(dlon / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--data", default=shared_data("ucdp-ukraine-dev.jsonl"))
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(l) for l in open(args.data, encoding="utf-8")]
    events = first_events(args.binary, [{"text": r["text"], "published": r["published"]} for r in rows])
    types = collections.Counter()
    n = len(rows)
    s = collections.Counter()
    errors = collections.defaultdict(list)
    for i, r in enumerate(rows):
        e = events[i]
        x = r["expected"]
        states_dead = bool(DEATH.search(r["text"]) and NUMBER.search(r["text"]))
        if states_dead:
            s["dead_stated"] += 1
        if e is None:
            errors["no event"].append(r["text"])
            continue
        s["event"] += 1
        types[e["type"]] += 1
        d = e.get("date")
        if d:
            s["dated"] += 1
            lo, hi = x["date_start"], x["date_end"]
            first, last = span(d)
            if first and lo <= first and last <= hi:
                s["date_ok"] += 1
            else:
                errors["date"].append(f"{d} not in {lo}..{hi}: {r['text']}")
        loc = e.get("location")
        if loc and "lat" in loc:
            s["located"] += 1
            dist = km((loc["lat"], loc["lon"]), (x["lat"], x["lon"]))
            if dist <= 25:
                s["km_ok"] += 1
            else:
                errors["place"].append(f"{loc.get('name')} ({dist:.0f} km from {x['place']}): {r['text']}")
            if x["admin1"]:
                s["oblast_n"] += 1
                if oblast_key(loc.get("admin1", "")) == oblast_key(x["admin1"]):
                    s["oblast_ok"] += 1
        if states_dead:
            killed = e.get("counts", {}).get("killed")
            if killed == x["deaths_best"]:
                s["killed_ok"] += 1
            else:
                errors["killed"].append(f"killed={killed} vs {x['deaths_best']}: {r['text']}")

    def pct(a, b):
        return f"{a / b:6.1%}" if b else "   n/a"

    print(f"{'measure':<10}{'right':>8}{'of found':>10}{'of all':>9}")
    print(f"{'event':<10}{s['event']:>8}{'':>10}{pct(s['event'], n):>9}")
    print(f"{'date':<10}{s['date_ok']:>8}{pct(s['date_ok'], s['dated']):>10}{pct(s['date_ok'], n):>9}")
    print(f"{'oblast':<10}{s['oblast_ok']:>8}{pct(s['oblast_ok'], s['oblast_n']):>10}"
          f"{pct(s['oblast_ok'], sum(1 for r in rows if r['expected']['admin1'])):>9}")
    print(f"{'25 km':<10}{s['km_ok']:>8}{pct(s['km_ok'], s['located']):>10}{pct(s['km_ok'], n):>9}")
    print(f"{'killed':<10}{s['killed_ok']:>8}{'':>10}{pct(s['killed_ok'], s['dead_stated']):>9}"
          f"   (of {s['dead_stated']} headlines stating deaths)")
    print("types:", ", ".join(f"{t} {c}" for t, c in types.most_common()))
    for k, v in errors.items():
        for line in v[: args.errors]:
            print(f"{k:>8}: {line}")


if __name__ == "__main__":
    main()
