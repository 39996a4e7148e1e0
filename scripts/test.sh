#!/usr/bin/env bash
# The whole default test suite, as CI runs it: installs missing Debian packages, builds, runs the
# Swift Testing suites (unit, integration, end-to-end against the built binary), then the systemd
# integration test under a real systemd 252 booted in a PID+mount namespace (root only).
# Then a fast subset of the reliability suite. The long runs (hundreds of crash trials, a 10,000-file burst,
# fuzzing, sanitizers) are on demand: scripts/reliability.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh || exit 1

passed=0
failed=0
step() {
    local name=$1; shift
    echo "=== $name: $*" >&2
    if "$@"; then passed=$((passed + 1)); echo "=== $name: ok" >&2
    else failed=$((failed + 1)); echo "=== $name: FAILED" >&2; fi
}

step build swift build --build-tests
# Serially: the suites that prove timeouts and watchdog pings wait on the 2-thread concurrency pool, which the
# CPU-heavy extractor suites would otherwise occupy on a 2-core machine.
step swift-test swift test --skip-build --no-parallel
if [ "$(id -u)" -eq 0 ] && [ -x scripts/systemd-namespace-test.sh ]; then
    step systemd scripts/systemd-namespace-test.sh
else
    echo "=== systemd: skipped (needs root)" >&2
fi
# The fast subset of the reliability suite (burst, overflow, crash, full disk, files changing under the daemon,
# read-only state, hostile names and files) against the release binary; the full run is `scripts/reliability.sh`
# on demand.
step reliability env BURST=200 ITERATIONS=2 FUZZ_RUNS=0 SANITIZERS=0 \
    PARTS="burst overflow crash crash-reload crash-full-disk full-disk changing read-only-state hostile sandbox" scripts/reliability.sh

echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
