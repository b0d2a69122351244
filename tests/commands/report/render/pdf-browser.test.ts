/** Which browser prints the PDF: K80_BROWSER, else Edge/Chrome/Chromium at their install paths; none is exit 2. */
import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../../../../src/commands/report/render/pdf-browser.js';
import { K80Error } from '../../../../src/core/errors.js';

const WINDOWS = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\x\\AppData\\Local' };

describe('findBrowser', () => {
  it('Windows: Microsoft Edge first (it ships with Windows), then Chrome, in both Program Files folders', () => {
    const paths = browserCandidates('win32', WINDOWS);
    expect(paths[0]).toMatch(/Program Files \(x86\)[\\/]Microsoft[\\/]Edge[\\/]Application[\\/]msedge\.exe$/);
    expect(paths.some((p) => /Google[\\/]Chrome[\\/]Application[\\/]chrome\.exe$/.test(p))).toBe(true);
  });

  it('macOS and Linux: the usual install paths', () => {
    expect(browserCandidates('darwin', {})).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(browserCandidates('linux', {}).slice(0, 4)).toEqual([
      '/usr/lib/chromium/chromium-headless-shell',
      '/usr/bin/chromium-headless-shell',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
    ]);
  });

  it('takes the first that exists; K80_BROWSER wins', () => {
    expect(findBrowser('linux', {}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findBrowser('linux', { K80_BROWSER: '/opt/b' }, () => true)).toBe('/opt/b');
  });

  it('none found, or K80_BROWSER naming nothing: exit 2 in Dutch, naming what to install and --format html', () => {
    for (const env of [{}, { K80_BROWSER: '/opt/weg' }]) {
      let error: unknown;
      try {
        findBrowser('linux', env, () => false);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(K80Error);
      const e = error as K80Error;
      expect(e.exitCode).toBe(2);
      expect(`${e.message} ${e.hint}`).toMatch(/Chromium/);
      expect(`${e.message} ${e.hint}`).toContain('--format html');
    }
  });
});
