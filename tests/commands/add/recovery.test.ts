/**
 * The editor's text is never lost: `k80 add` keeps it in a recovery file when it stops before saving, and
 * the next `k80 add` of that kind offers it. In process, the prompt layer replaced by a script of answers;
 * real repository, real files.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestRepo } from '../../helpers/repo.js';
import { CancelledError } from '../../../src/core/errors.js';
import type { Prompter } from '../../../src/prompts/index.js';
import { recoveryPath } from '../../../src/prompts/recovery.js';
import { add, type AddOptions } from '../../../src/commands/add/index.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { agendaRepo, gitState, scripted } from './support.js';

const repo = tempRepos(() => agendaRepo());

function options(r: TestRepo, prompter: Prompter, extra: Partial<AddOptions> = {}): AddOptions {
  return {
    kind: 'practice', cwd: r.dir, root: r.dir, color: false, interactive: true, prompter,
    title: 'Dorpsbudget', municipality: 'Ameland', theme: ['financien'], summary: 'Elke kern een budget.',
    date: '2026-03-05', ...extra,
  } as AddOptions;
}

const TEXT = '## Wat is het?\n\nEen budget per kern, met veel zorg geschreven.\n';

/** The form's optional questions after the flags, up to and with the editor. */
const untilEditor = [
  { input: 'Trefwoorden', answer: '' },
  { input: 'Link met meer informatie', answer: '' },
  { input: 'Contact: rol', answer: '' },
  { confirm: 'De tekst nu schrijven in je editor?', answer: true },
  { editor: 'Tekst', answer: TEXT },
] as const;

describe('k80 add keeps the editor text', () => {
  it('"Afbreken" at the preview: the text is in the recovery file, its path is said, nothing else written', async () => {
    const r = repo();
    const before = gitState(r);
    const p = scripted([...untilEditor, { select: 'Wat wil je doen?', answer: 'cancel' }]);
    await expect(add(options(r, p))).rejects.toBeInstanceOf(CancelledError);
    const file = recoveryPath(r.dir, 'practice');
    expect(file).toBe(join(r.dir, '.git', 'k80', 'herstel', 'practice.md'));
    expect(readFileSync(file, 'utf8')).toBe(TEXT);
    expect(p.said.join('\n')).toContain(`Je tekst uit de editor is bewaard in ${file}\nStart je opnieuw met k80 add practice`);
    expect(gitState(r)).toEqual(before);
    expect(gitState(r).status).toBe('');
  });

  it('the next add offers it; used, it becomes the text of the entry and the recovery file is removed after the save', async () => {
    const r = repo();
    await expect(add(options(r, scripted([...untilEditor, { select: 'Wat wil je doen?', answer: 'cancel' }])))).rejects.toBeInstanceOf(CancelledError);
    const file = recoveryPath(r.dir, 'practice');
    const p = scripted([
      { select: 'Die tekst gebruiken?', answer: true as unknown as string },
      { input: 'Trefwoorden', answer: '' },
      { input: 'Link met meer informatie', answer: '' },
      { input: 'Contact: rol', answer: '' },
      { select: 'Wat wil je doen?', answer: 'save' },
    ]);
    const result = await add(options(r, p));
    expect(p.left()).toBe(0);
    expect(p.said[0]).toBe(`Je hebt nog tekst van de vorige keer, die niet is opgeslagen. Die staat in ${file}`);
    expect(r.read(result.file).endsWith(`---\n\n${TEXT}`)).toBe(true);
    expect(existsSync(file)).toBe(false);
  });

  it('thrown away at the offer: the file is removed and the form starts afresh', async () => {
    const r = repo();
    await expect(add(options(r, scripted([...untilEditor, { select: 'Wat wil je doen?', answer: 'cancel' }])))).rejects.toBeInstanceOf(CancelledError);
    const file = recoveryPath(r.dir, 'practice');
    const p = scripted([
      { select: 'Die tekst gebruiken?', answer: false as unknown as string },
      { input: 'Trefwoorden', answer: '' },
      { input: 'Link met meer informatie', answer: '' },
      { input: 'Contact: rol', answer: '' },
      { confirm: 'De tekst nu schrijven in je editor?', answer: false },
      { select: 'Wat wil je doen?', answer: 'cancel' },
    ]);
    await expect(add(options(r, p))).rejects.toBeInstanceOf(CancelledError);
    expect(p.left()).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it('Ctrl-C before the editor was used keeps nothing; an untouched template is not kept either', async () => {
    const r = repo();
    const file = recoveryPath(r.dir, 'practice');
    const early = scripted([{ input: 'Trefwoorden', answer: '' }]);
    early.input = () => Promise.reject(new CancelledError('Afgebroken. Er is niets geschreven.'));
    await expect(add(options(r, early))).rejects.toBeInstanceOf(CancelledError);
    expect(existsSync(file)).toBe(false);
    const { practiceTemplate } = await import('../../../src/commands/add/draft.js');
    const template = scripted([
      ...untilEditor.slice(0, 4),
      { editor: 'Tekst', answer: practiceTemplate() },
      { select: 'Wat wil je doen?', answer: 'cancel' },
    ]);
    await expect(add(options(r, template))).rejects.toBeInstanceOf(CancelledError);
    expect(existsSync(file)).toBe(false);
  });
});
