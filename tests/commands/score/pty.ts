/**
 * Drive the BUILT CLI in a real pseudo-terminal (python3's pty module), so that the real prompts run:
 * wait for a text, send keys, and collect everything the terminal showed and the exit code.
 */
import { spawnSync } from 'node:child_process';
import { BIN } from '../../helpers/cli.js';

export interface Step {
  /** Wait until this text (a regular expression source) appears after the previous match. */
  expect?: string;
  /** Then send these keys. */
  send?: string;
}

export const KEY = { down: '\x1b[B', up: '\x1b[A', enter: '\r', ctrlC: '\x03', escape: '\x1b' } as const;

const SCRIPT = String.raw`
import os, pty, sys, json, select, time, re, fcntl, termios, struct
steps = json.loads(sys.argv[1])
argv = sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 200, 0, 0))
buf = b''
pos = 0
def pump(timeout):
    global buf
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return True
    try:
        data = os.read(fd, 65536)
    except OSError:
        return False
    if not data:
        return False
    buf += data
    return True
plain = lambda: re.sub(r'\x1b\[[0-9;?]*[A-Za-z]', '', buf.decode('utf-8', 'replace'))
failed = None
for step in steps:
    if 'expect' in step:
        deadline = time.time() + 20
        pattern = re.compile(step['expect'])
        while True:
            text = plain()
            mt = pattern.search(text, pos)
            if mt:
                pos = mt.end()
                break
            if time.time() > deadline or not pump(0.2):
                mt = pattern.search(plain(), pos)
                if mt:
                    pos = mt.end()
                else:
                    failed = step['expect']
                break
        if failed:
            break
    if 'send' in step:
        time.sleep(0.05)
        os.write(fd, step['send'].encode())
deadline = time.time() + 20
while time.time() < deadline and pump(0.2):
    pass
_, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
print(json.dumps({'code': code, 'output': plain(), 'failed': failed}))
`;

export interface PtyResult {
  code: number;
  /** What the terminal showed, escape sequences removed. */
  output: string;
  /** The expectation that timed out, if any. */
  failed: string | null;
}

export function k80Pty(args: string[], steps: Step[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): PtyResult {
  const r = spawnSync('python3', ['-c', SCRIPT, JSON.stringify(steps), process.execPath, BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', TERM: 'xterm-256color', ...opts.env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  if (r.status !== 0) throw new Error(`pty driver failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as PtyResult;
}
