/**
 * The forgiving form of `k80 add`, end to end in a pseudo-terminal (the built CLI, the real prompts): the
 * preview's "Iets aanpassen" keeps every other answer, the editor's text survives "Afbreken" and is offered
 * by the next add, and Enter on an empty municipality search picks nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestRepo } from '../../helpers/repo.js';
import { hasPty, k80Pty, KEY, type PtyResult, type Step } from '../../helpers/pty.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { agendaRepo, gitState, head, isolatedGitEnv } from './support.js';

const { enter: ENTER, down: DOWN } = KEY;
const repo = tempRepos(() => agendaRepo());

const editors: string[] = [];
afterAll(() => {
  for (const dir of editors) rmSync(dir, { recursive: true, force: true });
});

/** An $EDITOR that writes a fixed text into the file it is given. */
function fakeEditor(text: string): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'k80-editor-'));
  editors.push(dir);
  const script = join(dir, 'editor.sh');
  writeFileSync(script, `#!/bin/sh\ncat > "$1" <<'EOF'\n${text}EOF\n`);
  chmodSync(script, 0o755);
  return { EDITOR: script, VISUAL: script };
}

function terminal(r: TestRepo, args: string[], steps: Step[], env: NodeJS.ProcessEnv = {}): PtyResult {
  return k80Pty(args, steps, { cwd: r.dir, env: { ...isolatedGitEnv(), ...env } });
}

const FLAGS = ['add', 'practice', '--municipality', 'Ameland', '--theme', 'wonen', '--summary', 'Inwoners bouwen samen.', '--date', '2026-02-01'];
const TEXT = '## Wat is het?\n\nZorgvuldig geschreven tekst.\n';

/** The optional questions after the flags, up to the editor (which writes TEXT). */
const UNTIL_PREVIEW: Step[] = [
  { expect: 'Trefwoorden', send: ['kernen', ENTER] },
  { expect: 'Link met meer informatie', send: ['https://example.org/plan', ENTER] },
  { expect: 'Nog een link', send: ENTER },
  { expect: 'Contact: rol', send: ['Dorpscoördinator', ENTER] },
  { expect: 'Contact: gemeente', send: ENTER },
  { expect: 'Contact: naam', send: ENTER },
  { expect: 'Contact: functionele mailbox', send: ['wonen@example.org', ENTER] },
  { expect: 'De tekst nu schrijven in je editor?', send: ['j', ENTER] },
  { expect: 'Zorgvuldig geschreven tekst.' },
  { expect: 'Afbreken (er wordt niets geschreven)' },
];

const EXPECTED = (title: string): string =>
  [
    '---',
    `title: ${title}`,
    'municipality: Ameland',
    'themes:',
    '  - wonen',
    'date: "2026-02-01"',
    'summary: Inwoners bouwen samen.',
    'tags:',
    '  - kernen',
    'contact:',
    '  role: Dorpscoördinator',
    '  email: wonen@example.org',
    'links:',
    '  - https://example.org/plan',
    '---',
    '',
    TEXT,
  ].join('\n');

describe.skipIf(!hasPty)('k80 add forgives, in a terminal', () => {
  it('"Iets aanpassen": the title answered again, every other answer (and the editor text) kept', () => {
    const r = repo();
    const res = terminal(
      r,
      [...FLAGS, '--title', 'Eerste titel'],
      [
        ...UNTIL_PREVIEW.slice(0, -1),
        { expect: 'Afbreken (er wordt niets geschreven)', send: [DOWN, ENTER] },
        { expect: 'Wat wil je aanpassen?', send: ENTER },
        { expect: 'Titel van het voorbeeld', send: ['Dorpsplan Ameland', ENTER] },
        { expect: 'Dit wordt agenda/practices/dorpsplan-ameland.md:' },
        { expect: 'Afbreken (er wordt niets geschreven)', send: ENTER },
        { expect: 'Vastgelegd in commit' },
      ],
      fakeEditor(TEXT),
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code, res.output).toBe(0);
    expect(r.read('agenda/practices/dorpsplan-ameland.md')).toBe(EXPECTED('Dorpsplan Ameland'));
    expect(existsSync(join(r.dir, 'agenda/practices/eerste-titel.md'))).toBe(false);
    expect(head(r).files).toEqual(['agenda/practices/dorpsplan-ameland.md']);
  }, 150_000);

  it('"Afbreken" keeps the editor text in a recovery file; the next add offers it and uses it', () => {
    const r = repo();
    const kept = join(r.dir, '.git', 'k80', 'herstel', 'practice.md');
    const first = terminal(
      r,
      [...FLAGS, '--title', 'Dorpsplan'],
      [...UNTIL_PREVIEW.slice(0, -1), { expect: 'Afbreken (er wordt niets geschreven)', send: [DOWN, DOWN, ENTER] }],
      fakeEditor(TEXT),
    );
    expect(first.failed, first.output).toBeNull();
    expect(first.code).toBe(130);
    expect(first.output).toContain(`Je tekst uit de editor is bewaard in ${kept}`);
    expect(first.output).toContain('Start je opnieuw met k80 add practice, dan kun je die tekst weer gebruiken.');
    expect(existsSync(kept)).toBe(true);
    expect(gitState(r).status).toBe('');

    // the next add: an editor that would write something else is never opened, the kept text is used
    const second = terminal(
      r,
      [...FLAGS, '--title', 'Dorpsplan'],
      [
        { expect: 'Je hebt nog tekst van de vorige keer, die niet is opgeslagen.' },
        { expect: 'Die tekst gebruiken?' },
        { expect: 'Nee, weggooien en opnieuw beginnen', send: ENTER },
        ...UNTIL_PREVIEW.slice(0, 7),
        { expect: 'Zorgvuldig geschreven tekst.' },
        { expect: 'Afbreken (er wordt niets geschreven)', send: ENTER },
        { expect: 'Vastgelegd in commit' },
      ],
      fakeEditor('Andere tekst.\n'),
    );
    expect(second.failed, second.output).toBeNull();
    expect(second.code, second.output).toBe(0);
    expect(r.read('agenda/practices/dorpsplan.md')).toBe(EXPECTED('Dorpsplan'));
    expect(existsSync(kept)).toBe(false);
  }, 150_000);

  it('Enter on an empty municipality search picks nothing; typing then finds the member', () => {
    const r = repo();
    const res = terminal(
      r,
      ['add', 'topic', '--yes', '--title', 'Dorpsraden'],
      [
        { expect: 'Typ een deel van de naam; kies daarna met ↑↓ en Enter.', send: ENTER },
        { expect: 'Ingebracht door gemeente', send: 'amel', settle: 0.5 },
        { expect: 'Ameland', send: ENTER },
        { expect: 'Vastgelegd in commit' },
      ],
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code, res.output).toBe(0);
    expect(res.output).not.toContain('Alphen-Chaam');
    expect(r.read('agenda/topics/dorpsraden.md')).toContain('  municipality: Ameland\n');
  }, 150_000);
});
