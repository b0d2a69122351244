"""Drive a command in a pseudo-terminal, as a person at a keyboard would.

Reads a JSON spec on stdin: {"argv": [...], "cwd": "...", "env": {...}, "timeout": seconds,
"steps": [{"expect": "text on screen", "send": "keys" or ["keys", ...], "settle": s, "pause": s}, ...]}.
Waits for each `expect` (plain text, ANSI codes stripped, searched after the previous match), then types
`send` if any. Prints JSON: {"code", "output", "failed"} where `failed` names the step whose text never
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
        nonlocal raw, closed
        if closed:
            return
        ready, _, _ = select.select([master], [], [], wait)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                data = b""
            if not data:
                closed = True
            raw += data

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
        # let the prompt finish rendering before typing
        end = time.time() + step.get("settle", 0.15)
        while time.time() < end:
            pump(0.02)
        for chunk in send if isinstance(send, list) else [send]:
            os.write(master, chunk.encode("utf-8"))
            time.sleep(step.get("pause", 0.05))

    while not closed and time.time() < deadline:
        pump(0.1)
        if proc.poll() is not None:
            # read what is left
            for _ in range(20):
                pump(0.05)
            break
    try:
        code = proc.wait(timeout=max(1, deadline - time.time()))
    except subprocess.TimeoutExpired:
        proc.kill()
        code = proc.wait()
        failed = failed or {"step": -1, "expect": "exit"}
    print(json.dumps({"code": code, "output": screen(), "failed": failed}))


main()
