#!/usr/bin/env bash
# undocd under a real systemd: boots systemd 252 as PID 1 of a fresh PID + mount namespace, `make install`s
# undocd into it and checks it as an operator would (start after READY, drops by a group member, status
# text, journal fields and catalog, reload, watchdog restart of a wedged pipeline, draining stop, uninstall).
#
# Run as root from the repository (CI: `.ci/run`); no stdin needed. Exit code 0 when every check passed,
# 1 when a check failed, 2 when the test could not run. The last line is the summary.
#
# Nothing is written to the real disk but the release build and this test's own folder
# (.build/systemd-namespace-test): inside the namespace /run, /tmp and /var/tmp are fresh tmpfs (systemd's
# boot empties /tmp otherwise), and /etc, /usr/local and /var/lib are overlays whose upper layers live on
# that /run tmpfs, so `make install`, systemd-sysusers (/etc/passwd), the catalog database and the
# daemon's state vanish with the namespace. Every unit that would touch the shared kernel, clock or disk is
# masked at runtime, and journald is volatile. `make uninstall` runs inside at the end, and a trap powers
# the namespace off whatever happens.
#
# The test-only fault switch UNDOCD_TEST_WEDGE_PIPELINE=1 (environment) makes the daemon's claim/dispatch
# loop stop after READY without pinging the watchdog.
set -uo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$REPO/.build/systemd-namespace-test
BOOT_LOG=$WORK/systemd-boot.log
WATCHDOG_SEC=3
STATE=/var/lib/undocd
INBOX=$STATE/inbox
SPOOL_NEW=$STATE/spool/new
STARTED_ID=b5e7820e46a94c44b6053e3457137306
READY_ID=248ceb993f0248d19bca7bc9045fb869
RELOADED_ID=cccb3e1375fb4d59ad2fbbf218ab1a47
PROCESSED_ID=ce3571ae9d144c9e8e1a11a115c30497
STOPPING_ID=7e0d13b019ba4834b6dd03f8fb6448c9
DUPLICATE_ID=53ac3439153a4d43b526c9beed7797ab

passed=0
failed=0
say() { printf '%s\n' "--- $*"; }
pass() { passed=$((passed + 1)); printf 'PASS  %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL  %s\n' "$*"; }
# check DESCRIPTION COMMAND...: one operator-visible expectation.
check() {
    local what=$1; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
# wait_for SECONDS COMMAND...: true as soon as COMMAND succeeds, false at the deadline.
wait_for() {
    local deadline=$((SECONDS + $1)); shift
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -ge $deadline ] && return 1
        sleep 0.1
    done
}
abort() { printf 'systemd-namespace-test: cannot run: %s\n' "$*"; exit 2; }

[ "$(id -u)" -eq 0 ] || abort "needs root"
for tool in unshare nsenter setsid make python3 /lib/systemd/systemd systemd-analyze; do
    command -v "$tool" >/dev/null || abort "$tool is missing"
done
mkdir -p "$WORK" || abort "cannot create $WORK"

say "release build"
make -C "$REPO" --no-print-directory build || abort "release build failed"

say "systemd-analyze security --offline=true systemd/undocd.service"
systemd-analyze security --offline=true --no-pager "$REPO/systemd/undocd.service"
exposure=$(systemd-analyze security --offline=true --no-pager "$REPO/systemd/undocd.service" 2>&1 |
    sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
check "offline security exposure ${exposure:-?} is below 1.0 (SAFE)" \
    python3 -c "import sys; sys.exit(0 if float('${exposure:-99}') < 1.0 else 1)"

# --- the namespace -------------------------------------------------------------------------------------
cat >"$WORK/boot.sh" <<'BOOT'
#!/bin/sh
# Runs as PID 1 of the new PID + mount namespace, then becomes systemd.
set -e
mount -t tmpfs -o mode=0755 tmpfs /run
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=1777 tmpfs /var/tmp
for dir in /etc /usr/local /var/lib; do
    layer=/run/undocd-test-overlay/$(echo "$dir" | tr / _)
    mkdir -p "$layer/upper" "$layer/work"
    mount -t overlay overlay -o "lowerdir=$dir,upperdir=$layer/upper,workdir=$layer/work" "$dir"
done
mkdir -p /run/systemd/system /run/systemd/journald.conf.d
for unit in systemd-sysctl.service systemd-binfmt.service systemd-modules-load.service \
    systemd-udevd.service systemd-udevd-control.socket systemd-udevd-kernel.socket systemd-udev-trigger.service \
    systemd-udev-settle.service systemd-timesyncd.service systemd-remount-fs.service \
    systemd-random-seed.service systemd-pstore.service systemd-sysusers.service systemd-firstboot.service \
    systemd-repart.service systemd-machine-id-commit.service kmod-static-nodes.service \
    systemd-tmpfiles-setup-dev.service systemd-hwdb-update.service systemd-journal-flush.service \
    systemd-logind.service systemd-update-utmp.service systemd-update-utmp-runlevel.service getty.target \
    timers.target apt-daily.timer apt-daily-upgrade.timer dpkg-db-backup.timer e2scrub_all.timer \
    fstrim.timer man-db.timer e2scrub_reap.service postgresql.service proc-sys-fs-binfmt_misc.automount \
    systemd-tmpfiles-clean.timer remote-fs.target; do
    ln -sf /dev/null "/run/systemd/system/$unit"
done
# Whatever else the host enables is not ours to start either.
for wanted in /etc/systemd/system/*.wants/*; do
    [ -e "$wanted" ] || [ -L "$wanted" ] || continue
    ln -sf /dev/null "/run/systemd/system/$(basename "$wanted")"
done
printf '[Journal]\nStorage=volatile\n' >/run/systemd/journald.conf.d/volatile.conf
exec env container=other /lib/systemd/systemd --unit=multi-user.target
BOOT
chmod +x "$WORK/boot.sh"

say "booting systemd in a PID + mount namespace (log: $BOOT_LOG)"
setsid unshare --pid --fork --mount --mount-proc --propagation private "$WORK/boot.sh" >"$BOOT_LOG" 2>&1 </dev/null &
UNSHARE_PID=$!
PID1=""

# The log's stdout and stderr, for a teardown that a signal starts inside a redirected command.
exec 3>&1 4>&2
teardown() {
    local code=$?
    exec 1>&3 2>&4
    if [ -n "$PID1" ] && [ -d "/proc/$PID1" ]; then
        if [ "$failed" -gt 0 ]; then
            say "diagnostics: undocd's warnings and errors, and systemd's words about it"
            nsenter -t "$PID1" -m -p journalctl --no-pager -o short-monotonic -u undocd -p warning | tail -n 40
            nsenter -t "$PID1" -m -p systemctl show -p Result,ExecMainCode,ExecMainStatus,NRestarts undocd
            nsenter -t "$PID1" -m -p sh -c "ls -la '$STATE/state/processing' '$STATE/state/failed' 2>&1 | head -n 20"
        fi
        say "teardown: make uninstall, poweroff"
        # A daemon still wedged would hold both up for TimeoutStopSec=.
        nsenter -t "$PID1" -m -p systemctl kill --signal=SIGKILL undocd.service >/dev/null 2>&1
        nsenter -t "$PID1" -m -p make -C "$REPO" --no-print-directory uninstall >/dev/null 2>&1
        # Not `systemctl poweroff`: with logind masked it fails here instead of falling back.
        nsenter -t "$PID1" -m -p systemctl start poweroff.target --job-mode=replace-irreversibly --no-block \
            >/dev/null 2>&1 || kill -s SIGRTMIN+4 "$PID1" 2>/dev/null
    fi
    local deadline=$((SECONDS + 30))
    while kill -0 "$UNSHARE_PID" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    if kill -0 "$UNSHARE_PID" 2>/dev/null; then
        say "teardown: systemd did not power off in time, killing it"
        [ -n "$PID1" ] && kill -KILL "$PID1" 2>/dev/null
        kill -KILL "$UNSHARE_PID" 2>/dev/null
    fi
    wait "$UNSHARE_PID" 2>/dev/null
    [ "$code" -eq 0 ] && [ "$failed" -gt 0 ] && code=1
    if [ -n "${interrupted:-}" ]; then
        echo "systemd-namespace-test: interrupted after $passed passed, $failed failed"
    elif [ "$code" -ne 2 ]; then
        echo "systemd-namespace-test: $passed passed, $failed failed"
    fi
    exit $code
}
trap teardown EXIT
trap 'say "interrupted" >&3; interrupted=1; exit 2' INT TERM

find_pid1() {
    local child
    child=$(pgrep -P "$UNSHARE_PID" | head -n1)
    [ -n "$child" ] && [ "$(cat "/proc/$child/comm" 2>/dev/null)" = systemd ] || return 1
    [ "$(readlink "/proc/$child/ns/pid")" != "$(readlink /proc/self/ns/pid)" ] || return 1
    PID1=$child
}
wait_for 20 find_pid1 || { cat "$BOOT_LOG"; abort "systemd did not start as PID 1 of the namespace"; }
find_pid1
ns() { nsenter -t "$PID1" -m -p -- "$@"; }
booted() { case $(ns systemctl is-system-running 2>/dev/null) in running | degraded) return 0 ;; *) return 1 ;; esac; }
wait_for 60 booted || { ns systemctl --failed --no-pager; abort "systemd did not finish booting"; }
say "systemd is $(ns systemctl is-system-running) as PID $PID1 (seen from outside)"
[ "$(ns systemctl is-system-running)" = degraded ] && ns systemctl --failed --no-pager
ns systemd-analyze set-log-target journal

# --- install ------------------------------------------------------------------------------------------
say "make install (inside the namespace: lands on its overlays)"
check "make install succeeds" ns make -C "$REPO" --no-print-directory install
check "make install created the undocd user and group" ns id undocd
check "the inbox is setgid and group-writable by undocd" \
    test "$(ns stat -c '%a %U %G' "$INBOX" 2>/dev/null)" = "2770 undocd undocd"

say "systemd-analyze verify (installed unit)"
verify_out=$(ns systemd-analyze verify undocd.service 2>&1)
printf '%s\n' "${verify_out:-(no findings)}"
check "systemd-analyze verify undocd.service is clean" test -z "$verify_out"
say "systemd-analyze security undocd.service (running systemd)"
ns systemd-analyze security --no-pager undocd.service | tail -n 3

# The test's own settings: a short watchdog so a wedge is caught in seconds, no core files.
ns mkdir -p /run/systemd/system/undocd.service.d
ns sh -c "printf '[Service]\nWatchdogSec=${WATCHDOG_SEC}s\nRestartSec=1s\nLimitCORE=0\n' \
    >/run/systemd/system/undocd.service.d/50-test.conf"
ns systemctl daemon-reload

# --- start --------------------------------------------------------------------------------------------
T0=$(ns date +%s)
say "systemctl start undocd"
check "systemctl start undocd returns success" ns systemctl start undocd
check "the unit is active (running) as soon as start returns (Type=notify: after READY=1)" \
    test "$(ns systemctl show -p ActiveState,SubState --value undocd | paste -sd' ')" = "active running"
ns systemctl status --no-pager undocd | head -n 12
invocation() { ns systemctl show -p InvocationID --value undocd; }
# journal_json [FIELD=VALUE...]: this invocation's entries as JSON lines.
journal_json() { ns journalctl --no-pager -o json _SYSTEMD_INVOCATION_ID="$(invocation)" "$@"; }
has_entry() { [ -n "$(journal_json MESSAGE_ID="$1" | head -n1)" ]; }
check "the journal holds the 'started' entry (MESSAGE_ID=$STARTED_ID)" wait_for 5 has_entry "$STARTED_ID"
check "the journal holds the 'ready' entry (MESSAGE_ID=$READY_ID)" wait_for 5 has_entry "$READY_ID"

# --- documents dropped by a member of group undocd -----------------------------------------------------
ns useradd --no-create-home --user-group --groups undocd --shell /usr/sbin/nologin alice
SEEDS=/var/lib/undocd-test-seeds
ns mkdir -p "$SEEDS/first" "$SEEDS/dup" "$SEEDS/again"
ns sh -c "cp '$REPO'/seeds/*.txt '$SEEDS/first/' && chmod -R a+rX '$SEEDS'"
seed_count=$(ns sh -c "ls '$SEEDS'/first/*.txt | wc -l")
say "alice (group undocd) drops $seed_count seeds into $INBOX"
drop() { # drop FILE...: as alice, written under a hidden name then renamed in (files appear complete)
    local file base
    for file in "$@"; do
        base=$(basename "$file")
        ns runuser -u alice -- sh -c "cp '$file' '$INBOX/.$base.part' && mv '$INBOX/.$base.part' '$INBOX/$base'" || return 1
    done
}
result_count() { ns sh -c "ls '$SPOOL_NEW' 2>/dev/null | grep -c '\.json$'"; }
check "alice can write into the inbox" drop $(ns sh -c "ls '$SEEDS'/first/*.txt")
results_at_least() { [ "$(result_count)" -ge "$1" ]; }
check "every seed produces a result in $SPOOL_NEW" wait_for 30 results_at_least "$seed_count"
say "results: $(result_count); status: $(ns systemctl show -p StatusText --value undocd)"
status_counts() { ns systemctl show -p StatusText --value undocd | grep -Eq "(^|[^0-9])$seed_count done"; }
check "systemctl show -p StatusText reports '$seed_count done'" wait_for 5 status_counts

# A PDF goes through pdfinfo/pdftotext under prlimit: child processes must work inside the sandbox
# (system call filter, MemoryDenyWriteExecute=, private /tmp for the staged copy).
python3 - >"$WORK/letter.pdf" <<'PDF'
import sys
lines = ["Letter dated 1 March 2024 from the Secretary-General",
         "addressed to the President of the Security Council"]
content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join("(%s) '" % line for line in lines) + " ET"
objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
    " /Resources << /Font << /F1 5 0 R >> >> >>",
    "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]
out = b"%PDF-1.4\n"
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n%s\nendobj\n" % (number, body.encode())
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
sys.stdout.buffer.write(out)
PDF
ns mkdir -p "$SEEDS/pdf"
ns sh -c "cp '$WORK/letter.pdf' '$SEEDS/pdf/letter.pdf' && chmod a+r '$SEEDS/pdf/letter.pdf'"
drop "$SEEDS/pdf/letter.pdf"
pdf_status() { journal_json MESSAGE_ID="$PROCESSED_ID" UNDOCD_SOURCE=letter.pdf |
    python3 -c 'import json,sys; print(json.loads(sys.stdin.readline()).get("UNDOCD_STATUS",""))' 2>/dev/null; }
pdf_processed() { [ -n "$(pdf_status)" ]; }
check "a PDF dropped into the inbox is processed (pdftotext runs inside the sandbox)" wait_for 15 pdf_processed
check "  ... and its result is complete (status: $(pdf_status))" test "$(pdf_status)" = complete

# External plugins run inside the daemon's sandbox too: the Python example must start and answer the
# handshake under the unit's own restrictions (MemoryDenyWriteExecute=, SystemCallFilter=, PrivateUsers=...).
ns sh -c "printf '%s\n' '{\"type\":\"hello\",\"protocol\":1,\"plugin\":\"dates\"}' >'$SEEDS/hello.jsonl' && chmod a+r '$SEEDS/hello.jsonl'"
ns sh -c "{ printf '[Service]\nType=oneshot\nStandardInput=file:$SEEDS/hello.jsonl\nStandardOutput=journal\n'
    printf 'ExecStart=/usr/bin/python3 $REPO/Plugins/examples/python-dates/dates.py\n'
    sed -n '/^User=/,/^\[Install\]/p' /usr/local/lib/systemd/system/undocd.service | grep -v '^\[Install\]'
  } >/run/systemd/system/undocd-sandbox-check.service"
ns systemctl daemon-reload
plugin_hello() {
    ns systemctl start undocd-sandbox-check.service &&
        ns journalctl --no-pager -o cat -u undocd-sandbox-check.service | grep -q '"type":"hello".*"name":"dates"'
}
check "the Python example plugin answers the handshake inside the unit's sandbox" plugin_hello

# --- journal: fields, message ids, catalog ------------------------------------------------------------
fields_present() {
    journal_json MESSAGE_ID="$PROCESSED_ID" | python3 -c '
import json, sys
entries = [json.loads(line) for line in sys.stdin if line.strip()]
ok = len(entries) >= int(sys.argv[1]) and all(
    e.get("UNDOCD_DOCUMENT_ID") and e.get("PRIORITY") and e.get("SYSLOG_IDENTIFIER") == "undocd"
    and e.get("CODE_FILE") and e.get("CODE_LINE") for e in entries)
print("processed entries: %d, fields: %s" % (len(entries), sorted(k for k in (entries[0] if entries else {}) if k.startswith("UNDOCD_"))))
sys.exit(0 if ok else 1)' "$seed_count"
}
check "journalctl -u undocd -o json: a 'document processed' entry per seed with UNDOCD_* fields" fields_present
one_id=$(journal_json MESSAGE_ID="$PROCESSED_ID" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline()).get("UNDOCD_DOCUMENT_ID",""))' 2>/dev/null)
filter_by_document() { [ -n "$one_id" ] && ns journalctl --no-pager -u undocd UNDOCD_DOCUMENT_ID="$one_id" -o cat | grep -q .; }
check "journalctl -u undocd UNDOCD_DOCUMENT_ID=$one_id finds that document's entries" filter_by_document
catalog_text() { ns journalctl --no-pager -x -u undocd MESSAGE_ID="$READY_ID" | grep -q "Subject: undocd is ready"; }
check "journalctl -x shows the catalog text of the 'ready' entry" catalog_text
ns journalctl --no-pager -x -u undocd MESSAGE_ID="$READY_ID" | tail -n 8

# --- reload -------------------------------------------------------------------------------------------
# The changed setting: [duplicates] policy. With "record" (the default) a document whose content was already
# processed gets no second result; after the reload with "reprocess" it does.
first_seed=$(ns sh -c "ls '$SEEDS'/first/*.txt | head -n1")
dup_before=$(journal_json MESSAGE_ID="$DUPLICATE_ID" | wc -l)
results_before=$(result_count)
ns sh -c "cp '$first_seed' '$SEEDS/dup/1-$(basename "$first_seed")' && cp '$first_seed' '$SEEDS/dup/2-$(basename "$first_seed")'"
drop "$SEEDS/dup/1-$(basename "$first_seed")"
duplicate_logged() { [ "$(journal_json MESSAGE_ID="$DUPLICATE_ID" | wc -l)" -gt "$dup_before" ]; }
check "a duplicate is logged as such (MESSAGE_ID=$DUPLICATE_ID)" wait_for 10 duplicate_logged
check "the duplicate gets no second result" test "$(result_count)" -eq "$results_before"

reloads_before=$(journal_json MESSAGE_ID="$RELOADED_ID" | wc -l)
say "systemctl reload undocd after setting [duplicates] policy = \"reprocess\""
ns sed -i 's/^policy = .*/policy = "reprocess"/' /etc/undocd/undocd.toml
ns grep -A3 '^\[duplicates\]' /etc/undocd/undocd.toml | grep '^policy'
check "systemctl reload undocd returns success" ns systemctl reload undocd
reloaded() { [ "$(journal_json MESSAGE_ID="$RELOADED_ID" | wc -l)" -gt "$reloads_before" ]; }
# systemd 252 may return from `reload` before READY=1: wait for the daemon's own evidence.
check "the daemon logs 'reloaded' (MESSAGE_ID=$RELOADED_ID) after the reload" wait_for 10 reloaded
is_active() { [ "$(ns systemctl is-active undocd)" = active ]; }
check "the unit is active again after the reload" wait_for 10 is_active
drop "$SEEDS/dup/2-$(basename "$first_seed")"
reprocessed() { [ "$(result_count)" -gt "$results_before" ]; }
check "the changed setting applies: the same content now gets a second result" wait_for 10 reprocessed

# --- a start-up failure -------------------------------------------------------------------------------
# An inbox the sandbox makes read-only (ProtectSystem=strict) cannot be created: the start fails and the
# daemon tells systemd why (ERRNO=, shown as StatusErrno).
say "starting with [paths] inbox outside the writable paths (UNDOCD_PATHS_INBOX=/usr/undocd-inbox)"
ns sh -c "printf '[Service]\nEnvironment=UNDOCD_PATHS_INBOX=/usr/undocd-inbox\nRestart=no\n' \
    >/run/systemd/system/undocd.service.d/55-bad-inbox.conf"
ns systemctl daemon-reload
check "systemctl restart undocd reports the failure" \
    sh -c "! timeout 60 nsenter -t $PID1 -m -p systemctl restart undocd 2>/dev/null"
status_errno=$(ns systemctl show -p StatusErrno --value undocd)
say "StatusErrno=$status_errno, Result=$(ns systemctl show -p Result --value undocd)"
check "the daemon reported the errno of the failed start-up (StatusErrno=$status_errno)" \
    test "${status_errno:-0}" -gt 0
ns rm -f /run/systemd/system/undocd.service.d/55-bad-inbox.conf
ns systemctl daemon-reload
ns systemctl reset-failed undocd

# --- watchdog -----------------------------------------------------------------------------------------
say "wedging the pipeline (UNDOCD_TEST_WEDGE_PIPELINE=1, WatchdogSec=${WATCHDOG_SEC}s)"
ns sh -c "printf '[Service]\nEnvironment=UNDOCD_TEST_WEDGE_PIPELINE=1\n' \
    >/run/systemd/system/undocd.service.d/60-wedge.conf"
ns systemctl daemon-reload
# A manual restart resets NRestarts, so count from after it; the wedged daemon still reaches READY.
check "the daemon with a wedged pipeline still starts" timeout 60 nsenter -t "$PID1" -m -p systemctl restart undocd
restarts_before=$(ns systemctl show -p NRestarts --value undocd)
restarted() { [ "$(ns systemctl show -p NRestarts --value undocd)" -gt "$restarts_before" ]; }
check "the watchdog kills the wedged daemon and systemd restarts it (NRestarts grows)" \
    wait_for $((WATCHDOG_SEC * 6)) restarted
watchdog_logged() { ns journalctl --no-pager -u undocd --since "@$T0" | grep -q "Watchdog timeout"; }
check "systemd logs a watchdog timeout for undocd" wait_for 10 watchdog_logged
say "NRestarts: $restarts_before -> $(ns systemctl show -p NRestarts --value undocd)"
ns rm -f /run/systemd/system/undocd.service.d/60-wedge.conf
ns systemctl daemon-reload
# A wedged loop cannot drain, so a polite stop would wait out TimeoutStopSec=.
ns systemctl kill --signal=SIGKILL undocd
ns systemctl reset-failed undocd 2>/dev/null
restart_time=$(ns date +%s)
check "a healthy daemon starts again after the wedge is removed" ns systemctl restart undocd

# --- stop drains --------------------------------------------------------------------------------------
# A burst of distinct documents is renamed into the inbox in one go (alice's own staging folder is on the
# inbox's file system) and the stop follows at once, so documents are in flight when SIGTERM arrives.
BURST=20
say "alice renames $((BURST * seed_count)) new documents into the inbox, then systemctl stop at once"
results_before=$(result_count)
ns chown alice: "$SEEDS/again"
ns runuser -u alice -- sh -c "for f in '$SEEDS'/first/*.txt; do for i in \$(seq $BURST); do
    { cat \"\$f\"; echo \" \$i\"; } >'$SEEDS/again/again-'\$i-\$(basename \"\$f\"); done; done"
dropped=$(ns sh -c "ls '$SEEDS/again' | wc -l")
stop_pid=$(ns systemctl show -p MainPID --value undocd)
ns runuser -u alice -- sh -c "mv -t '$INBOX' '$SEEDS'/again/*"
check "systemctl stop undocd returns success" ns systemctl stop undocd
check "the daemon exited cleanly (Result=success, status 0)" \
    test "$(ns systemctl show -p Result,ExecMainStatus --value undocd | paste -sd' ')" = "success 0"
stopping_entry() { ns journalctl --no-pager -u undocd _PID="$stop_pid" MESSAGE_ID="$STOPPING_ID" -o json | head -n1; }
stopping_logged() { [ -n "$(stopping_entry)" ]; }
check "the daemon logged 'stopping' (MESSAGE_ID=$STOPPING_ID)" stopping_logged
in_flight=$(stopping_entry | python3 -c 'import json,sys; print(json.load(sys.stdin).get("UNDOCD_IN_FLIGHT","?"))' 2>/dev/null)
left=$(ns sh -c "ls '$INBOX' | grep -c '^again-'")
made=$(( $(result_count) - results_before ))
say "stop with ${in_flight:-?} documents in flight: $made of $dropped have results, $left still wait in the inbox"
check "no dropped document was lost or left half-done (results + waiting = $dropped)" \
    test $((made + left)) -eq "$dropped"
check "nothing is left claimed in $STATE/state/processing after the stop" \
    test -z "$(ns ls -A "$STATE/state/processing" 2>/dev/null)"

# --- uninstall ----------------------------------------------------------------------------------------
check "make uninstall succeeds" ns make -C "$REPO" --no-print-directory uninstall
check "make uninstall removed the binary and the unit" \
    ns sh -c '! [ -e /usr/local/bin/undocd ] && ! [ -e /usr/local/lib/systemd/system/undocd.service ]'

[ "$failed" -eq 0 ] && exit 0 || exit 1
