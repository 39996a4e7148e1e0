#!/bin/sh
# Throughput of the metadata and citations extractors (release build, one core), in MB/s of source text.
# Usage: scripts/bench-plugins.sh      (run from anywhere; builds the test bundle in release mode)
set -eu
cd "$(dirname "$0")/.."
UNDOCD_BENCH=1 swift test -c release --filter PluginBenchmark 2>&1 | grep -E "^bench|error:"
