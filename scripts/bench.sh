#!/usr/bin/env bash
# Builds undocd and undocd-bench in release mode and runs the end-to-end benchmark against the real daemon:
# READY time, idle RSS, documents/s (seed copies and ~50 KB documents, durable, all extractors),
# drop→result latency p50/p99, peak RSS. Extra arguments go to undocd-bench (e.g. --documents 2000).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product undocd >&2
swift build -c release --static-swift-stdlib --product undocd-bench >&2
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
exec "$bin/undocd-bench" --binary "$bin/undocd" "$@"
