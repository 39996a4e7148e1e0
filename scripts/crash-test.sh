#!/usr/bin/env bash
# On-demand crash-safety suite: SIGKILLs the real undocd binary at random moments during bursts of 500 files,
# restarts it, and checks that every file has exactly one complete result (none missing, none doubled, nothing
# left in spool/tmp). The normal test-suite runs 2 iterations; this runs N (default 200).
#
#   scripts/crash-test.sh [N]
#
# Prints one summary line:  crash-test: N iterations, … SIGKILLs (… with documents in processing/), F failed, S s
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${1:-200}
swift build --build-tests >&2
UNDOCD_CRASH_ITERATIONS=$iterations swift test --skip-build --filter EndToEndTests.CrashSafetyTests 2>&1 \
    | tee /tmp/undocd-crash-test.log | grep -E '^crash-test:|✘' || true
grep -q 'Test run with 1 test in 1 suite passed' /tmp/undocd-crash-test.log
