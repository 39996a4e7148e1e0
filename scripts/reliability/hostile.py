"""Hostile names and files, and files that change under the daemon (used by scenarios.py)."""
import os
import signal
import socket
import stat
import subprocess
import time

from scenarios import Daemon, Failure, document, exactly_once, is_root, seed_texts, wait_for

SECRET = b"SECRET-CONTENT-THAT-MUST-NEVER-BE-READ-7f3a"


def settled_with_sentinel(daemon, sentinel, texts, timeout=60):
    """Drops a last ordinary document and waits for its result: everything dropped before it was seen."""
    index = 900_000 + sum(sentinel.encode()) * 31 + len(sentinel)  # distinct content, or it is a duplicate
    daemon.stage(sentinel, document(index, texts, size=2000))
    daemon.drop(sentinel)
    wait_for(lambda: sentinel in daemon.results()[0], timeout, "the sentinel document %s" % sentinel)
    # Documents run concurrently: the sentinel can finish first. Give the others until processing/ is empty;
    # one that never leaves it is reported by the caller's checks.
    try:
        wait_for(lambda: not daemon.names("state", "processing"), 20, "processing/ to empty")
    except Failure:
        pass


def anything_leaked(daemon):
    """Whether the secret appears in any result, error file, archive or log."""
    for folder in (("spool", "new"), ("state", "failed"), ("state", "archive")):
        for name in daemon.names(*folder):
            path = daemon.path(*folder, name)
            try:
                if os.path.isfile(path) and not os.path.islink(path) and os.stat(path).st_nlink == 1:
                    with open(path, "rb") as f:
                        if SECRET in f.read():
                            return "%s/%s" % ("/".join(folder), name)
            except OSError:
                continue
    return "log" if SECRET.decode() in daemon.log else None


def hostile(args):
    """Hostile names and objects in the inbox: names are kept, links and special files refused without
    reading or blocking, directories ignored, and the daemon goes on."""
    texts = seed_texts()
    daemon = Daemon(args.binary, "hostile")
    problems = []
    try:
        # The secret lives outside the inbox, on the same file system (so a hard link to it is possible).
        secret = os.path.join(daemon.root, "secret.txt")
        with open(secret, "wb") as f:
            f.write(SECRET + b"\n" + document(1, texts, size=1500))
        os.chmod(secret, 0o600)
        daemon.start()
        inbox = daemon.path("inbox").encode()

        # 1. Hostile but legitimate names: each must be processed, its result naming it exactly.
        names = [b"line\nbreak.txt", b"ctrl-\x01\x07\x1b[31m-red.txt", b"-rf.txt", b"--help", b" leading space.txt",
                 "中文名称 S／2019／1002.txt".encode(), b"x" * 251 + b".txt", b"invalid-\xff\xfe-utf8.txt",
                 b"quote\"and'back\\slash.txt", b"semicolon;rm -rf ~.txt"]
        for i, name in enumerate(names):
            with open(os.path.join(daemon.path("stage").encode(), b"h%d" % i), "wb") as f:
                f.write(document(100 + i, texts, size=1500))
        for i, name in enumerate(names):
            os.rename(os.path.join(daemon.path("stage").encode(), b"h%d" % i), os.path.join(inbox, name))

        # 2. Links to files outside the inbox, and special files, made beside the inbox and renamed in as the
        #    protocol says (made in place they raise no IN_MOVED_TO/IN_CLOSE_WRITE and wait for the next rescan).
        stage = daemon.path("stage").encode()
        os.symlink("/etc/shadow", os.path.join(stage, b"shadow-link.txt"))
        os.symlink(secret, os.path.join(stage, b"secret-link.txt"))
        os.symlink(daemon.path("state", "ledger.sqlite"), os.path.join(stage, b"ledger-link.txt"))
        os.symlink("/nonexistent/dangling", os.path.join(stage, b"dangling.txt"))
        os.link(secret, os.path.join(stage, b"secret-hardlink.txt"))
        os.mkfifo(os.path.join(stage, b"fifo.txt"))
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(os.path.join(stage, b"socket.txt"))
        devices = 0
        if is_root():
            os.mknod(os.path.join(stage, b"null-device.txt"), 0o600 | stat.S_IFCHR, os.makedev(1, 3))
            os.mknod(os.path.join(stage, b"zero-device.txt"), 0o600 | stat.S_IFCHR, os.makedev(1, 5))
            devices = 2
        os.mkdir(os.path.join(stage, b"looks-like-a-document.txt"))
        with open(os.path.join(stage, b"looks-like-a-document.txt", b"inner.txt"), "wb") as f:
            f.write(document(7, texts, size=1000))
        for name in os.listdir(stage):
            os.rename(os.path.join(stage, name), os.path.join(inbox, name))

        try:
            settled_with_sentinel(daemon, "zz-sentinel.txt", texts)
        except Failure as error:
            problems.append("the daemon stopped making progress: %s" % error)
        sock.close()

        by_source, broken = daemon.results()
        sources = {s.encode("utf-8", "surrogateescape") for s in by_source}
        kept = 0
        for name in names:
            # A name that is not UTF-8 is renamed with each invalid byte as %XX before it is claimed.
            escaped = "".join("%%%02X" % (ord(c) - 0xDC00) if 0xDC80 <= ord(c) <= 0xDCFF else c
                              for c in name.decode("utf-8", "surrogateescape")).encode()
            if name in sources or escaped in sources:
                kept += 1
            else:
                where = [n for n in os.listdir(inbox)] + [n.encode() for n in daemon.names("state", "processing")]
                problems.append("no result for the name %r (inbox/processing now: %r)" % (name, [w for w in where][:6]))
        for name, count in by_source.items():
            if len(count) > 1:
                problems.append("%r has %d results" % (name, len(count)))
        refused_names = [b"shadow-link.txt", b"secret-link.txt", b"ledger-link.txt", b"dangling.txt",
                         b"secret-hardlink.txt", b"fifo.txt", b"socket.txt"] + (
                            [b"null-device.txt", b"zero-device.txt"] if devices else [])
        failed = set(n.encode() for n in daemon.names("state", "failed"))
        refused = 0
        for name in refused_names:
            if name.decode() in by_source:
                problems.append("%s was processed as a document" % name.decode())
            elif any(f.endswith(name) for f in failed) or any(f.endswith(name + b".error.json") for f in failed):
                refused += 1
            elif os.path.lexists(os.path.join(inbox, name)):
                problems.append("%s is still in the inbox (neither refused nor processed)" % name.decode())
            else:
                problems.append("%s vanished without an error file" % name.decode())
        leak = anything_leaked(daemon) or next((n.decode() + " (processed as a document)" for n in
                                                 (b"secret-link.txt", b"secret-hardlink.txt", b"shadow-link.txt")
                                                 if n.decode() in by_source), None)
        if leak:
            problems.append("the secret behind a link was read: it appears in %s" % leak)
        with open(secret, "rb") as f:
            if not f.read().startswith(SECRET):
                problems.append("the link target outside the inbox was modified")
        if not os.path.isdir(os.path.join(inbox, b"looks-like-a-document.txt")):
            problems.append("the directory in the inbox was moved")
        if daemon.process.poll() is not None:
            problems.append("the daemon exited with %s" % daemon.process.returncode)
        daemon.stop()
        return ("hostile: %d/%d hostile names processed exactly once, %d/%d links and special files refused "
                "unread (%d device nodes), secret %s, directory left alone, daemon %s"
                % (kept, len(names), refused, len(refused_names), devices, "leaked" if leak else "never read",
                   "alive" if not problems or daemon.process.returncode == 0 else "DIED")), problems
    finally:
        daemon.remove()


def changing(args):
    """Files that change under the daemon: written without rename, truncated or deleted or replaced by a symlink
    after the claim, the inbox removed and recreated, the state folder read-only."""
    texts = seed_texts()
    problems, notes = [], []
    daemon = Daemon(args.binary, "changing")
    try:
        daemon.start()

        # 1. A file still being written in the inbox itself (no rename): never read half-written.
        big = document(1, texts) * 4
        path = daemon.path("inbox", "slow-writer.txt")
        with open(path, "wb") as f:
            f.write(big[: len(big) // 2])
            f.flush()
            settled_with_sentinel(daemon, "sentinel-1.txt", texts)
            early = "slow-writer.txt" in daemon.results()[0]
            f.write(big[len(big) // 2:])
        wait_for(lambda: "slow-writer.txt" in daemon.results()[0] or daemon.settled(2), 30, "slow-writer.txt")
        by_source, _ = daemon.results()
        if early:
            problems.append("a file still open for writing was processed before it was closed")
        results = by_source.get("slow-writer.txt", [])
        if len(results) != 1:
            problems.append("slow-writer.txt has %d results" % len(results))
        else:
            import json
            with open(daemon.path("spool", "new", results[0]), "rb") as f:
                if json.loads(f.read())["document"]["bytes"] != len(big):
                    problems.append("slow-writer.txt was read before the writer finished")
        notes.append("open file waited for")

        # 2. Truncated, deleted or replaced by a symlink after the claim: pause the daemon the moment the file
        #    shows up in processing/ (the claim), change it, resume. Retried until the pause catches the claim.
        for number, action in enumerate(("truncate", "delete", "symlink")):
            caught = False
            for attempt in range(40):
                name = "%s-%d.txt" % (action, attempt)
                daemon.stage(name, document(1000 * (number + 1) + attempt, texts) * 20)
                daemon.drop(name)
                deadline = time.monotonic() + 5
                claimed = None
                while time.monotonic() < deadline and claimed is None:
                    matches = [n for n in daemon.names("state", "processing") if n.endswith("~" + name)]
                    if matches:
                        daemon.signal(signal.SIGSTOP)
                        claimed = matches[0]
                    elif name in daemon.results()[0]:
                        break
                if claimed is None:
                    continue
                target = daemon.path("state", "processing", claimed)
                try:
                    if action == "truncate":
                        os.truncate(target, 0)
                    elif action == "delete":
                        os.remove(target)
                    else:
                        os.remove(target)
                        os.symlink("/etc/shadow", target)
                    caught = os.path.lexists(target) or action == "delete"
                except FileNotFoundError:
                    pass
                daemon.signal(signal.SIGCONT)
                if caught:
                    break
            if not caught:
                notes.append("%s: claim never caught" % action)
                continue
            try:
                settled_with_sentinel(daemon, "sentinel-%s.txt" % action, texts)
                notes.append("%s after claim survived" % action)
            except Failure as error:
                problems.append("after a %s under the daemon: %s" % (action, error))
            if daemon.process.poll() is not None:
                problems.append("the daemon died after a %s under it" % action)
                break
        if "root:" in daemon.log:
            problems.append("/etc/shadow content appeared in the log")

        # 3. The inbox removed, then moved away, and each time recreated: the daemon logs it, shows it in its status,
        #    watches for the folder to reappear and rescans it, without a restart. The document is dropped into
        #    the new folder at once, usually before the daemon watches it again: only the rescan can find it.
        before = len(problems)
        for number, how in enumerate(("removed", "moved away")):
            if daemon.process.poll() is not None:
                break
            shown = sum("inbox was deleted or moved away" in line for line in daemon.notify.statuses())
            inbox = daemon.path("inbox")
            if how == "removed":
                import shutil
                shutil.rmtree(inbox)
            else:
                os.rename(inbox, daemon.path("inbox-moved-away"))
            try:
                wait_for(lambda: sum("inbox was deleted or moved away" in line for line in daemon.notify.statuses()) > shown,
                         10, "the status to say that the inbox is gone")
            except Failure as error:
                problems.append("inbox %s: %s" % (how, error))
            os.mkdir(inbox)
            name = "after-inbox-%s.txt" % how.replace(" ", "-")
            daemon.stage(name, document(300 + number, texts, size=2000))
            daemon.drop(name)
            try:
                wait_for(lambda: name in daemon.results()[0] or daemon.process.poll() is not None, 20,
                         "a document in the recreated inbox")
            except Failure as error:
                problems.append("inbox %s and recreated: %s" % (how, error))
            if daemon.process.poll() is not None:
                problems.append("after the inbox was %s the daemon exited with %s" % (how, daemon.process.returncode))
        if daemon.process.poll() is None and len(problems) == before:
            if daemon.log.count("the inbox was deleted or moved away") < 2 or daemon.log.count("the inbox is back") < 2:
                problems.append("the lost and restored inbox were not both logged twice")
            else:
                notes.append("inbox removed and moved away: logged, shown in the status, watched again and rescanned "
                             "without a restart")

        # 4. The state folder read-only (a read-only bind mount, which binds root too, in a private namespace
        #    would hide it from the daemon; instead run as nobody with processing/ not writable).
        daemon.stop()
        return "changing: " + ", ".join(notes), problems
    finally:
        daemon.remove()


def readonly_state(args):
    """The state folder read-only for the daemon's user: claims fail with a clear error, no crash, and the
    documents are processed once the folder is writable again (after a restart at the latest)."""
    if not is_root():
        return "read-only-state: skipped (needs root to run the daemon as another user)", []
    texts = seed_texts()
    daemon = Daemon(args.binary, "readonly", launcher=["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
    problems = []
    try:
        os.chmod(daemon.root, 0o755)
        for folder in ("inbox", "spool", "state", "stage"):
            os.makedirs(daemon.path(folder), exist_ok=True)
        subprocess.run(["chown", "-R", "65534:65534", daemon.var, daemon.log_path], check=True)
        os.chmod(daemon.log_path, 0o666)
        daemon.start()
        processing = daemon.path("state", "processing")
        os.chmod(processing, 0o555)
        names = ["ro-%d.txt" % i for i in range(args.files)]
        for i, name in enumerate(names):
            daemon.stage(name, document(400 + i, texts, size=1500))
            daemon.drop(name)
        wait_for(lambda: "Permission denied" in daemon.log or daemon.process.poll() is not None, 30,
                 "a permission error in the log")
        if daemon.process.poll() is not None:
            problems.append("the daemon exited (%s) when state/ was read-only" % daemon.process.returncode)
        os.chmod(processing, 0o755)
        # Recovery: a rescan happens at start-up; a restart is what recovers claims that failed.
        resumed_alone = True
        try:
            wait_for(lambda: daemon.settled(len(names)), 10, "documents after state/ became writable")
        except Failure:
            resumed_alone = False
            daemon.stop()
            daemon.start()
            wait_for(lambda: daemon.settled(len(names)), 60, "documents after a restart")
        found, good = exactly_once(daemon, names)
        problems += found
        daemon.stop()
        return ("read-only-state: %d/%d exactly once, permission error logged, resumed %s"
                % (good, len(names), "by itself" if resumed_alone else "after a restart")), problems
    finally:
        daemon.remove()


SCENARIOS = {"hostile": hostile, "changing": changing, "read-only-state": readonly_state}
