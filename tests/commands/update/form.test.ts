/** The interactive flow of `k80 update`, in process, with the prompt layer replaced by a script of answers. */
import { describe, expect, it } from 'vitest';
import { practiceText, type TestRepo } from '../../helpers/repo.js';
import { update, type UpdateOptions } from '../../../src/commands/update/index.js';
import type { Prompter } from '../../../src/prompts/index.js';
import { today } from '../../../src/content/entry-text.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { agendaRepo, expectValid, head, scripted } from '../add/support.js';

const PRACTICE = 'agenda/practices/dorpsplan-met-inwoners.md';

const repo = tempRepos((): TestRepo => {
  const r = agendaRepo();
  r.write(PRACTICE, practiceText());
  r.commit('Voorbeeld', '2026-02-01T10:00:00+01:00');
  return r;
});

function options(r: TestRepo, prompter: Prompter, extra: Partial<UpdateOptions>): UpdateOptions {
  return { kind: 'action', id: '', cwd: r.dir, root: r.dir, color: false, interactive: true, prompter, ...extra };
}

describe('k80 update, interactively', () => {
  it('practice: keeps the title on enter, changes the summary, adds a note', async () => {
    const r = repo();
    const p = scripted([
      { input: 'Titel (enter = ongewijzigd)', answer: '' },
      { input: 'Samenvatting (enter = ongewijzigd)', answer: 'Nieuwe samenvatting.', reject: ['', 'x'.repeat(281)] },
      { input: 'Voortgangsnotitie', answer: 'Tweede dorp doet mee.' },
      { confirm: 'Opslaan en vastleggen in git?', answer: true },
    ]);
    const result = await update(options(r, p, { kind: 'practice', id: 'dorpsplan-met-inwoners' }));
    expect(p.left()).toBe(0);
    expect(result.changed).toBe(true);
    expect(r.read(PRACTICE)).toBe(
      practiceText({ summary: 'Nieuwe samenvatting.' }).replace(/\n$/, '') + `\n\n## Voortgang\n\n- ${today()}: Tweede dorp doet mee.\n`,
    );
    expect(head(r).message).toBe('Goed voorbeeld bijgewerkt: Dorpsplan met inwoners (voortgang)\n\nTweede dorp doet mee.');
    await expectValid(r, true);
  });

  it('action: choosing the current status again without a note changes nothing', async () => {
    const r = repo();
    const p = scripted([
      { select: 'Status', answer: 'planned' },
      { input: 'Voortgangsnotitie', answer: '' },
    ]);
    const result = await update(options(r, p, { id: 'totale-afschaf-opschalingskorting' }));
    expect(p.left()).toBe(0);
    expect(result.changed).toBe(false);
    expect(head(r).message).toBe('Voorbeeld');
  });

  it('an id written as words gets the nearest id: "bedoelde je"', async () => {
    const r = repo();
    const p = scripted([]);
    await expect(update(options(r, p, { id: 'Totale afschaf', status: 'done' }))).rejects.toMatchObject({
      exitCode: 2,
      hint: 'bedoelde je totale-afschaf-opschalingskorting?',
    });
  });
});
