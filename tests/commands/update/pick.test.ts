/**
 * `k80 update action|practice|topic` without an id: in a terminal the entry is picked by typing part of
 * its title (the picker `k80 score` uses for topics); without a terminal a usage error says how to find ids.
 */
import { describe, expect, it } from 'vitest';
import type { TestRepo } from '../../helpers/repo.js';
import { update, type UpdateOptions } from '../../../src/commands/update/index.js';
import type { Choice, Prompter } from '../../../src/prompts/index.js';
import { pickChoices } from '../../../src/prompts/pick.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { agendaRepo, head, run, scripted, type Step } from '../add/support.js';

const repo = tempRepos(() => agendaRepo());

function options(r: TestRepo, prompter: Prompter | undefined, extra: Partial<UpdateOptions>): UpdateOptions {
  return { kind: 'action', cwd: r.dir, root: r.dir, color: false, interactive: prompter !== undefined, prompter, ...extra };
}

/** A scripted prompter whose search types `term` and takes the choice whose name contains `pick`. */
function picking(term: string, pick: string, steps: Step[]): Prompter & { left: () => number; seen: string[] } {
  const p = scripted(steps);
  const seen: string[] = [];
  return {
    ...p,
    seen,
    async search<T>(o: { message: string; source: (term: string) => ReadonlyArray<Choice<T>> }) {
      seen.push(o.message, ...o.source(term).map((c) => c.name));
      const choice = o.source(term).find((c) => c.name.includes(pick) && !c.separator);
      if (!choice) throw new Error(`no choice with "${pick}" for "${term}"`);
      return choice.value;
    },
  };
}

describe('pickChoices', () => {
  const items = [
    { value: 1, id: 'glasvezel', title: 'Glasvezel in het buitengebied' },
    { value: 2, id: 'dorpsscholen', title: 'Sluiting van dorpsscholen', description: 'Vaals, 2026-01-10' },
  ];
  it('every typed word in the title or id, case and accents ignored; nothing typed: all', () => {
    expect(pickChoices(items, '').map((c) => c.value)).toEqual([1, 2]);
    expect(pickChoices(items, 'BUITEN glas')).toEqual([{ value: 1, name: 'Glasvezel in het buitengebied (glasvezel)' }]);
    expect(pickChoices(items, 'dórpsschol')).toEqual([{ value: 2, name: 'Sluiting van dorpsscholen (dorpsscholen)', description: 'Vaals, 2026-01-10' }]);
  });
  it('nothing found: one line that cannot be picked', () => {
    expect(pickChoices(items, ' zwembad ')).toEqual([{ value: undefined, name: 'Niets gevonden voor "zwembad". Typ een ander deel van de titel.', separator: true }]);
  });
});

describe('k80 update without an id', () => {
  it('in a terminal: search by title, then the usual questions', async () => {
    const r = repo();
    const p = picking('opschaling', 'opschalingskorting', [
      { select: 'Status', answer: 'active' },
      { input: 'Voortgangsnotitie', answer: 'Brief gestuurd.' },
      { confirm: 'Opslaan en vastleggen in git?', answer: true },
    ]);
    const result = await update(options(r, p, {}));
    expect(p.left()).toBe(0);
    expect(p.seen[0]).toBe('Welke actie werk je bij? (typ om te zoeken op titel)');
    expect(p.seen.slice(1)).toEqual(['We blijven inzetten op de totale afschaf van de opschalingskorting (totale-afschaf-opschalingskorting)']);
    expect(result.id).toBe('totale-afschaf-opschalingskorting');
    expect(head(r).message).toBe(
      'Actie bijgewerkt: We blijven inzetten op de totale afschaf van de opschalingskorting (status: lopend)\n\nBrief gestuurd.',
    );
  });

  it('in a terminal with the changes as flags: only the entry is asked', async () => {
    const r = repo();
    const p = picking('opschaling', 'opschalingskorting', []);
    const result = await update(options(r, p, { status: 'done' }));
    expect(p.left()).toBe(0);
    expect(result.to).toBe('done');
  });

  it('without a terminal: exit 2, saying how to find the ids', async () => {
    const r = repo();
    await expect(update(options(r, undefined, { status: 'done' }))).rejects.toMatchObject({
      exitCode: 2,
      message: 'Zeg welke actie je bijwerkt: k80 update action <id> …',
      hint: 'De ids zie je met k80 list actions (een id is de bestandsnaam zonder .md). In een terminal mag je de id weglaten: dan kies je uit een lijst.',
    });
    const cli = run(r, ['update', 'practice', '--note', 'x']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe(
      'Fout: Zeg welk goed voorbeeld je bijwerkt: k80 update practice <id> …\n' +
        'Oplossing: De ids zie je met k80 list practices (een id is de bestandsnaam zonder .md). In een terminal mag je de id weglaten: dan kies je uit een lijst.\n',
    );
  });
});
