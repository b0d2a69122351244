/**
 * The personal-data check on hostile text: linear time (compared with a normal file of the same size, a
 * ratio and not an absolute time), the same addresses as before, functional mailboxes by words, stems and
 * k80.yaml's own list.
 */
import { describe, expect, it } from 'vitest';
import { loadContent, type Content, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { findEmails, personal } from '../../../../src/commands/validate/checks/personal.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const THEMES: RawFile[] = [{ path: 'agenda/themes/wonen.md', bytes: '---\ntitle: Wonen\ntagline: t\nsection: B\norder: 3\n---\n' }];
function load(extra: RawFile[], settings = MINIMAL_SETTINGS): Content {
  return loadContent([{ path: 'agenda/k80.yaml', bytes: settings }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() }, ...THEMES, ...extra], validators());
}

/** The fastest of a few runs of `fn`, in milliseconds. */
function fastest(fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('finding e-mail addresses', () => {
  it('finds what the old pattern found', () => {
    expect(findEmails('Mail wonen@ameland.nl of j.jansen@vaals.nl. En a@b, x@y.z, @geen.nl, info@sub.gemeente.nl.').map((x) => x.address)).toEqual([
      'wonen@ameland.nl', 'j.jansen@vaals.nl', 'info@sub.gemeente.nl',
    ]);
    const text = 'zie: secretariaat@k80.nl';
    expect(findEmails(text)).toEqual([{ address: 'secretariaat@k80.nl', index: text.indexOf('s', 4) }]);
  });

  it('takes linear time on hostile text: at most 20× a normal file of the same size', () => {
    const size = 500_000;
    const hostileBody = `${'a'.repeat(size)}@`;
    const normalBody = `${'Een gewone zin over wonen in een kleine kern. '.repeat(Math.ceil(size / 46)).slice(0, size)}@`;
    const hostile = load([{ path: 'agenda/practices/a.md', bytes: practiceText({}, hostileBody) }]);
    const normal = load([{ path: 'agenda/practices/a.md', bytes: practiceText({}, normalBody) }]);
    const value = `${'b.'.repeat(30_000)}@`; // a 60 KB e-mail-like frontmatter value
    const hostileFm = load([{ path: 'agenda/practices/a.md', bytes: practiceText({ summary: `"${value}"` }) }]);
    const normalFm = load([{ path: 'agenda/practices/a.md', bytes: practiceText({ summary: `"${'Een zin. '.repeat(6_667)}@"` }) }]);
    const base = Math.max(fastest(() => personal(normal)), fastest(() => personal(normalFm)), 1);
    expect(fastest(() => personal(hostile)) / base).toBeLessThan(20);
    expect(fastest(() => personal(hostileFm)) / base).toBeLessThan(20);
  });
});

describe('functional mailboxes', () => {
  const warned = (content: Content) => personal(content).filter((x) => x.rule === 'personal-email').map((x) => x.message);

  it('duurzaam@ and inkoop@ are functional; j.post@ is a person', () => {
    const content = load([{ path: 'agenda/practices/a.md', bytes: practiceText({}, 'Mail duurzaam@beesel.nl, inkoop@vaals.nl of j.post@vaals.nl.\n') }]);
    expect(warned(content)).toHaveLength(1);
    expect(warned(content)[0]).toContain('j.post@vaals.nl');
  });

  it('k80.yaml functional_mailboxes lists extra ones, as addresses or as the part before @', () => {
    const settings = `${MINIMAL_SETTINGS}functional_mailboxes:\n  - de.kaap@ameland.nl\n  - mieke.meldpunt\n`;
    const files = [{ path: 'agenda/practices/a.md', bytes: practiceText({}, 'Mail de.kaap@ameland.nl of mieke.meldpunt@vaals.nl of kees.klaas@vaals.nl.\n') }];
    const content = load(files, settings);
    expect(content.messages.filter((x) => x.file === 'agenda/k80.yaml')).toEqual([]);
    expect(warned(content)).toHaveLength(1);
    expect(warned(content)[0]).toContain('kees.klaas@vaals.nl');
    expect(warned(load(files))).toHaveLength(3);
  });
});
