#!/usr/bin/env bash
# Builds a small release harness around the intake normalizer and prints its throughput on the seeds
# (or on the files given). `scripts/bench-intake.sh dump FILE` prints the normalized view of a file instead.
# The normalizer's sources import only PluginAPI, so they compile here without SwiftPM.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${TMPDIR:-/tmp}/undocd-intake-harness"
mkdir -p "$out"
normalizer_sources=(
    UTF8Scan SourceLine FurnitureScanner BlockStart LayoutProfile JoinRules ParagraphAssembler Normalizer
    DocumentStructure TraditionalFolder TraditionalFoldTable LanguageDetector SourceText
)
files=()
for name in "${normalizer_sources[@]}"; do files+=("$repo/Sources/Intake/$name.swift"); done
swiftc -O -wmo -parse-as-library -module-name PluginAPI -emit-module -emit-module-path "$out/PluginAPI.swiftmodule" \
    -emit-library -static -o "$out/libPluginAPI.a" "$repo"/Sources/PluginAPI/*.swift
swiftc -O -wmo -module-name IntakeHarness -I "$out" -L "$out" -lPluginAPI "${files[@]}" \
    "$repo/scripts/intake-harness/main.swift" -o "$out/intake-harness"
if [[ "${1:-}" == "dump" ]]; then
    shift
    exec "$out/intake-harness" dump "$@"
fi
if [[ $# -eq 0 ]]; then set -- "$repo"/seeds/*.txt; fi
"$out/intake-harness" bench "$@"
