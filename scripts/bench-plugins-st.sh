#!/bin/sh
# Throughput of the speakers and topics extractors (release build, one core), in MB of source text per second,
# over the seed corpus. Usage: scripts/bench-plugins-st.sh [rounds]   (default 200)
set -eu
cd "$(dirname "$0")/.."
rounds="${1:-200}"
BENCH_PLUGINS_ST="$rounds" swift test -c release --filter SpeakersTopicsBenchmark 2>&1 | grep -E '^BENCH|error|failed' || true
