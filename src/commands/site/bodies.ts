/**
 * The practices' bodies rendered on two threads: markdown parsing is the site's largest piece of work
 * (thousands of bodies), so a worker thread renders the first share while this thread renders the rest.
 * Few bodies, a missing worker module (tests running from src/) or a failing worker: all in this thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderBody, type RenderedBody } from './markdown.js';

export const RENDER_WORKER = fileURLToPath(new URL('./render-worker.js', import.meta.url));
/** From this many bodies on a worker pays for its start (~50 ms). */
const MIN_BODIES = 500;
/** The worker's share: a little less than half, for its start-up and the results it sends back. */
const SHARE = 0.47;

export async function renderBodies(bodies: readonly string[]): Promise<RenderedBody[]> {
  if (bodies.length < MIN_BODIES || !existsSync(RENDER_WORKER)) return bodies.map((b) => renderBody(b));
  const cut = Math.floor(bodies.length * SHARE);
  const theirs = bodies.slice(0, cut);
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(RENDER_WORKER, { workerData: theirs });
  const done = new Promise<RenderedBody[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  done.catch(() => undefined);
  const mine: RenderedBody[] = [];
  for (let i = cut; i < bodies.length; i++) {
    mine.push(renderBody(bodies[i] ?? ''));
    // give the event loop a turn now and then: git output for the history and the archive keeps flowing
    if (i % 64 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  let other: RenderedBody[];
  try {
    other = await done;
  } catch {
    other = theirs.map((b) => renderBody(b));
  } finally {
    void worker.terminate();
  }
  return [...other, ...mine];
}
