#!/usr/bin/env bash
# The whole test suite: library tests, the real daemon binary, and (as root) the deployed unit
# under a real systemd-journald and systemd manager.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh
swift format lint --strict -r Sources Tests Benchmarks/Sources Fuzz/Sources
exec swift test
