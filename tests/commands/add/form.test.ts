/**
 * The interactive flow of `k80 add`, in process, with the prompt layer replaced by a script of answers
 * (the only thing tests may replace). Real repository, real loader, real writes.
 */
import { describe, expect, it } from 'vitest';
import type { TestRepo } from '../../helpers/repo.js';
import { CancelledError } from '../../../src/core/errors.js';
import type { Prompter } from '../../../src/prompts/index.js';
import { add, type AddOptions } from '../../../src/commands/add/index.js';
import { municipalityChoices } from '../../../src/commands/add/form.js';
import { practiceTemplate } from '../../../src/commands/add/draft.js';
import { today } from '../../../src/content/entry-text.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { agendaRepo, expectValid, gitState, head, scripted } from './support.js';

const repo = tempRepos(() => agendaRepo());

function options(r: TestRepo, prompter: Prompter, extra: Partial<AddOptions> = {}): AddOptions {
  return { kind: 'practice', cwd: r.dir, root: r.dir, color: false, interactive: true, prompter, ...extra };
}

describe('municipalityChoices', () => {
  const members = ['Ameland', 'Olst-Wijhe', 'Súdwest-Fryslân'];
  it('matches without regard to case and accents, and offers the typed name as a non-member', () => {
    expect(municipalityChoices(members, 'fryslan').map((c) => c.value)).toEqual(['Súdwest-Fryslân', 'fryslan']);
    expect(municipalityChoices(members, 'AMELAND').map((c) => c.value)).toEqual(['Ameland']);
    expect(municipalityChoices(members, 'Utrecht')).toEqual([{ value: 'Utrecht', name: 'Utrecht (geen lid van het netwerk)' }]);
    // nothing typed: no member to pick with Enter, only a line that says to type (and "none", when allowed)
    const hint = { value: '', name: 'Typ een deel van de naam; kies daarna met ↑↓ en Enter.', separator: true };
    expect(municipalityChoices(members, '')).toEqual([hint]);
    expect(municipalityChoices(members, '  ')).toEqual([hint]);
    expect(municipalityChoices(members, '', '(geen)')).toEqual([{ value: '', name: '(geen)' }, hint]);
  });
});

describe('k80 add practice, interactively', () => {
  it('asks every field, refuses bad input while typing, confirms a non-member, shows the file and commits', async () => {
    const r = repo();
    const p = scripted([
      { input: 'Titel van het voorbeeld', answer: 'Dorpsbudget per kern', reject: ['', 'x'.repeat(201)] },
      { search: 'Gemeente', type: 'Utrecht', answer: 'Utrecht' },
      { confirm: 'Utrecht staat niet in de ledenlijst. Toch gebruiken?', answer: false },
      { search: 'Gemeente', type: 'ame', answer: 'Ameland' },
      { checkbox: "Thema's", answer: ['krachtige-vitale-kernen', 'financien'] },
      { input: 'Samenvatting', answer: 'Elke kern krijgt een eigen budget.', reject: ['', 'y'.repeat(281)] },
      { input: 'Trefwoorden', answer: 'dorpsbudget, burgerkracht, dorpsbudget' },
      { input: 'Link met meer informatie', answer: 'https://www.example.org/budget', reject: ['ftp://x', 'www.example.org', 'https://'] },
      { input: 'Nog een link', answer: 'https://www.example.org/besluit' },
      { input: 'Nog een link', answer: '' },
      { input: 'Contact: rol', answer: 'Dorpscoördinator' },
      { input: 'Contact: gemeente', answer: '' },
      { input: 'Contact: naam', answer: '' },
      { input: 'Contact: functionele mailbox', answer: 'kernen@example.org', reject: ['geen adres'] },
      { input: 'Datum', answer: '2026-03-05', reject: ['2026-02-30', '5 maart'] },
      { confirm: 'De tekst nu schrijven in je editor?', answer: true },
      { editor: 'Tekst', text: practiceTemplate(), answer: '## Wat is het?\n\nEen budget per kern.\n' },
      { select: 'Wat wil je doen?', answer: 'save' },
    ]);
    const result = await add(options(r, p));
    expect(p.left()).toBe(0);
    expect(result.file).toBe('agenda/practices/dorpsbudget-per-kern.md');
    expect(r.read(result.file)).toBe(
      [
        '---',
        'title: Dorpsbudget per kern',
        'municipality: Ameland',
        'themes:',
        '  - krachtige-vitale-kernen',
        '  - financien',
        'date: "2026-03-05"',
        'summary: Elke kern krijgt een eigen budget.',
        'tags:',
        '  - dorpsbudget',
        '  - burgerkracht',
        'contact:',
        '  role: Dorpscoördinator',
        '  email: kernen@example.org',
        'links:',
        '  - https://www.example.org/budget',
        '  - https://www.example.org/besluit',
        '---',
        '',
        '## Wat is het?',
        '',
        'Een budget per kern.',
        '',
      ].join('\n'),
    );
    expect(p.said[0]).toBe('Een goed voorbeeld toevoegen. Ctrl+C of Esc breekt af; er wordt dan niets geschreven.');
    expect(p.said.some((s) => s.startsWith('Contact: de repository is openbaar en git vergeet niets.'))).toBe(true);
    expect(p.said.at(-1)).toContain(`Dit wordt agenda/practices/dorpsbudget-per-kern.md:\n`);
    expect(p.said.at(-1)).toContain(r.read(result.file));
    expect(head(r).message).toBe('Goed voorbeeld toegevoegd: Dorpsbudget per kern (Ameland)');
    expectValid(r, true);
  });

  it('with flags and --yes asks only the missing required fields, and does not ask to confirm', async () => {
    const r = repo();
    const p = scripted([
      { search: 'Gemeente', type: 'vaa', answer: 'Vaals' },
      { checkbox: "Thema's", answer: ['wonen'] },
      { input: 'Samenvatting', answer: 'Kort.' },
    ]);
    const result = await add(options(r, p, { title: 'Wonen boven winkels', yes: true, commit: false }));
    expect(p.left()).toBe(0);
    expect(r.read(result.file)).toBe(
      `---\ntitle: Wonen boven winkels\nmunicipality: Vaals\nthemes:\n  - wonen\ndate: "${today()}"\nsummary: Kort.\n---\n\n${practiceTemplate()}`,
    );
  });

  it('--edit opens the editor on the given body', async () => {
    const r = repo();
    const p = scripted([{ editor: 'Tekst', text: 'Eerste versie.', answer: 'Tweede versie.\n' }]);
    const result = await add(
      options(r, p, {
        title: 'X', municipality: 'Ameland', theme: ['wonen'], summary: 'S.', body: 'Eerste versie.', edit: true, yes: true, commit: false,
      }),
    );
    expect(r.read(result.file)).toMatch(/---\n\nTweede versie\.\n$/);
  });

  it('a cancel in the middle writes nothing', async () => {
    const r = repo();
    const p = scripted([{ input: 'Titel', answer: 'Half' }]);
    p.search = () => Promise.reject(new CancelledError('Afgebroken. Er is niets geschreven.'));
    await expect(add(options(r, p))).rejects.toMatchObject({ exitCode: 130 });
    expect(gitState(r).status).toBe('');
  });

  it('"Iets aanpassen" at the preview asks one field again and keeps every other answer', async () => {
    const r = repo();
    const p = scripted([
      { select: 'Wat wil je doen?', answer: 'change' },
      { select: 'Wat wil je aanpassen?', answer: 'summary' },
      { input: 'Samenvatting in één zin', answer: 'Een betere zin.' },
      { select: 'Wat wil je doen?', answer: 'change' },
      { select: 'Wat wil je aanpassen?', answer: 'contact' },
      { input: 'Contact: rol', answer: 'wethouder' },
      { input: 'Contact: gemeente', answer: '' },
      { input: 'Contact: naam', answer: '' },
      { input: 'Contact: functionele mailbox', answer: '' },
      { select: 'Wat wil je doen?', answer: 'save' },
    ]);
    const given = { title: 'X', municipality: 'Ameland', theme: ['wonen'], summary: 'Eerste zin.', tag: ['a'], link: ['https://a.nl'], contactRole: 'r', contactEmail: 'info@ameland.nl', date: '2026-01-01', body: 'B' };
    const result = await add(options(r, p, { ...given, commit: false }));
    expect(p.left()).toBe(0);
    expect(r.read(result.file)).toBe(
      '---\ntitle: X\nmunicipality: Ameland\nthemes:\n  - wonen\ndate: "2026-01-01"\nsummary: Een betere zin.\ntags:\n  - a\n' +
        'contact:\n  role: wethouder\nlinks:\n  - https://a.nl\n---\n\nB\n',
    );
  });

  it('no at the preview writes nothing', async () => {
    const r = repo();
    const p = scripted([{ select: 'Wat wil je doen?', answer: 'cancel' }]);
    await expect(
      add(options(r, p, { title: 'X', municipality: 'Ameland', theme: ['wonen'], summary: 'S.', tag: ['a'], link: ['https://a.nl'], contactRole: 'r', date: '2026-01-01', body: 'B' })),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(gitState(r).status).toBe('');
  });
});

describe('k80 add action and topic, interactively', () => {
  it('action: theme, type, status, lead and the text', async () => {
    const r = repo();
    const p = scripted([
      { input: 'Titel van de actie', answer: 'We delen ervaringen met dorpshuizen' },
      { select: 'Thema', answer: 'krachtige-vitale-kernen' },
      { select: 'Soort actie', answer: 'knowledge-sharing' },
      { select: 'Status', answer: 'active' },
      { search: 'Trekker', type: 'beesel', answer: 'Beesel' },
      { input: 'Rol van de trekker', answer: 'beleidsadviseur' },
      { input: 'De actie voluit', answer: 'We delen ervaringen met dorpshuizen in de kernen.' },
      { select: 'Wat wil je doen?', answer: 'save' },
    ]);
    const result = await add(options(r, p, { kind: 'action', commit: false }));
    expect(p.left()).toBe(0);
    expect(r.read(result.file)).toBe(
      '---\ntitle: We delen ervaringen met dorpshuizen\ntheme: krachtige-vitale-kernen\ntype: knowledge-sharing\nstatus: active\n' +
        'lead:\n  role: beleidsadviseur\n  municipality: Beesel\n---\n\nWe delen ervaringen met dorpshuizen in de kernen.\n',
    );
    expectValid(r, true);
  });

  it('action without a lead', async () => {
    const r = repo();
    const p = scripted([
      { select: 'Status', answer: 'planned' },
      { search: 'Trekker', type: '', answer: '' },
      { input: 'De actie voluit', answer: '' },
      { select: 'Wat wil je doen?', answer: 'save' },
    ]);
    const result = await add(options(r, p, { kind: 'action', title: 'Nieuw', theme: ['wonen'], type: 'lobby', commit: false }));
    expect(r.read(result.file)).toBe('---\ntitle: Nieuw\ntheme: wonen\ntype: lobby\nstatus: planned\n---\n\nNieuw\n');
  });

  it('topic: raised by, role, date and a short description', async () => {
    const r = repo();
    const p = scripted([
      { input: 'Titel van het onderwerp', answer: 'Wet op de dorpsraden' },
      { search: 'Ingebracht door gemeente', type: 'stap', answer: 'Staphorst' },
      { input: 'Rol van wie het inbrengt', answer: 'wethouder' },
      { input: 'Datum', answer: '2026-04-01' },
      { input: 'Korte omschrijving', answer: 'Het kabinet wil dorpsraden regelen.' },
      { select: 'Wat wil je doen?', answer: 'save' },
    ]);
    const result = await add(options(r, p, { kind: 'topic', commit: false }));
    expect(p.left()).toBe(0);
    expect(r.read(result.file)).toBe(
      '---\ntitle: Wet op de dorpsraden\nraised_by:\n  role: wethouder\n  municipality: Staphorst\ndate: "2026-04-01"\nstatus: open\n---\n\nHet kabinet wil dorpsraden regelen.\n',
    );
  });
});
