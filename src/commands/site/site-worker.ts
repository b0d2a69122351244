/**
 * Worker thread of `background`: reads the history and posts it, then builds the archive from the same
 * history and posts it. A 'stop' message stops its git.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readHistory } from './history.js';
import { readArchive } from './archive.js';
import type { WorkerMessage } from './background.js';

const { root } = workerData as { root: string };
const abort = new AbortController();
parentPort?.on('message', () => abort.abort());
parentPort?.unref();
const post = (msg: WorkerMessage): void => parentPort?.postMessage(msg);

const history = await readHistory(root, abort.signal);
const line = history.line;
history.line = undefined;
post({ history });
post({ archive: history.top === null ? [] : await readArchive(root, history.top, line, abort.signal) });
