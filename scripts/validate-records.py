#!/usr/bin/env python3
"""Validates JSON Lines records against schema/records.schema.json (a dev tool, used by the
tests; never needed by the daemon). Prints one line per invalid record; exit 1 if any."""
import json
import pathlib
import sys

import jsonschema

schema = json.loads((pathlib.Path(__file__).resolve().parent.parent / "schema/records.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
count = 0
for path in sys.argv[1:] or ["-"]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        count += 1
        record = json.loads(line)
        errors = sorted(validator.iter_errors(record), key=lambda e: e.path)
        if errors:
            bad += 1
            best = jsonschema.exceptions.best_match(errors)
            print(f"{path}:{number}: {record.get('kind')}: {best.message} at {list(best.absolute_path)}")
print(f"{count - bad} valid, {bad} invalid")
sys.exit(1 if bad else 0)
