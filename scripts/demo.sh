#!/usr/bin/env bash
# Runs undocd from this checkout on the default config (config/undocd.toml): inbox ./var/inbox,
# spool ./var/spool, state ./var/state. The five seed documents are dropped into the inbox first
# (written beside it, then renamed in, as the inbox protocol asks), so the daemon's start-up rescan
# processes them; results appear in ./var/spool/new/. Stop with Ctrl-C (SIGINT): it drains and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --static-swift-stdlib --product undocd
mkdir -p var/inbox var/drop
for f in seeds/*.txt; do
    cp "$f" "var/drop/$(basename "$f")"
    mv "var/drop/$(basename "$f")" "var/inbox/$(basename "$f")"
done
echo "demo: seeds dropped into var/inbox; results will be in var/spool/new/" >&2
exec "$(swift build -c release --static-swift-stdlib --show-bin-path)/undocd" run --config config/undocd.toml
