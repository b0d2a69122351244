import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { k80 } from './helpers/cli.js';
import { PROJECT } from './helpers/repo.js';

const version = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string }).version;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function emptyDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'k80-cli-'));
  dirs.push(d);
  return d;
}

describe('the CLI edge', () => {
  it('prints the version', () => {
    const r = k80(['--version'], { cwd: PROJECT });
    expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('explains itself in Dutch', () => {
    const r = k80(['--help'], { cwd: PROJECT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Gebruik: k80 \[opties\] \[opdracht\]/);
    for (const cmd of ['validate', 'list', 'add', 'update', 'score', 'report']) expect(r.stdout).toContain(`  ${cmd}`);
    expect(r.stdout).toContain('Opdrachten:');
    expect(r.stdout).not.toMatch(/Usage:|Options:|Commands:/);
  });

  it('refuses an unknown option with exit 2 and a Dutch message, no stack trace', () => {
    const r = k80(['validate', '--bogus'], { cwd: PROJECT });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Fout: Onbekende optie: --bogus.\nZie: k80 validate --help\n');
  });

  it('refuses an invalid choice and a missing value with exit 2', () => {
    const bad = k80(['validate', '--format', 'xml'], { cwd: PROJECT });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Ongeldige waarde 'xml' voor --format. Kies uit: pretty, json, github, markdown, gitlab.");
    const missing = k80(['validate', '--format'], { cwd: PROJECT });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('De optie --format heeft een waarde nodig.');
  });

  it('refuses an unknown command with exit 2', () => {
    const r = k80(['valdiate'], { cwd: PROJECT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Onbekende opdracht: valdiate.');
  });

  it('says where the repository is missing and how to fix it (exit 2)', () => {
    const dir = emptyDir();
    const r = k80(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `Fout: Geen K80-repository gevonden: er is geen map agenda/ in ${dir} of een map erboven.\n` +
        'Oplossing: Ga naar de map van de repository (cd …) of geef de map op met --root MAP.\n',
    );
    const root = k80(['--root', dir, 'validate'], { cwd: PROJECT });
    expect(root.code).toBe(2);
    expect(root.stderr).toContain(`De map ${dir} bevat geen map agenda/.`);
    expect(root.stderr).not.toMatch(/\n\s+at /);
  });
});
