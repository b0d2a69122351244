/**
 * Helpers for git processes that stream (log, ls-tree, cat-file --batch): a NUL-separated token reader and
 * one way of turning a process' end into success or a GitError carrying git's stderr.
 */
import type { ChildProcess } from 'node:child_process';
import { m } from '../i18n/index.js';
import { GitError, GitMissingError } from '../core/errors.js';
import { spawnGit } from './run.js';

/**
 * Resolves when `child` exits with status 0 (or was stopped on purpose: `stopped()` returns true);
 * rejects with a GitError otherwise (git missing, non-zero exit).
 */
export function finished(child: ChildProcess, what: string, stopped: () => boolean = () => false): Promise<void> {
  let stderr = '';
  // a process that exits early (or is stopped) must not turn our pending writes into an unhandled EPIPE
  child.stdin?.on('error', () => undefined);
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (s: string) => {
    if (stderr.length < 64 * 1024) stderr += s;
  });
  return new Promise((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') reject(new GitMissingError());
      else reject(new GitError(m.git.failed(what), String(e)));
    });
    child.on('close', (code) => {
      if (code === 0 || stopped()) resolve();
      else reject(new GitError(m.git.failed(`${what}: ${firstLine(stderr)}`), stderr));
    });
  });
}

function firstLine(s: string): string {
  return (s.trim().split('\n')[0] ?? '').replace(/^(fatal|error): /, '');
}

/** Splits a byte stream into NUL-terminated tokens, handed out as Buffers (views, valid during the call). */
export class NulSplitter {
  private rest: Buffer | undefined;
  constructor(private readonly onToken: (token: Buffer) => void) {}

  push(chunk: Buffer): void {
    let buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    let start = 0;
    for (;;) {
      const end = buf.indexOf(0, start);
      if (end < 0) break;
      this.onToken(buf.subarray(start, end));
      start = end + 1;
    }
    buf = buf.subarray(start);
    this.rest = buf.length > 0 ? Buffer.from(buf) : undefined;
  }

  /** The unterminated tail, if any. */
  end(): void {
    if (this.rest) this.onToken(this.rest);
    this.rest = undefined;
  }
}

/** Run git to completion and collect its stdout as one Buffer, without blocking the event loop. */
export async function gitBuffer(repo: string, args: readonly string[]): Promise<Buffer> {
  const child = spawnGit(repo, args);
  child.stdin.end();
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  await finished(child, `git ${args[0] ?? ''}`);
  return Buffer.concat(chunks);
}
