/**
 * The site's git work — the history (one `git log` pass, the actions' versions) and then the archive of
 * terugkoppelingen built from it — done beside the pages: on a worker thread when the tool is built (the
 * second core renders the archive's reports while this thread renders the pages), else in this thread
 * (tests running from src/). A worker that fails for any reason (git missing, a bad tag, out of memory) is
 * not trusted to say why: the work is then done again here, so that its error is the one this thread throws.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArchiveReport } from './build.js';
import type { SiteHistory } from './history.js';

const SITE_WORKER = fileURLToPath(new URL('./site-worker.js', import.meta.url));

/**
 * The worker's heap limit: its garbage is collected early instead of adding to the process's peak. Without a
 * limit the large repository's peak RSS was 525 MB; with 192 MB it was 451–464 MB, with 384 MB 451–457 MB and
 * less time collecting (13.0 s against 13.35 s median of 3 alternating runs, load 2).
 */
const WORKER_HEAP_MB = 384;

/** What the worker posts: the history first (without the line: the archive is the worker's), then the archive. */
export type WorkerMessage = { history: SiteHistory } | { archive: ArchiveReport[] };

export interface Background {
  history: Promise<SiteHistory>;
  /** Newest first. */
  archive: Promise<ArchiveReport[]>;
  /** Stop what is still running (git included); a no-op when all is done. */
  stop(): Promise<void>;
}

/** History, then the archive from it, in this thread (their modules, the report's renderer among them, loaded then). */
function inThread(root: string): Background {
  const abort = new AbortController();
  const history = import('./history.js').then(({ readHistory }) => readHistory(root, abort.signal));
  const archive = history.then(async (h) => {
    const line = h.line;
    h.line = undefined; // the archive's alone: not kept while the pages are built
    const { readArchive } = await import('./archive.js');
    return h.top === null ? [] : readArchive(root, h.top, line, abort.signal);
  });
  history.catch(() => undefined); // awaited by the caller, or stopped
  archive.catch(() => undefined);
  return { history, archive, stop: async () => abort.abort() };
}

/** History and archive on a worker thread when there is one to start, in this thread otherwise. */
export async function background(root: string): Promise<Background> {
  if (!existsSync(SITE_WORKER)) return inThread(root);
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(SITE_WORKER, { workerData: { root }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  let fallback: Background | undefined;
  const redo = (): Background => (fallback ??= inThread(root));
  let gotHistory: (h: SiteHistory) => void = () => undefined;
  let gotArchive: (a: ArchiveReport[]) => void = () => undefined;
  const fromWorker = {
    history: new Promise<SiteHistory>((resolve) => (gotHistory = resolve)),
    archive: new Promise<ArchiveReport[]>((resolve) => (gotArchive = resolve)),
  };
  let failed: (() => void) | undefined;
  const failure = new Promise<void>((resolve) => (failed = resolve));
  let archived = false;
  worker.on('message', (msg: WorkerMessage) => {
    if ('history' in msg) gotHistory(msg.history);
    else {
      archived = true;
      gotArchive(msg.archive);
    }
  });
  worker.once('error', () => failed?.());
  worker.once('exit', () => {
    if (!archived) failed?.();
  });
  const settle = <T>(own: Promise<T>, pick: (b: Background) => Promise<T>): Promise<T> =>
    Promise.race([own, failure.then(() => pick(redo()))]);
  const history = settle(fromWorker.history, (b) => b.history);
  const archive = settle(fromWorker.archive, (b) => b.archive);
  // awaited by the caller, or stopped: never an unhandled rejection when the caller failed first
  history.catch(() => undefined);
  archive.catch(() => undefined);
  return {
    history,
    archive,
    stop: async () => {
      failed = undefined; // a stop is no failure: nothing is done again
      await fallback?.stop();
      worker.postMessage('stop');
      await worker.terminate();
    },
  };
}
