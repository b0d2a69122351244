/**
 * `k80 intake` end to end on real temporary repositories, with bodies rendered as GitHub and Forgejo render
 * a submitted form (built from the generated form files): the happy path per form, each problem, hostile
 * bodies, re-submission after an edit; and `k80 forms --check` against the agenda.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { tempRepos } from '../../helpers/temp-repos.js';
import type { TestRepo } from '../../helpers/repo.js';
import { agendaRepo, expectValid, gitState, head, run } from '../add/support.js';
import { PRACTICE_ANSWERS, PROGRESS_ANSWERS, TOPIC_ANSWERS, renderBody, type Answers } from './support.js';

/** A committed repository with the bundled agenda and its generated forms. */
function formsRepo(): TestRepo {
  const r = agendaRepo();
  const res = run(r, ['forms']);
  expect(res.code).toBe(0);
  r.commit('Formulieren', '2026-01-11T10:00:00+01:00');
  return r;
}
const repo = tempRepos(formsRepo);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
/** A folder outside the repository for the body and the comment (as the workflow's runner temp). */
function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'k80-intake-'));
  dirs.push(d);
  return d;
}

interface Submitted {
  code: number;
  stdout: string;
  stderr: string;
  comment: string;
}

function submit(r: TestRepo, form: 'practice' | 'progress' | 'topic', body: string, issue = '12'): Submitted {
  const d = scratch();
  writeFileSync(join(d, 'body.md'), body);
  const res = run(r, ['intake', '--form', form, '--body-file', join(d, 'body.md'), '--issue', issue, '--comment-file', join(d, 'comment.md')]);
  const comment = existsSync(join(d, 'comment.md')) ? readFileSync(join(d, 'comment.md'), 'utf8') : '';
  return { ...res, comment };
}

const branchOf = (r: TestRepo): string => r.git(['branch', '--show-current']).trim();

describe('happy path: one file on intake/<N>-<id>, valid, commit message with (#N)', () => {
  it('a good practice (GitHub rendering)', () => {
    const r = repo();
    const before = r.git(['rev-parse', 'HEAD']).trim();
    const res = submit(r, 'practice', renderBody(r, 'practice', PRACTICE_ANSWERS));
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const file = 'agenda/practices/dorpsplan-met-inwoners.md';
    expect(res.stdout).toContain(`intake/12-dorpsplan-met-inwoners\n${file}\n`);
    expect(branchOf(r)).toBe('intake/12-dorpsplan-met-inwoners');
    expect(head(r).files).toEqual([file]);
    expect(head(r).message).toBe('Goed voorbeeld toegevoegd: Dorpsplan met inwoners (Ameland) (#12)');
    expect(r.git(['rev-parse', 'HEAD^']).trim()).toBe(before);
    const text = r.read(file);
    expect(text).toContain('themes:\n  - nabijheid\n  - krachtige-vitale-kernen\n');
    expect(text).toContain('date: "2026-03-05"');
    expect(text).toContain('tags:\n  - dorpsplan\n  - inwoners\n');
    expect(text).toContain('email: leefbaarheid@ameland.nl');
    expect(text).toContain('## Wat levert het op?\n\nMeer betrokkenheid.\n');
    expect(res.comment).toContain(`\`${file}\``);
    expect(res.comment).toContain('`intake/12-dorpsplan-met-inwoners`');
    expectValid(r);
  });

  it('a good practice (Forgejo rendering: lower-case [x], _No response_ for an empty dropdown)', () => {
    const r = repo();
    const res = submit(r, 'practice', renderBody(r, 'practice', { ...PRACTICE_ANSWERS, tags: undefined, links: undefined }, 'forgejo'));
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(head(r).files).toEqual(['agenda/practices/dorpsplan-met-inwoners.md']);
    expect(r.read('agenda/practices/dorpsplan-met-inwoners.md')).not.toContain('tags:');
    expectValid(r);
  });

  it('a current topic from another municipality', () => {
    const r = repo();
    const res = submit(r, 'topic', renderBody(r, 'topic', { ...TOPIC_ANSWERS, municipality: 'Andere gemeente', other_municipality: 'Dinkelland' }), '7');
    expect(res.code).toBe(0);
    const file = 'agenda/topics/sluiting-van-basisscholen-in-kleine-kernen.md';
    expect(branchOf(r)).toBe('intake/7-sluiting-van-basisscholen-in-kleine-kernen');
    expect(head(r).files).toEqual([file]);
    expect(head(r).message).toBe('Actueel onderwerp toegevoegd: Sluiting van basisscholen in kleine kernen (Dinkelland) (#7)');
    const text = r.read(file);
    expect(text).toContain('raised_by:\n  role: beleidsmedewerker onderwijs\n  municipality: Dinkelland\n');
    expect(text).toContain('status: open');
    expect(text).toContain('Door krimp dreigen scholen te sluiten.');
    // a municipality outside the member list is allowed, with a warning in the comment
    expect(res.comment).toContain('Dinkelland');
    expectValid(r);
  });

  it('progress on an action: the note under ## Voortgang, the status, updated', () => {
    const r = repo();
    const file = 'agenda/actions/slimme-pragmatische-woningbouwaanpakken-delen.md';
    const res = submit(r, 'progress', renderBody(r, 'progress', PROGRESS_ANSWERS), '3');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(branchOf(r)).toBe('intake/3-slimme-pragmatische-woningbouwaanpakken-delen');
    expect(head(r).files).toEqual([file]);
    expect(head(r).message).toBe(
      'Actie bijgewerkt: We delen slimme, pragmatische woningbouwaanpakken met elkaar (status: lopend) (#3)\n\nEerste bijeenkomst gehouden met zes gemeenten.',
    );
    const text = r.read(file);
    expect(text).toContain('status: active');
    expect(text).toContain('updated: "2026-03-10"');
    expect(text).toContain('## Voortgang\n\n- 2026-03-10: Status van gepland naar lopend. Eerste bijeenkomst gehouden met zes gemeenten.\n');
    expectValid(r);
  });
});

describe('problems: exit 1, nothing written, a comment naming each field by its label', () => {
  const cases: Array<[string, 'practice' | 'progress' | 'topic', Answers, string, RegExp]> = [
    ['a missing required field', 'practice', { ...PRACTICE_ANSWERS, title: '' }, 'Titel', /verplicht/],
    ['another municipality without its name', 'practice', { ...PRACTICE_ANSWERS, municipality: 'Andere gemeente' }, 'Naam van de andere gemeente', /Andere gemeente/],
    ['a summary over 280 characters', 'practice', { ...PRACTICE_ANSWERS, summary: 'Lang. '.repeat(50) }, 'Samenvatting', /te lang: 299 tekens, hooguit 280/],
    ['a date that is not a date', 'practice', { ...PRACTICE_ANSWERS, date: '31-02-2026' }, 'Datum', /geen datum/],
    ['no consent', 'practice', { ...PRACTICE_ANSWERS, consent: [] }, 'Toestemming', /toestemming/i],
    ['no theme', 'practice', { ...PRACTICE_ANSWERS, themes: [] }, "Thema's", /thema/],
    ['a link that is not a web address', 'practice', { ...PRACTICE_ANSWERS, links: 'www.ameland.nl' }, 'Links', /webadres/],
    ['a municipality that is not a choice', 'topic', { ...TOPIC_ANSWERS, municipality: 'Atlantis' }, 'Gemeente', /geen keuze/],
    ['an action that is not a choice', 'progress', { ...PROGRESS_ANSWERS, action: 'Iets heel anders' }, 'Actie', /geen keuze/],
    ['progress without a note', 'progress', { ...PROGRESS_ANSWERS, note: '' }, 'Wat is er gebeurd?', /verplicht/],
    ['a topic without a description', 'topic', { ...TOPIC_ANSWERS, description: '' }, 'Toelichting', /verplicht/],
  ];
  for (const [what, form, answers, label, text] of cases) {
    it(what, () => {
      const r = repo();
      const before = gitState(r);
      const res = submit(r, form, renderBody(r, form, answers));
      expect(res.code).toBe(1);
      expect(res.stdout).toBe('');
      expect(res.stderr).toContain(`${label}: `);
      expect(res.stderr).toMatch(text);
      expect(res.stderr).toContain('Er is niets geschreven of vastgelegd.');
      expect(gitState(r)).toEqual(before);
      expect(branchOf(r)).toBe('main');
      const row = res.comment.split('\n').find((l) => l.startsWith(`| ${label} |`));
      expect(res.comment).toContain('| Veld | Wat is er mis | Hoe los je het op |');
      expect(row, res.comment).toBeDefined();
      expect(row).toMatch(text);
    });
  }

  it('every problem at once, one row each, and no YAML key in sight', () => {
    const r = repo();
    const res = submit(r, 'practice', renderBody(r, 'practice', {
      ...PRACTICE_ANSWERS, title: '', municipality: 'Andere gemeente', summary: 'x'.repeat(281), date: 'gisteren', consent: [],
    }));
    expect(res.code).toBe(1);
    const rows = res.comment.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Veld') && !l.startsWith('| ---'));
    expect(rows.map((l) => l.split(' | ')[0]!.slice(2))).toEqual(['Titel', 'Naam van de andere gemeente', 'Samenvatting', 'Datum', 'Toestemming']);
    expect(res.comment).not.toMatch(/other_municipality|contact_role|summary/);
    expect(res.stderr).toContain('Er zijn 5 punten om aan te passen.');
  });

  it('a schema error of the built entry is named by its label too (a title over 200 characters)', () => {
    const r = repo();
    const res = submit(r, 'practice', renderBody(r, 'practice', { ...PRACTICE_ANSWERS, title: 'Dorpsplan '.repeat(25) }));
    expect(res.code).toBe(1);
    expect(res.comment).toMatch(/^\| Titel \| .*200/m);
  });

  it('a body that is not the form', () => {
    const r = repo();
    const res = submit(r, 'practice', 'Hallo, ik wil graag een voorbeeld delen over ons dorpsplan.');
    expect(res.code).toBe(1);
    expect(res.comment).toContain('| Goed voorbeeld delen | Het formulier is niet herkend');
    expect(branchOf(r)).toBe('main');
  });
});

describe('hostile bodies are text: nothing runs, nothing escapes', () => {
  it('shell metacharacters, $(…), backticks and ---js stay literal text', () => {
    const r = repo();
    const marker = join(scratch(), 'gemaakt');
    const title = `Dorpsplan $(touch ${marker}) \`touch ${marker}\`; rm -rf / | cat`;
    const description = `---js\nrequire('child_process').execSync('touch ${marker}')\n---\n\n## Wat is het?\n\n$(touch ${marker})`;
    const res = submit(r, 'practice', renderBody(r, 'practice', { ...PRACTICE_ANSWERS, title, description, summary: '---js {{ process.exit(1) }} `id`' }));
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    const file = head(r).files[0]!;
    expect(file).toMatch(/^agenda\/practices\/dorpsplan-touch-[a-z0-9-]+\.md$/);
    const text = r.read(file);
    expect(text.startsWith('---\n')).toBe(true);
    expect(text).toContain("require('child_process')");
    expect(text).toContain('$(touch');
    expectValid(r);
  });

  it('control characters and bidirectional overrides are removed', () => {
    const r = repo();
    const res = submit(r, 'practice', renderBody(r, 'practice', { ...PRACTICE_ANSWERS, title: 'Dorps\u0007plan\u202e met\u0000 inwoners\u001b[31m' }));
    expect(res.code).toBe(0);
    const text = r.read(head(r).files[0]!);
    expect([...text].filter((ch) => (ch < ' ' && ch !== '\n') || ch === '\u202e')).toEqual([]);
    expectValid(r);
  });

  it('a 1 MB field: exit 1, refused unread, a clear comment', () => {
    const r = repo();
    const before = gitState(r);
    const res = submit(r, 'practice', renderBody(r, 'practice', { ...PRACTICE_ANSWERS, description: 'a'.repeat(1024 * 1024) }));
    expect(res.code).toBe(1);
    expect(res.comment).toMatch(/\| Goed voorbeeld delen \| Het formulier is te groot .*65536 tekens/);
    expect(gitState(r)).toEqual(before);
  });

  it('white space the section pattern could backtrack over is bounded (the run ends)', () => {
    const r = repo();
    const body = `${renderBody(r, 'practice', PRACTICE_ANSWERS)}\n\n### ${' \u00a0\t'.repeat(15000)}x\n${'\r'.repeat(5000)}`;
    const res = submit(r, 'practice', body);
    expect(res.code).toBe(0);
  });

  it('a heading inside a text field stays part of that field', () => {
    const r = repo();
    const description = '## Wat is het?\n\n### Samenvatting\n\nGeen echte vraag. Zie ### Titel\n\n### Onbekend kopje';
    const res = submit(r, 'practice', renderBody(r, 'practice', { ...PRACTICE_ANSWERS, description }));
    expect(res.code).toBe(0);
    const text = r.read(head(r).files[0]!);
    expect(text).toContain('### Samenvatting\n\nGeen echte vraag. Zie ### Titel\n\n### Onbekend kopje\n');
    expect(text).toContain('title: Dorpsplan met inwoners\n');
    expect(text).toContain('summary: "Inwoners schrijven');
  });
});

describe('re-submission after an edit', () => {
  it('rebuilds the same branch from the main branch: still one commit, one file', () => {
    const r = repo();
    const base = r.git(['rev-parse', 'main']).trim();
    expect(submit(r, 'practice', renderBody(r, 'practice', { ...PRACTICE_ANSWERS, summary: '' })).code).toBe(1);
    expect(submit(r, 'practice', renderBody(r, 'practice', PRACTICE_ANSWERS)).code).toBe(0);
    r.git(['switch', '--quiet', 'main']);
    const edited = submit(r, 'practice', renderBody(r, 'practice', { ...PRACTICE_ANSWERS, summary: 'Een nieuwe samenvatting na het bewerken van de melding.' }));
    expect(edited.stderr).toBe('');
    expect(edited.code).toBe(0);
    expect(branchOf(r)).toBe('intake/12-dorpsplan-met-inwoners');
    expect(r.git(['rev-list', `${base}..HEAD`]).trim().split('\n')).toHaveLength(1);
    expect(r.git(['diff', '--name-status', base, 'HEAD'])).toBe('A\tagenda/practices/dorpsplan-met-inwoners.md\n');
    expect(r.read('agenda/practices/dorpsplan-met-inwoners.md')).toContain('Een nieuwe samenvatting');
  });

  it('refuses to start from an intake branch (exit 2, nothing written)', () => {
    const r = repo();
    expect(submit(r, 'practice', renderBody(r, 'practice', PRACTICE_ANSWERS)).code).toBe(0);
    const again = submit(r, 'topic', renderBody(r, 'topic', TOPIC_ANSWERS), '13');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('git switch main');
  });
});

describe('k80 forms --check', () => {
  it('passes on generated forms and fails when a member is added', () => {
    const r = repo();
    expect(run(r, ['forms', '--check']).code).toBe(0);
    r.write('agenda/k80.yaml', r.read('agenda/k80.yaml').replace('  - Vaals\n', '  - Vaals\n  - Westervoort\n'));
    const stale = run(r, ['forms', '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('.github/ISSUE_TEMPLATE/practice.yml');
    expect(stale.stderr).toContain('.github/ISSUE_TEMPLATE/topic.yml');
    expect(stale.stderr).not.toContain('progress.yml');
    expect(run(r, ['forms']).code).toBe(0);
    expect(r.read('.github/ISSUE_TEMPLATE/practice.yml')).toContain('- "Westervoort"');
    expect(run(r, ['forms', '--check']).code).toBe(0);
  });

  it('the forms of this repository match its agenda', () => {
    const res = run({ dir: process.cwd() } as TestRepo, ['forms', '--check']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
  });
});
