/**
 * Trees and blob contents for the report: `git ls-tree -r -z` of a commit, and ONE `git cat-file --batch`
 * process that serves every blob (object ids written to its stdin, `<oid> blob <size>\n<content>\n` parsed
 * from its stdout as a stream). Never a git call per file.
 */
import { GitError } from '../core/errors.js';
import { m } from '../i18n/index.js';
import { spawnGit } from './run.js';
import { finished, gitBuffer } from './stream.js';

export interface TreeEntry {
  /** `100644`, `100755`, `120000` (symlink), `160000` (submodule). */
  mode: string;
  type: string;
  oid: string;
  /** Path relative to the repository top, forward slashes. */
  path: string;
}

/** Every file under `paths` in `commit` (recursive). Run at the repository top. */
export async function listTree(repo: string, commit: string, paths: readonly string[]): Promise<TreeEntry[]> {
  const out = await gitBuffer(repo, ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit, '--', ...paths]);
  const entries: TreeEntry[] = [];
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(0, start);
    if (end < 0) end = out.length;
    const line = out.toString('utf8', start, end);
    start = end + 1;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', oid = ''] = line.slice(0, tab).split(' ');
    entries.push({ mode, type, oid, path: line.slice(tab + 1) });
  }
  return entries;
}

interface Pending {
  oid: string;
  resolve: (bytes: Buffer | undefined) => void;
}

/**
 * One `git cat-file --batch` process. `read(oid)` may be called at any time (requests are answered in
 * order); `close()` ends the process. A missing object resolves to undefined.
 */
export class BlobReader {
  private readonly child;
  private readonly done: Promise<void>;
  private readonly queue: Pending[] = [];
  private head = 0;
  private closed = false;
  private corked = false;
  private failure: GitError | undefined;
  /** Incoming bytes not yet consumed. */
  private buf: Buffer = Buffer.alloc(0);
  /** Content bytes still expected for the object at the head of the queue (-1: expecting a header line). */
  private want = -1;

  /** `signal` stops the process: reads still pending then fail. */
  constructor(repo: string, signal?: AbortSignal) {
    this.child = spawnGit(repo, ['cat-file', '--batch']);
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.done = finished(this.child, 'git cat-file', () => this.closed && this.head === this.queue.length).then(
      () => this.failAll(new GitError(m.git.failed('git cat-file'), 'cat-file ended early')),
      (e: GitError) => {
        this.failAll(e);
        throw e;
      },
    );
    this.done.catch(() => undefined); // reported through read() and close()
    if (signal) {
      const stop = (): void => {
        this.closed = true;
        this.failAll(new GitError(m.git.failed('git cat-file'), 'stopped'));
        this.child.kill();
      };
      if (signal.aborted) stop();
      else signal.addEventListener('abort', stop, { once: true });
      void this.done.finally(() => signal.removeEventListener('abort', stop)).catch(() => undefined);
    }
  }

  read(oid: string): Promise<Buffer | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new GitError(m.git.failed('git cat-file'), 'reader closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({
        oid,
        resolve: (bytes) => (this.failure && bytes === undefined ? reject(this.failure) : resolve(bytes)),
      });
      // the requests of one turn of the event loop go to git in one write
      if (!this.corked) {
        this.corked = true;
        this.child.stdin.cork();
        process.nextTick(() => {
          this.corked = false;
          this.child.stdin.uncork();
        });
      }
      this.child.stdin.write(`${oid}\n`);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.child.stdin.end();
    await this.done;
  }

  private failAll(e: GitError): void {
    if (this.head === this.queue.length) return;
    this.failure = e;
    while (this.head < this.queue.length) this.queue[this.head++]?.resolve(undefined);
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    for (;;) {
      if (this.want < 0) {
        const nl = this.buf.indexOf(0x0a);
        if (nl < 0) return;
        const header = this.buf.toString('utf8', 0, nl);
        this.buf = this.buf.subarray(nl + 1);
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          this.queue[this.head++]?.resolve(undefined);
          continue;
        }
        this.want = Number(header.slice(header.lastIndexOf(' ') + 1));
      }
      if (this.buf.length < this.want + 1) return; // content plus its trailing newline
      const content = Buffer.from(this.buf.subarray(0, this.want));
      this.buf = this.buf.subarray(this.want + 1);
      this.want = -1;
      this.queue[this.head++]?.resolve(content);
    }
  }
}
