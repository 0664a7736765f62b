#!/usr/bin/env bash
# The whole test suite: library tests, the real daemon binary, (as root) the deployed unit
# under a real systemd-journald and systemd manager, then 20 s of libFuzzer on each reader
# format and on the whole pipeline.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh
swift format lint --strict -r Sources Tests Benchmarks/Sources Fuzz/Sources
swift test
scripts/fuzz.sh 20
