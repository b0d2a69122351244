/**
 * I/O: the browser that prints the PDF, one that is already on the machine (k80 downloads none): the one
 * `K80_BROWSER` names, else Microsoft Edge or Google Chrome at their install paths on Windows and macOS,
 * Chromium, Chrome or Edge on Linux. On Linux Chromium's headless shell (Debian's `chromium-headless-shell`) comes first
 * when it is there: the same engine without the windowed browser around it, it starts in a quarter of the time and
 * printed the large benchmark report in 6.5 s instead of 10.4 s (bench/README.md). None found: a Dutch usage error (exit 2) naming what to install and
 * that `--format html` can be printed to PDF by hand.
 */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { m } from '../../../i18n/index.js';
import { UsageError } from '../../../core/errors.js';

/** The paths to try, in order, for a platform and its environment (pure). */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    const apps = ['Microsoft\\Edge\\Application\\msedge.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'];
    return apps.flatMap((app) => roots.map((root) => join(root, app)));
  }
  if (platform === 'darwin') {
    const apps = ['Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    const roots = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return apps.flatMap((app) => roots.map((root) => posix.join(root, app)));
  }
  return [
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ];
}

/** The browser to print with; `K80_BROWSER` wins (and must exist). */
export function findBrowser(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const t = m.report.documents;
  const chosen = env.K80_BROWSER;
  if (chosen) {
    if (exists(chosen)) return chosen;
    throw new UsageError(t.browserNotFound(chosen), t.noBrowserHint(t.printByHand));
  }
  const found = browserCandidates(platform, env).find((path) => exists(path));
  if (found) return found;
  throw new UsageError(t.noBrowser, t.noBrowserHint(t.printByHand));
}
