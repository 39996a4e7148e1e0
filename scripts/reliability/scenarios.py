#!/usr/bin/env python3
"""Reliability scenarios against the real undocd binary: one implementation, two scales.

    scenarios.py SCENARIO [--files N] [--iterations N] [--binary PATH]

Scenarios: burst, overflow, crash-reload, crash-full-disk, full-disk, changing, hostile.
Each prints one summary line (`burst: 10000/10000 exactly once, peak RSS 61 MB, ...`) and exits 0 when every
check held, 1 otherwise (the failed checks are printed before the summary). ReliabilityTests runs them with tens
of files; scripts/reliability.sh with thousands. Nothing sleeps and hopes: every wait is for a condition, with
a deadline. Scenarios that need root (tmpfs in a private mount namespace, inotify queue size, device nodes)
say "skipped" when not root.

Why Python and not Swift: these scenarios need file names that are not valid UTF-8, FIFOs, sockets, device
nodes, mount namespaces and a NOTIFY_SOCKET listener, which the standard library here gives in one line each.
"""
import argparse
import json
import os
import random
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
READY = " undocd: ready "


class Failure(Exception):
    pass


def wait_for(condition, timeout, what):
    """Waits until condition() is true; raises Failure naming `what` past the deadline."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.005)
    if not condition():
        raise Failure("timed out after %.0f s waiting for %s" % (timeout, what))


def seed_texts():
    folders = [os.path.join(REPO, "seeds"), os.path.join(REPO, "seeds", "english")]
    texts = []
    for folder in folders:
        if os.path.isdir(folder):
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                if os.path.isfile(path) and name.endswith(".txt"):
                    with open(path, "rb") as f:
                        texts.append(f.read())
    return texts


def document(index, texts, size=None):
    """A distinct document (its own first line): a seed, or its first `size` bytes cut at a line."""
    text = texts[index % len(texts)]
    if size is not None and len(text) > size:
        cut = text.rfind(b"\n", 0, size)
        text = text[: cut if cut > 0 else size]
    return ("文件 %d 号 variant %d\n" % (index, index)).encode() + text


class NotifyListener:
    """A NOTIFY_SOCKET for the daemon: collects READY=1, STATUS=… lines it sends."""

    def __init__(self, path):
        self.path = path
        self.messages = []
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.sock.settimeout(0.2)
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while self.running:
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                return
            self.messages.append(data.decode("utf-8", "replace"))

    def statuses(self):
        return [line[7:] for message in list(self.messages) for line in message.split("\n") if line.startswith("STATUS=")]

    def close(self):
        self.running = False
        self.sock.close()


class Daemon:
    """undocd on its own folders under a temporary directory.

    With `tmpfs_size`, the folders live on a tmpfs mounted in a private mount namespace (`unshare -m`), so
    nothing leaks to the host; the test reaches them through /proc/PID/root while the daemon runs.
    """

    def __init__(self, binary, label, extra_config="", tmpfs_size=None, launcher=()):
        self.binary = binary
        self.root = tempfile.mkdtemp(prefix="undocd-rel-%s-" % label)
        self.var = os.path.join(self.root, "var")
        os.makedirs(os.path.join(self.var, "stage"))
        self.config = os.path.join(self.root, "undocd.toml")
        self.log_path = os.path.join(self.root, "daemon.log")
        self.tmpfs_size = tmpfs_size
        self.launcher = list(launcher)
        self.process = None
        self.ready_seen = 0
        self.notify = NotifyListener(os.path.join(self.root, "notify.sock"))
        self.holder = None
        if tmpfs_size:
            # A process that only holds a private mount namespace with the tmpfs mounted on var/; the daemon
            # runs in it through nsenter, so the tmpfs outlives a SIGKILLed daemon and vanishes with the holder.
            script = 'mount -t tmpfs -o size=%s undocd-rel "$1" && mkdir -p "$1/stage" && echo mounted && exec sleep 86400'
            self.holder = subprocess.Popen(["unshare", "-m", "--propagation", "private", "sh", "-c", script % tmpfs_size,
                                            "sh", self.var], stdout=subprocess.PIPE)
            if self.holder.stdout.readline().strip() != b"mounted":
                raise Failure("could not mount a tmpfs in a private mount namespace")
            self.launcher = ["nsenter", "-t", str(self.holder.pid), "-m", "--"] + self.launcher
        with open(self.config, "w") as f:
            f.write('[paths]\ninbox = "var/inbox"\nspool = "var/spool"\nstate = "var/state"\ndata = "%s/config"\n'
                    '[pipeline]\nstop_timeout_seconds = 20\n%s\n' % (REPO, extra_config))
        open(self.log_path, "wb").close()

    # Paths as this process sees them (through the daemon's mount namespace when on a tmpfs).
    def path(self, *parts):
        base = "/proc/%d/root%s" % (self.holder.pid, self.var) if self.holder else self.var
        return os.path.join(base, *parts)

    def names(self, *parts):
        try:
            return sorted(os.listdir(self.path(*parts)))
        except FileNotFoundError:
            return []

    @property
    def log(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def start(self, timeout=30):
        command = [self.binary, "run", "--config", self.config]
        env = dict(os.environ, NOTIFY_SOCKET=self.notify.path, SWIFT_BACKTRACE="enable=no")
        env.pop("INVOCATION_ID", None)
        env.pop("JOURNAL_STREAM", None)
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(self.launcher + command, stdout=log, stderr=log, env=env, cwd=self.root)
        log.close()
        target = self.ready_seen + 1
        wait_for(lambda: self.log.count(READY) >= target or self.process.poll() is not None, timeout, "READY")
        if self.process.poll() is not None:
            raise Failure("daemon exited with %s before it was ready:\n%s" % (self.process.returncode, self.log[-3000:]))
        self.ready_seen = target

    def signal(self, number):
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, number)

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self, timeout=60):
        if not self.process or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            raise Failure("daemon did not stop within %d s" % timeout)

    def rss(self):
        """(current, peak) resident memory in MB, from /proc."""
        values = {}
        with open("/proc/%d/status" % self.process.pid) as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0]) / 1024
        return values.get("VmRSS", 0), values.get("VmHWM", 0)

    def stage(self, name, data):
        with open(self.path("stage", name), "wb") as f:
            f.write(data)

    def drop(self, name):
        os.rename(self.path("stage", name), self.path("inbox", name))

    def results(self):
        """{source name (bytes): [result file names]} from spool/new, plus the names that are not valid JSON."""
        by_source, broken = {}, []
        folder = self.path("spool", "new")
        for name in self.names("spool", "new"):
            try:
                with open(os.path.join(folder, name), "rb") as f:
                    result = json.loads(f.read())
                source = result["document"]["source"]
            except (ValueError, KeyError, TypeError, FileNotFoundError):
                broken.append(name)
                continue
            by_source.setdefault(source, []).append(name)
        return by_source, broken

    def settled(self, expected):
        """Everything dropped is done: inbox and processing empty, `expected` originals archived or failed."""
        return (not self.names("inbox") and not self.names("state", "processing")
                and len(self.names("state", "archive")) + len([n for n in self.names("state", "failed")
                                                               if not n.endswith(".error.json")]) >= expected)

    def remove(self):
        self.kill()
        keep = os.environ.get("RELIABILITY_KEEP_LOGS")  # a folder: keep each daemon's log there (debugging)
        if keep:
            os.makedirs(keep, exist_ok=True)
            shutil.copy(self.log_path, os.path.join(keep, os.path.basename(self.root) + ".log"))
        if self.holder:
            self.holder.kill()
            self.holder.wait()
        self.notify.close()
        shutil.rmtree(self.root, ignore_errors=True)


def exactly_once(daemon, names):
    """Problems with the results for `names` (str): each must have exactly one complete result."""
    by_source, broken = daemon.results()
    problems = []
    if broken:
        problems.append("%d results are not complete JSON: %s" % (len(broken), broken[:3]))
    missing = [n for n in names if n not in by_source]
    doubled = [n for n in names if len(by_source.get(n, [])) > 1]
    extra = set(by_source) - set(names)
    if missing:
        problems.append("%d documents without a result: %s" % (len(missing), missing[:5]))
    if doubled:
        problems.append("%d documents with more than one result: %s" % (len(doubled), doubled[:5]))
    if extra:
        problems.append("results for names never dropped: %s" % sorted(extra)[:5])
    leftovers = daemon.names("spool", "tmp")
    if leftovers:
        problems.append("left in spool/tmp: %s" % leftovers[:5])
    failed = daemon.names("state", "failed")
    if failed:
        problems.append("moved to failed/: %s" % failed[:5])
    return problems, len(names) - len(missing) - len(doubled)


def is_root():
    return os.geteuid() == 0


# ---------------------------------------------------------------------------------------------------------
# Scenarios. Each returns (summary line, problems).

def burst(args):
    """N distinct documents renamed into the inbox at once: each processed exactly once; memory bounded."""
    texts = seed_texts()
    daemon = Daemon(args.binary, "burst")
    try:
        names = ["burst-%05d.txt" % i for i in range(args.files)]
        for i, name in enumerate(names):
            daemon.stage(name, document(i, texts))
        daemon.start()
        idle, _ = daemon.rss()
        start = time.monotonic()
        for name in names:
            daemon.drop(name)
        wait_for(lambda: daemon.settled(len(names)), 60 + args.files / 20, "%d documents" % len(names))
        elapsed = time.monotonic() - start
        after, peak = daemon.rss()
        problems, good = exactly_once(daemon, names)
        status = daemon.stop()
        if status != 0:
            problems.append("exit status %s after SIGTERM" % status)
        return ("burst: %d/%d exactly once, peak RSS %.0f MB, RSS idle %.0f MB, after %.0f MB, %.0f documents/s"
                % (good, len(names), peak, idle, after, len(names) / elapsed)), problems
    finally:
        daemon.remove()


def overflow(args):
    """The inotify queue overflows while the daemon is paused; the rescan finds every file."""
    if not is_root():
        return "overflow: skipped (needs root to shrink fs.inotify.max_queued_events)", []
    texts = seed_texts()
    daemon = Daemon(args.binary, "overflow")
    knob = "/proc/sys/fs/inotify/max_queued_events"
    try:
        names = ["overflow-%05d.txt" % i for i in range(args.files)]
        for i, name in enumerate(names):
            daemon.stage(name, document(i, texts, size=4000))
        with open(knob) as f:
            original = f.read().strip()
        # The limit is read when an inotify instance is created: shrink it only while the daemon starts.
        try:
            with open(knob, "w") as f:
                f.write("8")
            daemon.start()
        finally:
            with open(knob, "w") as f:
                f.write(original)
        daemon.signal(signal.SIGSTOP)
        for name in names:
            daemon.drop(name)
        daemon.signal(signal.SIGCONT)
        wait_for(lambda: daemon.settled(len(names)), 60 + args.files / 20, "%d documents" % len(names))
        problems, good = exactly_once(daemon, names)
        overflowed = "overflow" in daemon.log
        if not overflowed:
            problems.append("the daemon never logged an inotify queue overflow")
        daemon.stop()
        return ("overflow: %d/%d exactly once after inotify queue overflow%s (max_queued_events 8, restored to %s)"
                % (good, len(names), " and rescan" if overflowed else " NOT seen", original)), problems
    finally:
        daemon.remove()


def crash_trials(args, label, crash, tmpfs=False):
    """Runs `args.iterations` trials: stage a burst, start, `crash(daemon, names, rng, report)` (drops the files
    and SIGKILLs the daemon at some instant), restart, and check every file has exactly one result.
    Returns (documents with exactly one result, problems)."""
    texts = seed_texts()
    rng = random.Random(args.seed)
    problems, total = [], 0
    for iteration in range(args.iterations):
        daemon = Daemon(args.binary, label, tmpfs_size="%dk" % max(4096, args.files * 120) if tmpfs else None)
        try:
            names = ["%s-%d-%04d.txt" % (label, iteration, i) for i in range(args.files)]
            daemon.start()
            for i, name in enumerate(names):
                daemon.stage(name, document(i + iteration * 100000, texts, size=3000))
            crash(daemon, names, rng, lambda problem: problems.append("iteration %d: %s" % (iteration, problem)))
            daemon.start()
            wait_for(lambda: daemon.settled(len(names)), 60 + args.files / 10, "%d documents" % len(names))
            found, good = exactly_once(daemon, names)
            total += good
            problems += ["iteration %d: %s" % (iteration, p) for p in found]
            daemon.stop()
        except Failure as error:
            problems.append("iteration %d: %s" % (iteration, error))
        finally:
            daemon.remove()
    return total, problems


def crash_reload(args):
    """SIGKILL at a random instant after SIGHUP (a reload in progress) during a burst; restart; exactly once."""
    def crash(daemon, names, rng, report):
        half = rng.randint(0, len(names))
        for name in names[:half]:
            daemon.drop(name)
        with open(daemon.config, "a") as f:
            f.write("\n# reloaded\n")
        daemon.signal(signal.SIGHUP)
        time.sleep(rng.uniform(0, 0.03))  # the random instant of the crash, not a wait for a condition
        daemon.kill()
        for name in names[half:]:
            daemon.drop(name)

    total, problems = crash_trials(args, "reload", crash)
    return ("crash-reload: %d/%d exactly once over %d iterations (SIGKILL during a SIGHUP reload)"
            % (total, args.iterations * args.files, args.iterations)), problems


def fill(path):
    """Fills the file system holding `path` with one file, to the last block; returns its path."""
    filler = os.path.join(path, ".filler")
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (1 << 20, 65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def full_disk(args):
    """Spool and state on a small tmpfs that fills up: nothing partial, nothing lost or failed, the condition
    logged and in the status, and processing resumes by itself when space returns."""
    if not is_root():
        return "full-disk: skipped (needs root for a tmpfs in a private mount namespace)", []
    texts = seed_texts()
    daemon = Daemon(args.binary, "fulldisk", tmpfs_size="%dk" % max(4096, args.files * 120))
    try:
        names = ["full-%05d.txt" % i for i in range(args.files)]
        daemon.start()
        for i, name in enumerate(names):
            daemon.stage(name, document(i, texts, size=3000))
        filler = fill(daemon.path("stage"))
        for name in names:
            daemon.drop(name)
        problems = []
        # The daemon must notice: a log line saying the disk is full (ENOSPC).
        wait_for(lambda: "No space left" in daemon.log or "disk full" in daemon.log.lower(), 60, "a disk-full log line")
        by_source, broken = daemon.results()
        if broken:
            problems.append("partial results visible in spool/new while the disk was full: %s" % broken[:3])
        failed = daemon.names("state", "failed")
        if failed:
            problems.append("documents moved to failed/ because the disk was full: %s" % failed[:5])
        during = len(by_source)
        def status_seen():
            return any("disk" in s.lower() or "space" in s.lower() for s in daemon.notify.statuses())
        try:
            wait_for(status_seen, 10, "a status line about the full disk")
        except Failure:
            pass
        status_seen = status_seen()
        if not status_seen:
            problems.append("the status line never mentioned the full disk (statuses: %s)" % daemon.notify.statuses()[-3:])
        os.remove(filler)
        try:
            wait_for(lambda: daemon.settled(len(names)), 60 + args.files / 10, "processing to resume after space returned")
        except Failure as error:
            problems.append("%s (inbox %d, processing %d, archive %d)" % (
                error, len(daemon.names("inbox")), len(daemon.names("state", "processing")),
                len(daemon.names("state", "archive"))))
        found, good = exactly_once(daemon, names)
        problems += found
        daemon.stop()
        return ("full-disk: %d/%d exactly once after the spool filled up (%d done while full, status %s, "
                "resumed %s)" % (good, len(names), during, "shown" if status_seen else "NOT shown",
                                 "by itself" if good == len(names) else "NOT")), problems
    finally:
        daemon.remove()


def crash_full_disk(args):
    """SIGKILL at a random instant while the spool disk is full; free the space; restart: exactly once."""
    if not is_root():
        return "crash-full-disk: skipped (needs root)", []

    def crash(daemon, names, rng, report):
        filler = fill(daemon.path("stage"))
        for name in names:
            daemon.drop(name)
        time.sleep(rng.uniform(0, 0.05))  # the random instant of the crash, not a wait for a condition
        daemon.kill()
        if daemon.results()[1]:
            report("partial results visible after the kill: %s" % daemon.results()[1][:3])
        os.remove(filler)

    total, problems = crash_trials(args, "cfull", crash, tmpfs=True)
    return ("crash-full-disk: %d/%d exactly once over %d iterations (SIGKILL while the spool disk was full)"
            % (total, args.iterations * args.files, args.iterations)), problems


SCENARIOS = {
    "burst": burst,
    "overflow": overflow,
    "crash-reload": crash_reload,
    "full-disk": full_disk,
    "crash-full-disk": crash_full_disk,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scenario", choices=sorted(SCENARIOS) + ["changing", "hostile", "read-only-state"])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--iterations", type=int, default=2)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--binary", default=os.environ.get("UNDOCD_BINARY", os.path.join(REPO, ".build/debug/undocd")))
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    from hostile import SCENARIOS as MORE  # changing, hostile, read-only-state
    SCENARIOS.update(MORE)
    try:
        summary, problems = SCENARIOS[args.scenario](args)
    except Failure as error:
        summary, problems = "%s: FAILED" % args.scenario, [str(error)]
    for problem in problems:
        print("  ✘ " + problem)
    print(summary + ("" if not problems else " — %d problems" % len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
