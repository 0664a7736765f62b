#!/usr/bin/env bash
# The whole test suite: library tests, the real daemon binary, and (as root) the deployed unit
# under a real systemd-journald and systemd manager.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh
swift build --build-tests 2>&1 | grep -E "warning:|error:" | grep -v "Source files for" || true
exec swift test
