/**
 * Worker thread of loadRepoParallel: reads and loads its share of the listed files and posts them back as
 * plain data. Same code as the main thread (loadListed); only run from the built tool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadListed, validators, type Listed, type WorkerResult } from './read.js';
import { plainLoaded } from './load.js';

const { loaded, messages } = loadListed(workerData as Listed[], validators());
const result: WorkerResult = { loaded: loaded.map(plainLoaded), messages };
parentPort?.postMessage(result);
