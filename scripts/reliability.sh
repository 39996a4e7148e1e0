#!/usr/bin/env bash
# The reliability and security suite (issue 8), on demand. Runs every part against a release build of the real
# binary and prints one summary line per part, then "N passed, N failed":
#   burst, overflow, crash, crash-reload, crash-full-disk, full-disk, changing, read-only-state, hostile,
#   fuzz <target> (x6), tsan, asan, sandbox
# Parts that need root (tmpfs in a private mount namespace, inotify queue size, device nodes, another user)
# say "skipped" otherwise. Details of each part go to .build-reliability/<part>.log.
#
# Environment (defaults are the full run; the CI subset is shown after each):
#   BURST=10000        files in the burst                                         (CI: 200)
#   ITERATIONS=200     SIGKILL trials of scripts/crash-test.sh (500 files each)   (CI: 2)
#   CRASH_FILES=100    files per trial of crash-reload and crash-full-disk; their trials = ITERATIONS/10, at least 2
#   FUZZ_RUNS=400000   libFuzzer executions per target (~1 hour for all six here; why not more: scripts/fuzz.sh);
#                      0 skips fuzzing                                            (CI: 0)
#   SANITIZERS=1       run the test suites under TSan and ASan; 0 skips them      (CI: 0)
#   PARTS="..."        only these parts (names as above; fuzz and sanitizers by "fuzz", "tsan", "asan")
# CI subset (< 3 minutes once built):  BURST=200 ITERATIONS=2 FUZZ_RUNS=0 SANITIZERS=0 scripts/reliability.sh
set -uo pipefail
cd "$(dirname "$0")/.."
BURST=${BURST:-10000}
ITERATIONS=${ITERATIONS:-200}
CRASH_FILES=${CRASH_FILES:-100}
FUZZ_RUNS=${FUZZ_RUNS:-400000}
SANITIZERS=${SANITIZERS:-1}
PARTS=${PARTS:-burst overflow crash crash-reload crash-full-disk full-disk changing read-only-state hostile fuzz tsan asan sandbox}
logs=.build-reliability
mkdir -p "$logs"
passed=0
failed=0
summary=()

wanted() { [[ " $PARTS " == *" $1 "* ]]; }
# record PART STATUS LINE: prints the part's summary line and counts it.
record() {
    local part=$1 status=$2 line=$3
    if [ "$status" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); line="$line  [FAILED, see $logs/$part.log]"; fi
    summary+=("$line")
    echo "$line"
}

echo "reliability: building the release binary" >&2
if ! swift build -c release --static-swift-stdlib --product undocd >"$logs/build.log" 2>&1; then
    tail -20 "$logs/build.log" >&2
    echo "reliability: build FAILED"; exit 1
fi
binary=$(swift build -c release --static-swift-stdlib --show-bin-path)/undocd
crash_trials=$(( ITERATIONS / 10 > 2 ? ITERATIONS / 10 : 2 ))

scenario() {  # scenario NAME ARGS...
    local name=$1; shift
    wanted "$name" || return 0
    python3 scripts/reliability/scenarios.py "$name" --binary "$binary" "$@" >"$logs/$name.log" 2>&1
    local status=$?
    record "$name" "$status" "$(tail -1 "$logs/$name.log")"
}

scenario burst --files "$BURST"
scenario overflow --files $(( BURST < 2000 ? BURST : 2000 ))
if wanted crash; then
    if [ -x scripts/crash-test.sh ]; then
        scripts/crash-test.sh "$ITERATIONS" >"$logs/crash.log" 2>&1
        status=$?
        line=$(grep -m1 '^crash-test:' "$logs/crash.log" || echo "crash-test: no summary line")
        record crash "$status" "crash: ${line#crash-test: }"
    else
        record crash 1 "crash: scripts/crash-test.sh missing (the backbone's SIGKILL suite)"
    fi
fi
scenario crash-reload --files "$CRASH_FILES" --iterations "$crash_trials"
scenario crash-full-disk --files "$CRASH_FILES" --iterations "$crash_trials"
scenario full-disk --files 200
scenario changing
scenario read-only-state --files 20
scenario hostile

if wanted fuzz && [ "$FUZZ_RUNS" -gt 0 ]; then
    FUZZ_RUNS=$FUZZ_RUNS scripts/fuzz.sh >"$logs/fuzz.log" 2>&1
    while IFS= read -r line; do
        target=${line#fuzz }; target=${target%%:*}
        [[ "$line" == *" 0 crashes"* && "$line" != *FAILED* ]] && status=0 || status=1
        record "fuzz" "$status" "$line"
    done < <(grep -E '^fuzz [a-z]+:' "$logs/fuzz.log")
    grep -q '^fuzz [a-z]*:' "$logs/fuzz.log" || record fuzz 1 "fuzz: $(tail -1 "$logs/fuzz.log")"
fi

sanitized() {  # sanitized tsan|asan thread|address
    local part=$1 sanitizer=$2
    wanted "$part" && [ "$SANITIZERS" -eq 1 ] || return 0
    # The unit and integration suites of the core and the plugins (the end-to-end suites run the binary,
    # whose own sanitizer build would be a separate product). Serially, as in scripts/test.sh: the suites that
    # prove timeouts wait on the 2-thread cooperative pool, which parallel CPU-heavy suites would starve.
    local filter='CoreTests|IntakeTests|GazetteerTests|MetadataTests|CitationsTests|SpeakersTests|TopicsTests|PluginAPITests|ExternalPluginsTests|SystemdTests'
    # Suppressions, each entry explained in its file: TSan reports of Synchronization.Mutex's kernel hand-over,
    # LSan reports of leaks inside TOMLKit and XCTest.
    local supp=$PWD/scripts/sanitizers
    SWIFT_BACKTRACE=enable=no swift build --build-tests --sanitize="$sanitizer" --scratch-path ".build-$part" >"$logs/$part.log" 2>&1
    TSAN_OPTIONS="suppressions=$supp/tsan.supp:print_suppressions=1" LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=1" \
        SWIFT_BACKTRACE=enable=no swift test --skip-build --no-parallel --sanitize="$sanitizer" --scratch-path ".build-$part" \
        --filter "$filter" >>"$logs/$part.log" 2>&1
    local exit_status=$?
    local result
    result=$(grep -E 'Test run with [0-9]+ tests? .*(passed|failed)' "$logs/$part.log" | tail -1 | sed 's/^[^T]*Test run/test run/; s/\.$//')
    # A report is ours when its first frame is in this repository's sources, not in a dependency's checkout.
    local ours theirs leaks suppressed
    read -r ours theirs < <(awk '/WARNING: ThreadSanitizer|ERROR: AddressSanitizer/ {want=1; next}
        want && /#0 / {if ($0 ~ /checkouts\/|libswift|libFoundation|libdispatch/) t++; else o++; want=0}
        END {print o+0, t+0}' "$logs/$part.log")
    leaks=$(grep -m1 'SUMMARY: AddressSanitizer: .* leaked' "$logs/$part.log" | sed 's/SUMMARY: AddressSanitizer: //')
    if [ "$part" = tsan ]; then
        suppressed=$(awk '/ThreadSanitizer: Matched [0-9]+ suppressions/ {n += $3} END {print n+0}' "$logs/$part.log")
        suppressed="$suppressed suppressed (Mutex hand-over, scripts/sanitizers/tsan.supp)"
    else
        suppressed=$(awk '/Suppressions used:/ {s=1; next} s && /^ *[0-9]+ +[0-9]+ / {n += $2} /^-+$/ {s=0} END {print n+0}' "$logs/$part.log")
        suppressed="unsuppressed leaks: ${leaks:-none}; $suppressed bytes of dependency leaks suppressed (TOMLKit, XCTest: scripts/sanitizers/lsan.supp)"
    fi
    local status=1
    [[ "$result" == *passed* ]] && [ "$exit_status" -eq 0 ] && [ "$ours" -eq 0 ] && status=0
    record "$part" "$status" "$part: ${result:-no test summary (build failed?)}; $ours reports in undocd code, $theirs in dependencies; $suppressed"
}
sanitized tsan thread
sanitized asan address

if wanted sandbox; then
    if [ -f systemd/undocd.service ] && command -v systemd-analyze >/dev/null; then
        systemd-analyze security --offline=true systemd/undocd.service >"$logs/sandbox.log" 2>&1
        line=$(grep 'Overall exposure level' "$logs/sandbox.log" | sed 's/.*: //')
        record sandbox 0 "sandbox: systemd-analyze security exposure ${line:-unknown}"
    else
        record sandbox 1 "sandbox: systemd/undocd.service or systemd-analyze missing"
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
