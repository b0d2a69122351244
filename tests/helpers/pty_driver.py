"""Drive a command in a pseudo-terminal, as a person at a keyboard would.

Reads a JSON spec on stdin: {"argv": [...], "cwd": "...", "env": {...}, "timeout": seconds,
"steps": [{"expect": "text on screen", "send": "keys" or ["keys", ...], "settle": s, "pause": s}, ...]}.
Waits for each `expect` (plain text, ANSI codes stripped, searched after the previous match), then types
`send` if any: several chunks one by one, each after the screen has answered the one before. No fixed
sleeps: `settle` (a minimum wait before typing) only where a test asks for it; `pause` caps the wait
between chunks (default 2 s). Prints JSON: {"code", "output", "failed"} where `failed` names the step whose text never
appeared. Used by tests/helpers/pty.ts.
"""
import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Za-z0-9]|\x1b[=>78]")


def main():
    spec = json.load(sys.stdin)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 160, 0, 0))

    def controlling_tty():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        spec["argv"],
        cwd=spec["cwd"],
        env=spec["env"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        preexec_fn=controlling_tty,
        close_fds=True,
    )
    os.close(slave)
    raw = b""
    closed = False
    deadline = time.time() + spec.get("timeout", 60)

    def pump(wait):
        """Read what the terminal shows, waiting at most `wait` seconds for it; True when something came."""
        nonlocal raw, closed
        if closed:
            return False
        ready, _, _ = select.select([master], [], [], wait)
        if not ready:
            return False
        try:
            data = os.read(master, 65536)
        except OSError:
            data = b""
        if not data:
            closed = True
        raw += data
        return bool(data)

    def screen():
        return ANSI.sub("", raw.decode("utf-8", "replace")).replace("\r", "")

    position = 0
    failed = None
    for i, step in enumerate(spec["steps"]):
        want = step["expect"]
        while True:
            found = screen().find(want, position)
            if found >= 0:
                position = found + len(want)
                break
            if closed or time.time() > deadline:
                failed = {"step": i, "expect": want}
                break
            pump(0.05)
        if failed:
            break
        send = step.get("send", [])
        if not send:
            continue
        # the prompt listens once it has drawn the expected text; take in what it has drawn so far
        settle = step.get("settle")
        if settle:
            # an explicit minimum wait, for a prompt that redraws after a delay of its own
            end = time.time() + settle
            while time.time() < end:
                pump(0.02)
        while not closed and pump(0):
            pass
        chunks = send if isinstance(send, list) else [send]
        for n, chunk in enumerate(chunks):
            seen = len(raw)
            os.write(master, chunk.encode("utf-8"))
            if n == len(chunks) - 1:
                break
            # wait for the screen to answer this key before the next one (at most `pause` seconds, default 2)
            end = time.time() + step.get("pause", 2)
            while len(raw) == seen and not closed and time.time() < end:
                pump(0.05)

    while not closed and time.time() < deadline:
        pump(0.1)
        if proc.poll() is not None:
            # read what is left, until the terminal closes
            while pump(0.2):
                pass
            break
    try:
        code = proc.wait(timeout=max(1, deadline - time.time()))
    except subprocess.TimeoutExpired:
        proc.kill()
        code = proc.wait()
        failed = failed or {"step": -1, "expect": "exit"}
    print(json.dumps({"code": code, "output": screen(), "failed": failed}))


main()
