/** `--out FILE`: the safe writer on the real file system. */
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutFile } from '../../../src/commands/shared/out-file.js';
import { UsageError } from '../../../src/core/errors.js';

describe('writeOutFile', () => {
  let dir: string;
  let root: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'k80-out-'));
    root = join(dir, 'repo');
    mkdirSync(join(root, 'agenda'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'agenda', 'k80.yaml'), 'name: K80\n');
    writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const refusal = (target: string): string => {
    try {
      writeOutFile(target, 'verslag', root);
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      return (e as UsageError).message;
    }
    return 'geschreven';
  };
  const left = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

  it('writes a new file and replaces a regular file, keeping its mode (600 stays 600)', () => {
    const target = join(dir, 'verslag.md');
    writeOutFile(target, 'een', root);
    expect(readFileSync(target, 'utf8')).toBe('een');
    chmodSync(target, 0o600);
    writeOutFile(target, 'twee', root);
    expect(readFileSync(target, 'utf8')).toBe('twee');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(left(dir)).toEqual([]);
  });

  it('never replaces a FIFO, a symbolic link or a folder', () => {
    const fifo = join(dir, 'pijp');
    execFileSync('mkfifo', [fifo]);
    expect(refusal(fifo)).toBe(`Kan ${fifo} niet schrijven: dat is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp); k80 vervangt alleen een gewoon bestand.`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);

    const link = join(dir, 'koppeling.md');
    writeFileSync(join(dir, 'doel.md'), 'doel');
    symlinkSync('doel.md', link);
    expect(refusal(link)).toBe(`Kan ${link} niet schrijven: dat is een symbolische koppeling; k80 vervangt alleen een gewoon bestand.`);
    expect(readlinkSync(link)).toBe('doel.md');
    expect(readFileSync(join(dir, 'doel.md'), 'utf8')).toBe('doel');

    expect(refusal(join(root, 'agenda'))).toBe(`Kan ${join(root, 'agenda')} niet schrijven: dat is een map.`);
    expect(left(dir)).toEqual([]);
  });

  it('never replaces a device node (a copy of /dev/null, where the system allows making one)', () => {
    const device = join(dir, 'null');
    try {
      execFileSync('mknod', [device, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      return; // not allowed here (no root): the FIFO case covers the same check
    }
    expect(refusal(device)).toContain('dat is geen gewoon bestand');
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('never writes inside agenda/ or .git/, also not through a symbolic link to them', () => {
    expect(refusal(join(root, 'agenda', 'k80.yaml'))).toBe(
      `Kan ${join(root, 'agenda', 'k80.yaml')} niet schrijven: dat is in de map agenda/, waar alleen de inhoud van de agenda hoort.`,
    );
    expect(refusal(join(root, 'agenda', 'nieuw.md'))).toContain('in de map agenda/');
    expect(refusal(join(root, '.git', 'HEAD'))).toBe(`Kan ${join(root, '.git', 'HEAD')} niet schrijven: dat is in de map .git/ van de repository.`);
    symlinkSync(join(root, 'agenda'), join(dir, 'via'));
    expect(refusal(join(dir, 'via', 'verslag.md'))).toContain('in de map agenda/');
    expect(readFileSync(join(root, 'agenda', 'k80.yaml'), 'utf8')).toBe('name: K80\n');
    expect(readFileSync(join(root, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    expect(left(join(root, 'agenda'))).toEqual([]);
  });

  it('a folder that does not exist is refused with the reason', () => {
    const target = join(dir, 'bestaat-niet', 'verslag.md');
    expect(refusal(target)).toBe(`Kan ${target} niet schrijven: de map bestaat niet.`);
  });
});
