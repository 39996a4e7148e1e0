#!/usr/bin/env bash
# Installs the Debian packages undocd needs to build, test and run, when any is missing.
# Safe to run repeatedly; needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
    pkg-config        # finds the C libraries below
    libsystemd-dev    # sd_notify, sd_journal_sendv (Sources/CSystemd)
    libsqlite3-dev    # the ledger (Sources/CSQLite)
    libssl-dev        # SHA-256 of documents via libcrypto (Sources/COpenSSL)
    poppler-utils     # pdftotext / pdfinfo for PDF intake
    python3           # result-schema validation and the example external plugin
    util-linux        # prlimit, setpriv, unshare, nsenter
    systemd           # the namespace test boots systemd 252 as PID 1
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The tests validate every result against schema/result-v1.schema.json with python3's jsonschema.
if ! python3 -c 'import jsonschema' 2>/dev/null; then
    echo "install-deps: installing the python3 jsonschema module" >&2
    python3 -m pip install -q jsonschema 2>/dev/null || $sudo apt-get install -y -qq python3-jsonschema >/dev/null
fi
