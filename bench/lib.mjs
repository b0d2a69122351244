/** Helpers shared by the bench scripts: Europe/Amsterdam day boundaries, report periods, streaming child processes. */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

/** Start of the last Sunday of `month` (0-based) at 01:00 UTC: when EU summer time starts/ends. */
function lastSundayUtc(year, month) {
  const d = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, d.getUTCDate() - d.getUTCDay(), 1);
}

/** UTC offset of Europe/Amsterdam in hours (1 or 2) at a UTC instant. */
export function amsterdamOffsetHours(utcMs) {
  const y = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayUtc(y, 2) && utcMs < lastSundayUtc(y, 9) ? 2 : 1;
}

/** A wall-clock time in Amsterdam (ms, as if it were UTC) → epoch seconds, git's "+0100"/"+0200", the local date. */
export function amsterdam(localMs) {
  let off = amsterdamOffsetHours(localMs - 3600e3);
  off = amsterdamOffsetHours(localMs - off * 3600e3);
  return { epoch: Math.floor((localMs - off * 3600e3) / 1000), tz: `+0${off}00`, date: new Date(localMs).toISOString().slice(0, 10) };
}

/** `2025-H1` → first and last day, and the epoch seconds of [start of first day, start of the day after the last). */
export function periodBounds(period) {
  const m = /^(\d{4})-H([12])$/.exec(period);
  if (!m) throw new Error(`period must look like 2025-H1, got ${period}`);
  const year = Number(m[1]);
  const first = m[2] === '1' ? Date.UTC(year, 0, 1) : Date.UTC(year, 6, 1);
  const next = m[2] === '1' ? Date.UTC(year, 6, 1) : Date.UTC(year + 1, 0, 1);
  return {
    from: new Date(first).toISOString().slice(0, 10),
    to: new Date(next - 86400e3).toISOString().slice(0, 10),
    fromEpoch: amsterdam(first).epoch,
    endEpoch: amsterdam(next).epoch,
  };
}

/**
 * Runs a command to completion, feeding `input` (string, Buffer or async iterable) to stdin, and returns its stdout
 * as one Buffer. Rejects with the command's stderr when it exits non-zero.
 */
export function run(cmd, args, { cwd, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err.trim()}`));
    });
    child.stdin.on('error', () => {}); // a failing child is reported by its exit code
    if (input === undefined) child.stdin.end();
    else if (typeof input === 'string' || Buffer.isBuffer(input)) child.stdin.end(input);
    else {
      (async () => {
        for await (const chunk of input) if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
        child.stdin.end();
      })().catch(reject);
    }
  });
}

/** Newest first-parent commit of HEAD with a committer date before `epoch` (seconds), or null. */
export async function commitBefore(repo, epoch) {
  const out = (await run('git', ['rev-list', '--first-parent', '--max-count=1', `--before=@${epoch - 1}`, 'HEAD'], { cwd: repo })).toString().trim();
  return out === '' ? null : out;
}
