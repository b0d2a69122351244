/**
 * `--lang en` and `K80_LANG=en` end to end, through the BUILT cli: help, validate, add (scripted) and the
 * report's headings. Dutch stays the default.
 */
import { describe, expect, it } from 'vitest';
import { k80 } from '../helpers/cli.js';
import { makeRepo, practiceText, PROJECT } from '../helpers/repo.js';
import { tempRepos } from '../helpers/temp-repos.js';

const repo = tempRepos(makeRepo);

describe('the CLI in English', () => {
  it('shows the help in English with --lang en and with K80_LANG=en, and in Dutch without', () => {
    for (const r of [k80(['--lang', 'en', '--help'], { cwd: PROJECT }), k80(['--help'], { cwd: PROJECT, env: { K80_LANG: 'en' } })]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: k80 \[options\] \[command\]/);
      expect(r.stdout).toContain('Commands:');
      expect(r.stdout).toContain('--root <folder>');
      expect(r.stdout).toContain('check every file in agenda/');
      expect(r.stdout).not.toMatch(/Gebruik:|Opdrachten:|opties/);
    }
    const dutch = k80(['--help'], { cwd: PROJECT, env: { K80_LANG: '' } });
    expect(dutch.stdout).toMatch(/^Gebruik: k80 \[opties\] \[opdracht\]/);
    const sub = k80(['add', 'practice', '--help', '--lang=en'], { cwd: PROJECT });
    expect(sub.stdout).toContain('--date <YYYY-MM-DD>');
    expect(sub.stdout).toContain('the municipality the practice comes from');
    const init = k80(['init', '--help', '--lang', 'en'], { cwd: PROJECT });
    expect(init.stdout).toMatch(/^Usage: k80 init \[options\] \[folder\]\n/);
    expect(init.stdout).toMatch(/Arguments:\n {2}folder /);
  });

  it('the flag wins over K80_LANG', () => {
    const r = k80(['--lang', 'nl', '--help'], { cwd: PROJECT, env: { K80_LANG: 'en' } });
    expect(r.stdout).toMatch(/^Gebruik:/);
  });

  it('refuses an unknown language with exit 2, named where it came from', () => {
    const flag = k80(['validate', '--lang', 'fr'], { cwd: PROJECT });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Ongeldige waarde 'fr' voor --lang. Kies uit: nl, en.");
    const env = k80(['validate'], { cwd: PROJECT, env: { K80_LANG: 'fr' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe(
      "Fout: Onbekende taal 'fr' bij K80_LANG. Kies nl (Nederlands) of en (Engels).\n" +
        'Oplossing: Laat de taal weg voor Nederlands, of gebruik --lang en voor Engels.\n',
    );
  });

  it('validate speaks English, the schema messages too', () => {
    const r0 = repo({ agenda: 'minimal' });
    r0.write('agenda/practices/dorpsplan.md', practiceText({ summary: '', themes: '[wonnen]' }));
    const r = k80(['validate', '--lang', 'en'], { cwd: r0.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The required field Samenvatting (summary) is missing. Add a line such as summary: …');
    expect(r.stdout).toContain("Unknown theme 'wonnen'.");
    expect(r.stdout).toMatch(/✖ 2 errors in 1 file \(\d+ checked\)\./);
    expect(r.stdout).not.toMatch(/ontbreekt|fout/);
    r0.remove('agenda/practices/dorpsplan.md');
    const ok = k80(['validate'], { cwd: r0.dir, env: { K80_LANG: 'en' } });
    expect(ok).toMatchObject({ code: 0, stdout: '✔ 4 files checked, no errors.\n' });
  });

  it('add practice (scripted) reports and commits in English', () => {
    const r0 = repo({ agenda: 'minimal' });
    r0.commit('Basis');
    const r = k80(
      ['add', 'practice', '--title', 'Village plan', '--municipality', 'Ameland', '--theme', 'wonen', '--summary', 'Residents write a plan.', '--date', '2026-03-05', '--yes'],
      { cwd: r0.dir, env: { K80_LANG: 'en' } },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Good practice added: Village plan\nCommitted in commit [0-9a-f]{7,}: Good practice added: Village plan \(Ameland\)\nNext step: put the commit online with:\n {2}git push\n[^\n]+\nagenda\/practices\/village-plan\.md\n$/);
    expect(r0.git(['log', '-1', '--format=%s'])).toBe('Good practice added: Village plan (Ameland)\n');
    // the file itself keeps the English template headings of the body
    expect(r0.read('agenda/practices/village-plan.md')).toContain('## What is it?');
    const missing = k80(['add', 'practice', '--lang', 'en', '--title', 'X'], { cwd: r0.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('The required options');
  });

  it('report: the headings and labels in English, the content as written', () => {
    const r0 = repo({ agenda: 'minimal' });
    r0.write('agenda/practices/dorpsplan-ameland.md', practiceText());
    r0.commit('Basis', '2026-03-05T10:00:00+01:00');
    const md = k80(['report', '--lang', 'en', '--from', '2026-01-01', '--to', '2026-06-30'], { cwd: r0.dir });
    expect(md.stderr).toBe(
      'Tip: this feedback report has no foreword. Write your own words and highlights in agenda/terugkoppeling/2026-06-30.md ' +
        '(frontmatter: title and highlights, a list of short sentences; the foreword below it), commit the file and make the report again.\n',
    );
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Feedback report K80: 1 January 2026 – 30 June 2026\n/);
    for (const h of ['## Key figures', '## The themes in figures', '## A. Who are we and what makes us strong?', '#### New good practices', '## Contributors']) {
      expect(md.stdout, h).toContain(h);
    }
    expect(md.stdout).toContain('Dorpsplan met inwoners'); // the content stays as written
    expect(md.stdout).not.toContain('Kerncijfers');
    const html = k80(['report', '--format', 'html', '--from', '2026-01-01', '--to', '2026-06-30'], { cwd: r0.dir, env: { K80_LANG: 'en' } });
    expect(html.stdout).toContain('<html lang="en">');
    expect(html.stdout).toContain('Key figures');
    const dutch = k80(['report', '--from', '2026-01-01', '--to', '2026-06-30'], { cwd: r0.dir });
    expect(dutch.stdout).toMatch(/^# Terugkoppeling K80: 1 januari 2026 – 30 juni 2026\n/);
  });
});
