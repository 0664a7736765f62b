#!/usr/bin/env bash
# The long reliability suite (issue 5), not part of the CI test command:
#
#   scripts/reliability.sh [CRASHES=250] [FLOOD=100000] [FUZZ_SECONDS=0]
#
# 1. the crash matrix with CRASHES random crashes (faults at every step of the transaction and
#    kill -9 at random) while a backlog of every kind of file streams in;
# 2. FLOOD files dropped at once with the inotify queue lowered so that it overflows (root);
# 3. with FUZZ_SECONDS > 0, every fuzz target up to 10 million inputs or FUZZ_SECONDS each.
# Each prints its figures (crashes injected by point, files, violations; drain time and peak
# RSS; inputs per target). The seed of the crash matrix is SITREP_CRASH_SEED (default fixed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
crashes="${1:-250}"
flood="${2:-100000}"
fuzz_seconds="${3:-0}"
scripts/deps.sh
swift build --build-tests
SITREP_CRASHES="$crashes" swift test --skip-build --filter CrashMatrixTests 2>&1 | grep -E 'crash matrix|✘|passed after|failed after'
SITREP_FLOOD="$flood" swift test --skip-build --filter OverflowTests 2>&1 | grep -E 'flood:|✘|passed after|failed after|skipped'
if [ "$fuzz_seconds" -gt 0 ]; then
    FUZZ_RUNS=10000000 FUZZ_MAX_LEN="${FUZZ_MAX_LEN:-4096}" scripts/fuzz.sh "$fuzz_seconds"
fi
