/**
 * Warnings at the question they belong to, from the same logic as `k80 validate`'s checks: a non-member at
 * the municipality question (with the nearest member), a personal-looking e-mail address at the contact
 * question, a future date at the date question. Each is asked about; "no" asks the question again.
 */
import { describe, expect, it } from 'vitest';
import type { TestRepo } from '../../helpers/repo.js';
import type { Prompter } from '../../../src/prompts/index.js';
import { add, type AddOptions } from '../../../src/commands/add/index.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { agendaRepo, scripted } from './support.js';

const repo = tempRepos(() => agendaRepo());

function options(r: TestRepo, prompter: Prompter, extra: Partial<AddOptions> = {}): AddOptions {
  return { cwd: r.dir, root: r.dir, color: false, interactive: true, prompter, commit: false, ...extra } as AddOptions;
}

describe('warnings at the question', () => {
  it('a non-member names the nearest member; a personal address and a future date are asked about, and asked again', async () => {
    const r = repo();
    const p = scripted([
      { search: 'Gemeente', type: 'Amelant', answer: 'Amelant' },
      { confirm: 'Amelant staat niet in de ledenlijst (bedoelde je `Ameland`?). Toch gebruiken?', answer: false },
      { search: 'Gemeente', type: 'amel', answer: 'Ameland' },
      { input: 'Trefwoorden', answer: '' },
      { input: 'Link met meer informatie', answer: '' },
      { input: 'Contact: rol', answer: 'Beleidsadviseur' },
      { input: 'Contact: gemeente', answer: '' },
      { input: 'Contact: naam', answer: '' },
      { input: 'Contact: functionele mailbox', answer: 'j.de.vries@ameland.nl' },
      { confirm: 'Dit adres toch gebruiken?', answer: false },
      { input: 'Contact: functionele mailbox', answer: 'duurzaam@ameland.nl' },
      { input: 'Datum', answer: '2999-01-01' },
      { confirm: 'Deze datum toch gebruiken?', answer: false },
      { input: 'Datum', answer: '2025-06-01' },
      { confirm: 'De tekst nu schrijven in je editor?', answer: false },
      { select: 'Wat wil je doen?', answer: 'save' },
    ]);
    const result = await add(options(r, p, { kind: 'practice', title: 'Dorpsbudget', theme: ['financien'], summary: 'Een budget per kern.' }));
    expect(p.left()).toBe(0);
    expect(p.said).toContain(
      "Waarschuwing: 'j.de.vries@ameland.nl' lijkt een persoonlijk e-mailadres. De repository is openbaar: gebruik een functionele mailbox (bijvoorbeeld info@… of secretariaat@…).",
    );
    expect(p.said).toContain('Waarschuwing: De datum 2999-01-01 ligt in de toekomst. Klopt het jaartal?');
    expect(r.read(result.file)).toContain('municipality: Ameland\n');
    expect(r.read(result.file)).toContain('  email: duurzaam@ameland.nl\n');
    expect(r.read(result.file)).toContain('date: "2025-06-01"\n');
    expect(result.warnings).toEqual([]);
  });

  it('confirmed, the value stays and the warning is given again with the file', async () => {
    const r = repo();
    const p = scripted([
      { input: 'Datum', answer: '2999-01-01' },
      { confirm: 'Deze datum toch gebruiken?', answer: true },
      { input: 'Korte omschrijving', answer: '' },
      { select: 'Wat wil je doen?', answer: 'save' },
    ]);
    const result = await add(options(r, p, { kind: 'topic', title: 'Dorpsraden', municipality: 'Ameland', role: 'wethouder' }));
    expect(p.left()).toBe(0);
    expect(r.read(result.file)).toContain('date: "2999-01-01"\n');
    expect(result.warnings.map((w) => w.rule)).toEqual(['date-future']);
  });
});
