#!/usr/bin/env node
/**
 * Fallback for peak RSS when GNU time is missing: runs a node script in this process and, at exit, writes
 * process.resourceUsage().maxRSS (KB) to a file. Child processes (git) are not counted.
 *
 *   node bench/maxrss.mjs <rss-file> <script.mjs|js> [args…]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => writeFileSync(rssFile, `${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(script)).href);
