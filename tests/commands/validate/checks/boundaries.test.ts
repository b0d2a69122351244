/** The repository checks just inside and just outside their rules: dates around today, theme order, status. */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { dates } from '../../../../src/commands/validate/checks/dates.js';
import { themes } from '../../../../src/commands/validate/checks/themes.js';
import { topicStatus } from '../../../../src/commands/validate/checks/topic-status.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const load = (extra: RawFile[]) =>
  loadContent([{ path: 'agenda/k80.yaml', bytes: MINIMAL_SETTINGS }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() }, ...extra], validators());
const theme = (id: string, section: string, order: number): RawFile => ({
  path: `agenda/themes/${id}.md`,
  bytes: `---\ntitle: ${id}\ntagline: t\nsection: ${section}\norder: ${order}\n---\n`,
});
const brief = (xs: Array<{ file: string; line: number; column: number; severity: string; rule: string }>) =>
  xs.map((x) => `${x.file} ${x.line}:${x.column} ${x.severity} ${x.rule}`);

describe('dates around today', () => {
  const today = '2026-06-01';
  const topic = (date: string, assessed: string) =>
    `---\ntitle: Glasvezel\nraised_by:\n  municipality: Ameland\ndate: "${date}"\nstatus: open\nassessment:\n  date: "${assessed}"\n  by: bestuur\n  framework_version: 1\n  scores: {}\n  total: 1\n  verdict: decline\n---\n`;

  it('today and before are fine, the day after is a warning, in every dated field', () => {
    const content = load([
      { path: 'agenda/practices/vandaag.md', bytes: practiceText({ date: `"${today}"` }) },
      { path: 'agenda/practices/morgen.md', bytes: practiceText({ date: '"2026-06-02"' }) },
      { path: 'agenda/topics/t.md', bytes: topic('2026-05-31', '2026-06-02') },
      { path: 'agenda/topics/u.md', bytes: topic('2027-01-01', today) },
      { path: 'agenda/actions/a.md', bytes: '---\ntitle: Actie\ntheme: wonen\ntype: lobby\nstatus: active\nupdated: "2026-12-31"\n---\n' },
    ]);
    expect(brief(dates(content, { today }))).toEqual([
      'agenda/actions/a.md 6:10 warning date-future',
      'agenda/practices/morgen.md 5:7 warning date-future',
      'agenda/topics/t.md 8:9 warning date-future',
      'agenda/topics/u.md 5:7 warning date-future',
    ]);
  });

  it('a later value that is no real date is left to the schema', () => {
    const content = load([
      { path: 'agenda/practices/a.md', bytes: practiceText({ date: '"2026-06-31"' }) },
      { path: 'agenda/practices/b.md', bytes: practiceText({ date: '"2026-13-01"' }) },
      { path: 'agenda/practices/c.md', bytes: practiceText({ date: '"2026-07-01x"' }) },
      { path: 'agenda/practices/d.md', bytes: practiceText({ date: '"x2026-07-01"' }) },
      { path: 'agenda/practices/e.md', bytes: practiceText({ date: '"2026-7-1"' }) },
      { path: 'agenda/practices/f.md', bytes: practiceText({ date: '"2026-07-01T10:00"' }) },
    ]);
    expect(dates(content, { today })).toEqual([]);
  });
});

describe('theme order', () => {
  it('one duplicate per repeated order, naming the first file', () => {
    const content = load([theme('a', 'A', 1), theme('b', 'A', 1), theme('c', 'A', 1), theme('d', 'A', 2)]);
    const found = themes(content);
    expect(brief(found)).toEqual(['agenda/themes/b.md 5:8 error theme-order-duplicate', 'agenda/themes/c.md 5:8 error theme-order-duplicate']);
    expect(found.map((x) => x.message)).toEqual([expect.stringContaining('agenda/themes/a.md'), expect.stringContaining('agenda/themes/a.md')]);
  });

  it('sections A, B, C in order are fine, also with two themes of one section in a row', () => {
    expect(themes(load([theme('a', 'A', 1), theme('b', 'A', 2), theme('c', 'B', 3), theme('d', 'B', 4), theme('e', 'C', 5)]))).toEqual([]);
  });

  it('a theme of an earlier section after a later one is a warning, measured against the highest section so far', () => {
    const content = load([theme('a', 'A', 1), theme('c', 'C', 2), theme('b', 'B', 3), theme('a2', 'A', 4), theme('c2', 'C', 5)]);
    const found = themes(content);
    expect(brief(found)).toEqual(['agenda/themes/b.md 5:8 warning theme-section-order', 'agenda/themes/a2.md 5:8 warning theme-section-order']);
    expect(found.map((x) => x.message)).toEqual([expect.stringContaining('agenda/themes/c.md'), expect.stringContaining('agenda/themes/c.md')]);
  });

  it('sorts by order, not by file name', () => {
    expect(themes(load([theme('z', 'A', 1), theme('a', 'B', 2)]))).toEqual([]);
  });

  it('names the latest theme of the highest section so far', () => {
    const found = themes(load([theme('a', 'A', 1), theme('c', 'C', 2), theme('c2', 'C', 3), theme('b', 'B', 4)]));
    expect(brief(found)).toEqual(['agenda/themes/b.md 5:8 warning theme-section-order']);
    expect(found[0]!.message).toBe('Dit thema hoort bij onderdeel B maar staat met volgorde 4 na agenda/themes/c2.md (onderdeel C). Houd de onderdelen A, B en C op volgorde.');
  });

  it('counts themes only: another kind with an order (a schema error) takes no place', () => {
    const practice = { path: 'agenda/practices/p.md', bytes: practiceText({ order: '1', section: 'C' }) };
    expect(themes(load([practice, theme('a', 'A', 1), theme('b', 'B', 2)]))).toEqual([]);
  });

  it('a section that is not a string (a list holding A) is no section', () => {
    expect(themes(load([theme('b', 'B', 1), { path: 'agenda/themes/a.md', bytes: '---\ntitle: a\ntagline: t\nsection: [A]\norder: 2\n---\n' }]))).toEqual([]);
  });

  it('leaves themes without a whole-number order, or with another section, out of the section order', () => {
    const content = load([theme('a', 'B', 1), { path: 'agenda/themes/b.md', bytes: '---\ntitle: b\ntagline: t\nsection: A\norder: 1.5\n---\n' }, theme('c', 'AB', 2)]);
    expect(themes(content).map((x) => x.rule)).toEqual([]);
  });
});

describe('topic status against a monitor verdict', () => {
  const topic = (status: string, verdict: string) => ({
    path: 'agenda/topics/t.md',
    bytes: `---\ntitle: Glasvezel\nraised_by:\n  municipality: Ameland\ndate: "2026-03-01"\nstatus: ${status}\nassessment:\n  date: "2026-03-10"\n  by: bestuur\n  framework_version: 1\n  scores: {}\n  total: 50\n  verdict: ${verdict}\n---\n`,
  });

  it('declined or taken up while the weighing says monitor is a choice the board may make: no warning', () => {
    expect(topicStatus(load([topic('declined', 'monitor')]))).toEqual([]);
    expect(topicStatus(load([topic('taken-up', 'monitor')]))).toEqual([]);
    expect(topicStatus(load([topic('assessed', 'monitor')]))).toEqual([]);
  });

  it('an empty assessment (null) is not a weighing to compare with, and not missing either: the schema reports it', () => {
    const empty = (status: string) => ({
      path: 'agenda/topics/t.md',
      bytes: `---\ntitle: Glasvezel\nraised_by:\n  municipality: Ameland\ndate: "2026-03-01"\nstatus: ${status}\nassessment:\n---\n`,
    });
    expect(topicStatus(load([empty('declined')]))).toEqual([]);
    expect(topicStatus(load([empty('assessed')]))).toEqual([]);
  });

  it('looks at topics only', () => {
    const action = { path: 'agenda/actions/a.md', bytes: '---\ntitle: Actie\ntheme: wonen\ntype: lobby\nstatus: assessed\n---\n' };
    expect(topicStatus(load([action]))).toEqual([]);
  });
});
