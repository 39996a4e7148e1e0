#!/usr/bin/env bash
# External-plugin benchmark (release build): per-document round-trip cost with a warm worker for a
# 50 KB document, and documents/s through the example Python plugin. Usage: scripts/bench-external-plugins.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product external-plugins-bench >&2
exec .build/release/external-plugins-bench "$@"
