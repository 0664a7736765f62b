#!/usr/bin/env bash
# Fuzzes the reader, one libFuzzer target per input format, and the whole pipeline
# (Fuzz/Sources/*): bytes → reader (→ extractor with the real gazetteer → records for
# ArticleFuzz), and the event log's recovery (LogRecoveryFuzz). Format targets trap when an
# article breaks the reader's contract
# (Article.contractViolations): spans, folding, NFC.
#
#   scripts/fuzz.sh [SECONDS=300] [TARGET ...]      every target by default, SECONDS each
#
# Environment: FUZZ_RUNS=N stops a target after N inputs (the long run: 10000000),
# FUZZ_MAX_LEN=BYTES caps an input (65536), FUZZ_SCRATCH=DIR is the build folder (.build-fuzz).
#
# scripts/test.sh runs it briefly (20 s a target). Each target's working corpus is
# fuzz-corpus/TARGET (git-ignored), started from Fuzz/corpus/FORMAT, the seeds and, when
# ../shared/data is beside the checkout, its pages, news texts and headlines. A crash leaves
# fuzz-crashes/TARGET/crash-* and fails the script: replay one with
# `.build-fuzz/release/TARGET FILE`, fix it, and add it as a regression test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(TextFuzz MarkdownFuzz HTMLFuzz JSONFuzz JSONLinesFuzz ArticleFuzz LogRecoveryFuzz)

scratch="${FUZZ_SCRATCH:-.build-fuzz}"
swift build -c release --package-path Fuzz --sanitize fuzzer \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --scratch-path "$scratch" 2>&1 | tail -1

data=../shared/data
seed_corpus() { # target folder
    local target=$1 dir=$2
    case $target in
        TextFuzz) cp Fuzz/corpus/text/* seeds/*.txt "$dir/" ;;
        MarkdownFuzz) cp Fuzz/corpus/markdown/* "$dir/" ;;
        HTMLFuzz) cp Fuzz/corpus/html/* "$dir/" ;;
        JSONFuzz) cp Fuzz/corpus/json/* "$dir/" ;;
        JSONLinesFuzz) cp Fuzz/corpus/jsonl/* "$dir/" ;;
        ArticleFuzz) cp Fuzz/corpus/{text,markdown,html,json,jsonl}/* seeds/*.txt "$dir/" ;;
        LogRecoveryFuzz) cp Fuzz/corpus/log/* "$dir/" ;;
    esac
    [ -d "$data" ] || return 0
    case $target in
        HTMLFuzz | ArticleFuzz)
            local i=0
            for f in "$data"/html-dev/*.html.gz; do
                { gzip -dc "$f" || true; } | head -c 60000 >"$dir/page$i.html"
                i=$((i + 1))
                [ $i -ge 40 ] && break
            done
            ;;
        TextFuzz) python3 -c '
import json, sys, os
for n, l in enumerate(open(sys.argv[1]).readlines()[:40]):
    open(os.path.join(sys.argv[2], "doc%d.txt" % n), "w").write(json.loads(l)["text"])
' "$data/dates-dev.jsonl" "$dir" ;;
        JSONLinesFuzz) python3 -c '
import json, sys
lines = open(sys.argv[1]).readlines()[:200]
for l in lines:
    r = json.loads(l)
    print(json.dumps({"text": r["text"], "published": r["published"]}))
' "$data/ucdp-ukraine-dev.jsonl" >"$dir/headlines.jsonl" ;;
    esac
}

failed=()
for target in "${targets[@]}"; do
    corpus=fuzz-corpus/$target
    crashes=fuzz-crashes/$target
    mkdir -p "$crashes"
    if [ ! -d "$corpus" ]; then
        mkdir -p "$corpus"
        seed_corpus "$target" "$corpus"
    fi
    dict=()
    case $target in
        HTMLFuzz) dict=(-dict=Fuzz/dict/html.dict) ;;
        JSONFuzz | JSONLinesFuzz | LogRecoveryFuzz) dict=(-dict=Fuzz/dict/json.dict) ;;
        MarkdownFuzz) dict=(-dict=Fuzz/dict/markdown.dict) ;;
    esac
    log=$(mktemp)
    # LogRecoveryFuzz writes and syncs a log per input: on a tmpfs when there is one.
    tmp=${TMPDIR:-/tmp}
    [ "$target" = LogRecoveryFuzz ] && [ -d /dev/shm ] && [ -w /dev/shm ] && tmp=/dev/shm
    if TMPDIR=$tmp "$scratch"/release/"$target" -max_len="${FUZZ_MAX_LEN:-65536}" -timeout=10 -rss_limit_mb=4096 \
        -max_total_time="$seconds" -runs="${FUZZ_RUNS:--1}" -print_final_stats=1 -artifact_prefix="$crashes/" "${dict[@]}" \
        "$corpus" >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
        secs=$(grep -o 'stat::total_time: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "$seconds")
        echo "$target: $runs inputs in ${secs:-$seconds}s, no crash"
    else
        tail -40 "$log"
        echo "$target: FAILED (artifacts in $crashes)"
        failed+=("$target")
    fi
    rm -f "$log"
done
[ ${#failed[@]} -eq 0 ] || exit 1
