import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, k80 } from './helpers/cli.js';
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

/**
 * The CLI edge: the built tool spawned for the end-to-end promise (version, help, an unknown option, no
 * arguments, no repository: the exit code and both streams of a real process), the rest of its wording in
 * process through the same main() (cli()).
 */
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

  it('refuses an invalid choice and a missing value with exit 2', async () => {
    const bad = await cli(['validate', '--format', 'xml'], { cwd: PROJECT });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Ongeldige waarde 'xml' voor --format. Kies uit: pretty, json, github, markdown, gitlab.");
    const missing = await cli(['validate', '--format'], { cwd: PROJECT });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('De optie --format heeft een waarde nodig.');
  });

  it('refuses an unknown command with exit 2 and the nearest command', async () => {
    const r = await cli(['valdiate'], { cwd: PROJECT });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'Fout: Onbekende opdracht: valdiate.\nBedoelde je k80 validate?\n' });
    const help = await cli(['help', 'valdiate'], { cwd: PROJECT });
    expect(help).toEqual({ code: 2, stdout: '', stderr: 'Fout: Onbekende opdracht: valdiate.\nBedoelde je k80 validate?\n' });
    const far = await cli(['xyzzy'], { cwd: PROJECT });
    expect(far.stderr).toBe('Fout: Onbekende opdracht: xyzzy.\nZie: k80 --help\n');
  });

  it('k80 alone prints the help with where to start, exit 0', async () => {
    const r = k80([], { cwd: PROJECT });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Gebruik: k80 \[opties\] \[opdracht\]/);
    for (const cmd of ['validate', 'list', 'add', 'update', 'score', 'report']) expect(r.stdout).toContain(`  ${cmd}`);
    expect(r.stdout).toContain('Waar begin je?\n  k80 validate');
    // the same text as --help (in process: also the same as the spawned tool's)
    expect((await cli(['--help'], { cwd: PROJECT })).stdout).toBe(r.stdout);
  });

  it('suggests the option of that command, Dutch guesses included, and points to its own help', async () => {
    const cases: Array<[string[], string, string]> = [
      [['add', 'practice', '--titel', 'x'], '--title', 'k80 add practice'],
      [['add', 'practice', '--thema', 'x'], '--theme', 'k80 add practice'],
      [['add', 'topic', '--gemeente', 'x'], '--municipality', 'k80 add topic'],
      [['report', '--periode', '2026-H1'], '--period', 'k80 report'],
      [['update', 'action', 'x', '--notitie', 'y'], '--note', 'k80 update action'],
      [['update', 'practice', 'x', '--samenvatting', 'y'], '--summary', 'k80 update practice'],
      [['add', 'practice', '--sumary', 'y'], '--summary', 'k80 add practice'],
      [['validate', '--fromat', 'json'], '--format', 'k80 validate'],
    ];
    for (const [args, flag, cmd] of cases) {
      const r = await cli(args, { cwd: PROJECT });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toBe(`Fout: Onbekende optie: ${args.find((a) => a.startsWith('--') && a !== flag)}.\nBedoelde je ${flag}?\nZie: ${cmd} --help\n`);
    }
    // a guess is only made when that command has the option
    expect((await cli(['score', '--samenvatting', 'x'], { cwd: PROJECT })).stderr).toBe('Fout: Onbekende optie: --samenvatting.\nZie: k80 score --help\n');
  });

  it('k80 add --help lists the kinds, one line each', async () => {
    const r = await cli(['add', '--help'], { cwd: PROJECT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n {2}practice \[opties\] +voeg een goed voorbeeld/);
    expect(r.stdout).toMatch(/\n {2}action \[opties\] +voeg een actie/);
    expect(r.stdout).toMatch(/\n {2}topic \[opties\] +voeg een/);
  });

  it('says where the repository is missing and how to fix it (exit 2)', async () => {
    const dir = emptyDir();
    const r = k80(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `Fout: Geen agenda-repository gevonden: er is geen map agenda/ in ${dir} of een map erboven.\n` +
        'Oplossing: Ga naar de map van de repository (cd …) of geef de map op met --root MAP.\n',
    );
    const root = await cli(['--root', dir, 'validate'], { cwd: PROJECT });
    expect(root.code).toBe(2);
    expect(root.stderr).toContain(`De map ${dir} bevat geen map agenda/.`);
    expect(root.stderr).not.toMatch(/\n\s+at /);
  });
});
