/** Municipalities against the member list (every place one is named) and the member list against the map. */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { members, notMember } from '../../../../src/commands/validate/checks/members.js';
import { mapMembers } from '../../../../src/commands/validate/checks/map.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const load = (extra: RawFile[], settings = MINIMAL_SETTINGS) =>
  loadContent([{ path: 'agenda/k80.yaml', bytes: settings }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() }, ...extra], validators());
const brief = (xs: Array<{ file: string; line: number; column: number; severity: string; rule: string; path?: unknown; candidate?: string }>) =>
  xs.map((x) => `${x.file} ${x.line}:${x.column} ${x.severity} ${x.rule} ${JSON.stringify(x.path)}${x.candidate ? ` ${x.candidate}` : ''}`);

describe('notMember', () => {
  it('nothing for a member; for another name the message and the nearest member', () => {
    expect(notMember('Vaals', ['Ameland', 'Vaals'])).toBeUndefined();
    expect(notMember('Vals', ['Ameland', 'Vaals'])).toEqual({
      message: "'Vals' staat niet in de ledenlijst (agenda/k80.yaml). Controleer de schrijfwijze; is het een nieuw lid, vraag het secretariaat de lijst aan te vullen.",
      candidate: 'Vaals',
      suggestion: 'bedoelde je `Vaals`?',
    });
    expect(notMember('Groningen', ['Ameland', 'Vaals'])).toEqual({ message: expect.stringContaining("'Groningen'") });
  });
});

describe('members', () => {
  it("a theme's portfolio holder and official lead are places too", () => {
    const theme = '---\ntitle: Wonen\ntagline: t\nsection: B\norder: 3\nportfolio_holder:\n  role: wethouder\n  municipality: Amelan\nofficial_lead:\n  role: adviseur\n  municipality: Vaals\n---\n';
    const other = theme.replace('Amelan', 'Ameland').replace('municipality: Vaals', 'municipality: Bessel');
    expect(brief(members(load([{ path: 'agenda/themes/a.md', bytes: theme }, { path: 'agenda/themes/b.md', bytes: other }])))).toEqual([
      'agenda/themes/a.md 8:17 warning municipality-not-member ["portfolio_holder","municipality"] Ameland',
      'agenda/themes/b.md 11:17 warning municipality-not-member ["official_lead","municipality"] Beesel',
    ]);
  });

  it('members are quiet in every place', () => {
    const topic = '---\ntitle: Onderwerp\nraised_by:\n  municipality: Beesel\ndate: "2026-01-01"\nstatus: open\n---\n';
    const action = '---\ntitle: Actie\ntheme: wonen\ntype: lobby\nstatus: planned\nlead:\n  municipality: Vaals\n---\n';
    const practice = practiceText({ contact: '\n  role: adviseur\n  municipality: Vaals' });
    expect(members(load([{ path: 'agenda/topics/t.md', bytes: topic }, { path: 'agenda/actions/a.md', bytes: action }, { path: 'agenda/practices/p.md', bytes: practice }]))).toEqual([]);
  });

  it('without a member list (k80.yaml has an error) nothing is compared', () => {
    const content = load([{ path: 'agenda/practices/p.md', bytes: practiceText({ municipality: 'Groningen' }) }], MINIMAL_SETTINGS.replace(/members:[^]*$/, 'members: Ameland\n'));
    expect(content.settings).toBeUndefined();
    expect(members(content)).toEqual([]);
  });
});

describe('mapMembers', () => {
  const MAP = [{ code: 'GM0060', name: 'Ameland' }, { code: 'GM0981', name: 'Vaals' }, { code: 'GM0888', name: 'Beesel' }];
  const settings = (list: string[]) => MINIMAL_SETTINGS.replace(/members:[^]*$/, `members:\n${list.map((x) => `  - ${x}\n`).join('')}`);
  const check = (list: string[], mapNames: typeof MAP | undefined) => mapMembers(load([], settings(list)), { today: '2026-06-01', mapNames });

  it('a member known by its name or its code, in any case, is on the map', () => {
    expect(check(['Ameland', 'gm0981', 'BEESEL', 'GM0888'], MAP)).toEqual([]);
  });

  it('a member that is neither: a warning at its line in k80.yaml, with the nearest map name', () => {
    const found = check(['Ameland', 'Vals', 'Groningen'], MAP);
    expect(brief(found)).toEqual([
      'agenda/k80.yaml 7:5 warning member-not-on-map ["members",1] Vaals',
      'agenda/k80.yaml 8:5 warning member-not-on-map ["members",2]',
    ]);
    expect(found[0]!.message).toContain('De gemeente Vals in de ledenlijst staat niet op de kaart');
    expect(found[0]!.suggestion).toBe('bedoelde je `Vaals`?');
  });

  it('without map names (or an empty list, or no member list) it is skipped', () => {
    expect(check(['Groningen'], undefined)).toEqual([]);
    expect(check(['Groningen'], [])).toEqual([]);
    const content = load([], MINIMAL_SETTINGS.replace(/members:[^]*$/, 'members: Ameland\n'));
    expect(mapMembers(content, { today: '2026-06-01', mapNames: MAP })).toEqual([]);
  });
});
