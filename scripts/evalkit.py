"""Shared by the scoring scripts: run `sitrep parse` once over many short texts and read back
the first event of each."""
import argparse
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BINARY = os.path.join(ROOT, ".build", "debug", "sitrep")


def shared_data(name):
    """A file of the shared development sets beside the checkout."""
    return os.path.join(ROOT, "..", "shared", "data", name)


def scored_set(default_data):
    """The options of a script scoring a JSON Lines set of {"text", "published", …} rows
    (`--binary`, `--data`, `--errors`), the rows, and the first event Sitrep reads in each."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--data", default=default_data)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(l) for l in open(args.data, encoding="utf-8")]
    events = first_events(args.binary, [{"text": r["text"], "published": r["published"]} for r in rows])
    return args, rows, events


def first_events(binary, docs):
    """`docs` is a list of {"text", "published"}; returns, per doc, its first event record or None.

    The docs go through JSON Lines files (one article per line). Sitrep gives the same text one
    article id, so a text that repeats (the same headline on another day) goes into a later
    run: each copy is read against its own publication date.
    """
    result = [None] * len(docs)
    remaining = list(range(len(docs)))
    while remaining:
        seen, batch, later = set(), [], []
        for i in remaining:
            (later if docs[i]["text"] in seen else batch).append(i)
            seen.add(docs[i]["text"])
        for i, event in zip(batch, _run(binary, [docs[i] for i in batch])):
            result[i] = event
        remaining = later
    return result


def _run(binary, docs):
    """One `sitrep parse` over docs with distinct texts: the first event of each, or None."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "docs.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d) + "\n")
        out = subprocess.run([binary, "parse", path], capture_output=True, text=True).stdout
    article_of_part, first = {}, {}
    for line in out.splitlines():
        rec = json.loads(line)
        if rec["kind"] in ("article", "duplicate"):
            article_of_part[rec["part"]] = rec["article"]
        elif rec["kind"] == "event":
            first.setdefault(rec["article"], rec)
    return [first.get(article_of_part.get(i)) for i in range(len(docs))]
