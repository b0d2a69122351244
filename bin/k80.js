#!/usr/bin/env node
// k80 — command-line tool of the K80 network. The compiled CLI lives in dist/ (npm run build).
import { main } from '../dist/cli.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
