#!/usr/bin/env bash
# Fuzzes the reader and the extractor together (Fuzz/Sources/ArticleFuzz): bytes of a dropped
# file → every reader format → events with the real gazetteer → records. Not part of CI.
#
#   scripts/fuzz.sh [SECONDS=300] [-- extra libFuzzer flags]
#
# The corpus (fuzz-corpus/, git-ignored) starts from the seeds and, when ../shared/data is
# beside the checkout, from its HTML pages, news texts and headlines. A crash leaves
# crash-* files: replay one with `.build-fuzz/release/ArticleFuzz crash-…`, fix it, and add it
# as a regression test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-300}"
shift || true
[ "${1:-}" = "--" ] && shift
swift build -c release --package-path Fuzz --sanitize fuzzer \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --scratch-path .build-fuzz 2>&1 | tail -1
corpus=fuzz-corpus
if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    cp seeds/*.txt "$corpus/"
    data=../shared/data
    if [ -d "$data" ]; then
        i=0
        for f in "$data"/html-dev/*.html.gz; do
            gzip -dc "$f" | head -c 60000 >"$corpus/page$i.html"
            i=$((i + 1))
            [ $i -ge 60 ] && break
        done
        head -40 "$data/dates-dev.jsonl" | split -l 1 - "$corpus/doc-"
        python3 -c '
import json, sys
for l in open(sys.argv[1]):
    r = json.loads(l)
    print(json.dumps({"text": r["text"], "published": r["published"]}))
' "$data/ucdp-ukraine-dev.jsonl" | head -200 >"$corpus/headlines.jsonl"
    fi
fi
.build-fuzz/release/ArticleFuzz -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -max_total_time="$seconds" -print_final_stats=1 "$@" "$corpus"
