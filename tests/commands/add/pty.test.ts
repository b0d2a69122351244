/**
 * The interactive path, truly end to end: the built CLI in a pseudo-terminal (python3's pty), typed at
 * through the real @inquirer/prompts, including Ctrl-C and Escape.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestRepo } from '../../helpers/repo.js';
import { hasPty, k80Pty, KEY, type PtyResult, type Step } from '../../helpers/pty.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { today } from '../../../src/content/entry-text.js';
import { agendaRepo, expectValid, gitState, head, isolatedGitEnv } from './support.js';

const { enter: ENTER, ctrlC: CTRL_C, escape: ESC, down: DOWN, backspace: BACKSPACE } = KEY;

const repo = tempRepos(() => agendaRepo());

/** The CLI in a pseudo-terminal in the repository; git sees no machine-wide configuration. */
function terminal(r: TestRepo, args: string[], steps: Step[], env: NodeJS.ProcessEnv = {}): PtyResult {
  return k80Pty(args, steps, { cwd: r.dir, env: { ...isolatedGitEnv(), ...env } });
}

/** An $EDITOR that writes a fixed text into the file it is given. */
const editors: string[] = [];
afterAll(() => {
  for (const d of editors.splice(0)) rmSync(d, { recursive: true, force: true });
});
function fakeEditor(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'k80-editor-'));
  editors.push(dir);
  const script = join(dir, 'editor.sh');
  writeFileSync(script, `#!/bin/sh\ncat > "$1" <<'EOF'\n${text}EOF\n`);
  chmodSync(script, 0o755);
  return script;
}

describe.skipIf(!hasPty)('k80 add in a terminal', () => {
  it('add practice: the whole form, the preview, confirm → written and committed', async () => {
    const r = repo();
    const editor = fakeEditor('## Wat is het?\n\nGeschreven in de editor.\n');
    const res = terminal(
      r,
      ['add', 'practice'],
      [
        { expect: 'Titel van het voorbeeld', send: ['Dorpsplan Ameland', ENTER] },
        { expect: 'Gemeente (typ om te zoeken)', send: 'amel' },
        { expect: 'amel (geen lid van het netwerk)', send: ENTER },
        { expect: "Thema's", send: [DOWN, ' ', DOWN, DOWN, ' ', ENTER] },
        { expect: 'Samenvatting in één zin', send: 'Inwoners schrijven samen een dorpsplan.' },
        { expect: '(39/280)', send: ENTER },
        { expect: 'Trefwoorden', send: ['dorpsplan, burgerkracht', ENTER] },
        { expect: 'Link met meer informatie', send: ['ftp://x', ENTER] },
        { expect: 'Een link begint met https://', send: [...Array(7).fill(BACKSPACE), 'https://example.org/dorpsplan', ENTER] },
        { expect: 'Nog een link', send: ENTER },
        { expect: 'de repository is openbaar' },
        { expect: 'Contact: rol', send: ['Dorpscoördinator', ENTER] },
        { expect: 'Contact: gemeente', send: ENTER },
        { expect: 'Contact: naam', send: ENTER },
        { expect: 'Contact: functionele mailbox', send: ['kernen@example.org', ENTER] },
        { expect: 'Datum (JJJJ-MM-DD)', send: ENTER },
        { expect: 'De tekst nu schrijven in je editor?', send: ['j', ENTER] },
        { expect: 'Dit wordt agenda/practices/dorpsplan-ameland.md:' },
        { expect: 'Afbreken (er wordt niets geschreven)', send: ENTER },
      ],
      { EDITOR: editor, VISUAL: editor },
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code, res.output).toBe(0);
    expect(res.output).toContain('Vastgelegd in commit');
    expect(res.output.trimEnd().split('\n').at(-1)).toBe('agenda/practices/dorpsplan-ameland.md');
    expect(r.read('agenda/practices/dorpsplan-ameland.md')).toBe(
      [
        '---',
        'title: Dorpsplan Ameland',
        'municipality: Ameland',
        'themes:',
        '  - krachtige-vitale-kernen',
        '  - sociaal-domein',
        `date: "${today()}"`,
        'summary: Inwoners schrijven samen een dorpsplan.',
        'tags:',
        '  - dorpsplan',
        '  - burgerkracht',
        'contact:',
        '  role: Dorpscoördinator',
        '  email: kernen@example.org',
        'links:',
        '  - https://example.org/dorpsplan',
        '---',
        '',
        '## Wat is het?',
        '',
        'Geschreven in de editor.',
        '',
      ].join('\n'),
    );
    expect(head(r)).toEqual({
      files: ['agenda/practices/dorpsplan-ameland.md'],
      message: 'Goed voorbeeld toegevoegd: Dorpsplan Ameland (Ameland)',
      parents: 1,
    });
    expect(gitState(r).status).toBe('');
    await expectValid(r, true);
  }, 150_000);

  it('a non-member municipality only after a confirmation', async () => {
    const r = repo();
    const res = terminal(
      r,
      ['add', 'topic', '--yes'],
      [
        { expect: 'Titel van het onderwerp', send: ['Wet op de dorpsraden', ENTER] },
        { expect: 'Ingebracht door gemeente', send: 'Utrecht' },
        { expect: 'Utrecht (geen lid van het netwerk)', send: ENTER },
        { expect: 'Utrecht staat niet in de ledenlijst. Toch gebruiken? (j/N)', send: ENTER },
        { expect: 'Ingebracht door gemeente', send: 'Utrecht' },
        { expect: 'Utrecht (geen lid van het netwerk)', send: ENTER },
        { expect: 'Toch gebruiken? (j/N)', send: ['ja', ENTER] },
      ],
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code, res.output).toBe(0);
    expect(r.read('agenda/topics/wet-op-de-dorpsraden.md')).toBe(
      `---\ntitle: Wet op de dorpsraden\nraised_by:\n  municipality: Utrecht\ndate: "${today()}"\nstatus: open\n---\n`,
    );
  }, 150_000);

  it('Ctrl-C: exit 130, nothing written, git status clean', async () => {
    const r = repo();
    const before = gitState(r);
    const res = terminal(
      r,
      ['add', 'practice'],
      [
        { expect: 'Titel van het voorbeeld', send: ['Dorpsplan Ameland', ENTER] },
        { expect: 'Gemeente (typ om te zoeken)', send: 'Ame' },
        { expect: 'Ameland', send: CTRL_C },
      ],
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code).toBe(130);
    expect(res.output).toContain('Afgebroken. Er is niets geschreven.');
    expect(gitState(r)).toEqual(before);
    expect(gitState(r).status).toBe('');
  }, 150_000);

  it('Escape in the themes list: exit 130, nothing written', async () => {
    const r = repo();
    const res = terminal(
      r,
      ['add', 'practice', '--title', 'Dorpsplan', '--municipality', 'Ameland'],
      [{ expect: "Thema's", send: [' ', ESC], pause: 0.8 }],
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code).toBe(130);
    expect(res.output).toContain('Afgebroken. Er is niets geschreven.');
    expect(gitState(r).status).toBe('');
  }, 150_000);

  it('"Iets aanpassen" at the preview: one field answered again, every other answer kept', async () => {
    const r = repo();
    const res = terminal(
      r,
      ['add', 'action', '--title', 'Nieuwe actie', '--theme', 'wonen', '--type', 'lobby', '--status', 'planned', '--municipality', 'Vaals', '--role', 'wethouder'],
      [
        { expect: 'De actie voluit', send: ['Eerste tekst.', ENTER] },
        { expect: 'Afbreken (er wordt niets geschreven)', send: [DOWN, ENTER] },
        { expect: 'Wat wil je aanpassen?', send: [DOWN, DOWN, DOWN, ENTER] },
        { expect: 'Lopend', send: [DOWN, ENTER] },
        { expect: 'status: active', send: ENTER },
      ],
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code, res.output).toBe(0);
    expect(r.read('agenda/actions/nieuwe-actie.md')).toBe(
      '---\ntitle: Nieuwe actie\ntheme: wonen\ntype: lobby\nstatus: active\nlead:\n  role: wethouder\n  municipality: Vaals\n---\n\nEerste tekst.\n',
    );
  }, 150_000);

  it('saying no at the preview: exit 130, nothing written', async () => {
    const r = repo();
    const res = terminal(
      r,
      ['add', 'action', '--title', 'Nieuwe actie', '--theme', 'wonen', '--type', 'lobby', '--status', 'planned', '--municipality', 'Vaals'],
      [
        { expect: 'De actie voluit', send: ENTER },
        { expect: 'Afbreken (er wordt niets geschreven)', send: [DOWN, DOWN, ENTER] },
      ],
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code).toBe(130);
    expect(gitState(r).status).toBe('');
  }, 150_000);

  it('update action: status and note from the form', async () => {
    const r = repo();
    const res = terminal(
      r,
      ['update', 'action', 'totale-afschaf-opschalingskorting'],
      [
        { expect: 'Status', send: DOWN },
        { expect: 'Lopend', send: ENTER },
        { expect: 'Voortgangsnotitie (mag leeg)', send: ['Brief gestuurd.', ENTER] },
        { expect: 'Opslaan en vastleggen in git? (J/n)', send: ['j', ENTER] },
      ],
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code, res.output).toBe(0);
    expect(head(r).message).toBe(
      'Actie bijgewerkt: We blijven inzetten op de totale afschaf van de opschalingskorting (status: lopend)\n\nBrief gestuurd.',
    );
    expect(r.read('agenda/actions/totale-afschaf-opschalingskorting.md')).toContain(
      `## Voortgang\n\n- ${today()}: Status van gepland naar lopend. Brief gestuurd.\n`,
    );
  }, 150_000);
});
