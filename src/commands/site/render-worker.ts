/** Worker thread of `renderBodies`: renders its share of the bodies and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderBody } from './markdown.js';

const bodies = workerData as string[];
parentPort?.postMessage(bodies.map((b) => renderBody(b)));
