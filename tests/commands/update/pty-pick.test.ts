/** `k80 update action` without an id in a pseudo-terminal (the built CLI, the real prompts): pick by title. */
import { describe, expect, it } from 'vitest';
import { hasPty, k80Pty, KEY } from '../../helpers/pty.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { today } from '../../../src/content/entry-text.js';
import { agendaRepo, head, isolatedGitEnv } from '../add/support.js';

const repo = tempRepos(() => agendaRepo());

describe.skipIf(!hasPty)('k80 update without an id, in a terminal', () => {
  it('type part of the title, pick with Enter, then the usual questions', () => {
    const r = repo();
    const res = k80Pty(
      ['update', 'action'],
      [
        { expect: 'Welke actie werk je bij? (typ om te zoeken op titel)', send: 'opschaling', settle: 0.3 },
        { expect: 'opschalingskorting (totale-afschaf-opschalingskorting)', send: KEY.enter, settle: 0.5 },
        { expect: 'Status', send: KEY.down },
        { expect: 'Lopend', send: KEY.enter },
        { expect: 'Voortgangsnotitie (mag leeg)', send: ['Brief gestuurd.', KEY.enter] },
        { expect: 'Opslaan en vastleggen in git? (J/n)', send: ['j', KEY.enter] },
        { expect: 'Vastgelegd in commit' },
      ],
      { cwd: r.dir, env: isolatedGitEnv() },
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

  it('a search that finds nothing: Enter picks nothing, another word finds it', () => {
    const r = repo();
    const res = k80Pty(
      ['update', 'action', '--note', 'Gesprek gehad.', '--yes'],
      [
        { expect: 'Welke actie werk je bij?', send: 'zwembad', settle: 0.3 },
        { expect: 'Niets gevonden voor "zwembad"', send: KEY.enter, settle: 0.3 },
        { expect: 'Welke actie werk je bij?', send: [...Array(7).fill(KEY.backspace), 'opschaling'], pause: 0.05 },
        { expect: '(totale-afschaf-opschalingskorting)', send: KEY.enter, settle: 0.5 },
        { expect: 'Vastgelegd in commit' },
      ],
      { cwd: r.dir, env: isolatedGitEnv() },
    );
    expect(res.failed, res.output).toBeNull();
    expect(res.code, res.output).toBe(0);
    expect(head(r).files).toEqual(['agenda/actions/totale-afschaf-opschalingskorting.md']);
  }, 150_000);
});
