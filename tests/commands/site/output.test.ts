/** The output folder: a clean rebuild of a previous k80 site, never a folder with someone else's files. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSite, MARKER } from '../../../src/commands/site/output.js';
import { UsageError } from '../../../src/core/errors.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'k80-out-'));
  dirs.push(d);
  mkdirSync(join(d, 'agenda'));
  return d;
}
const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('writing the site', () => {
  it('writes every file and the marker, then rebuilds cleanly (a page that is gone is removed)', async () => {
    const root = temp();
    const out = join(root, 'site');
    await writeSite(root, out, files({ 'index.html': 'a', 'themas/wonen.html': 'b' }));
    expect(readFileSync(join(out, 'themas/wonen.html'), 'utf8')).toBe('b');
    expect(JSON.parse(readFileSync(join(out, MARKER), 'utf8')).files).toEqual(['index.html', 'themas/wonen.html']);
    await writeSite(root, out, files({ 'index.html': 'c' }));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('c');
    expect(existsSync(join(out, 'themas'))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['agenda', 'site']); // no temporary folders left
  });

  it('refuses a folder that is not a previous k80 site, and leaves it as it was', async () => {
    const root = temp();
    const out = join(root, 'mijn-map');
    mkdirSync(out);
    writeFileSync(join(out, 'notities.txt'), 'van mij');
    await expect(writeSite(root, out, files({ 'index.html': 'a' }))).rejects.toThrow(UsageError);
    await expect(writeSite(root, out, files({ 'index.html': 'a' }))).rejects.toThrow(/geen eerdere website van k80/);
    expect(readdirSync(out)).toEqual(['notities.txt']);
  });

  it('refuses a previous site into which someone put a file of their own', async () => {
    const root = temp();
    const out = join(root, 'site');
    await writeSite(root, out, files({ 'index.html': 'a' }));
    writeFileSync(join(out, 'eigen.pdf'), 'x');
    await expect(writeSite(root, out, files({ 'index.html': 'b' }))).rejects.toThrow(/eigen\.pdf/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('a');
  });

  it('refuses the repository itself, agenda/ and a file', async () => {
    const root = temp();
    await expect(writeSite(root, root, files({ 'index.html': 'a' }))).rejects.toThrow(/de repository zelf/);
    await expect(writeSite(root, join(root, 'agenda', 'site'), files({ 'index.html': 'a' }))).rejects.toThrow(/agenda\//);
    writeFileSync(join(root, 'bestand'), 'x');
    await expect(writeSite(root, join(root, 'bestand'), files({ 'index.html': 'a' }))).rejects.toThrow(/geen map/);
  });
});
