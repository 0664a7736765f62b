#!/usr/bin/env bash
# Builds Sitrep, runs the daemon on a fresh data folder, drops the two seed articles into its
# inbox the way producers should (write a temp name, rename in), stops it, and shows the log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh
swift build -c release --product sitrep 2>&1 | tail -1
bin=.build/release/sitrep
data=./sitrep-data
rm -rf "$data"
mkdir -p "$data"
"$bin" run --inbox "$data/inbox" --processed "$data/processed" --failed "$data/failed" \
    --state "$data/state" --log "$data/events.jsonl" 2>"$data/daemon.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until [ -e "$data/state/checkpoint" ]; do sleep 0.05; done
for f in seeds/*.txt; do
    cp "$f" "$data/inbox/.$(basename "$f").part"
    mv "$data/inbox/.$(basename "$f").part" "$data/inbox/$(basename "$f")"
done
for _ in $(seq 100); do [ -z "$(ls -A "$data/inbox")" ] && break; sleep 0.05; done
kill -TERM $pid; wait $pid || true
trap - EXIT
echo "== daemon (stderr; under systemd this goes to the journal)"
cat "$data/daemon.log"
echo "== sitrep tail --log $data/events.jsonl"
"$bin" tail --log "$data/events.jsonl"
echo "== first record, raw"
head -n 1 "$data/events.jsonl"
echo "== first event, raw"
grep -m 1 '"kind":"event"' "$data/events.jsonl"
echo "== inputs moved to"
find "$data/processed" "$data/failed" -type f | sort
