/**
 * The personal-data check on hostile text: the bounded look around each `@` that keeps it to one pass over
 * the text (asserted on what it finds, not on a time), the same addresses as before, functional mailboxes by
 * words, stems and k80.yaml's own list.
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

describe('finding e-mail addresses', () => {
  it('finds what the old pattern found', () => {
    expect(findEmails('Mail wonen@ameland.nl of j.jansen@vaals.nl. En a@b, x@y.z, @geen.nl, info@sub.gemeente.nl.').map((x) => x.address)).toEqual([
      'wonen@ameland.nl', 'j.jansen@vaals.nl', 'info@sub.gemeente.nl',
    ]);
    const text = 'zie: secretariaat@k80.nl';
    expect(findEmails(text)).toEqual([{ address: 'secretariaat@k80.nl', index: text.indexOf('s', 4) }]);
  });

  it('looks at most 64 characters to the left of an @ and 255 to the right (RFC 5321), so hostile text costs one pass', () => {
    // a pattern over the whole text would take the 500,000 letters as the local part (and retry from each of them)
    const local = 'a'.repeat(500_000);
    expect(findEmails(`${local}@k80.nl`)).toEqual([{ address: `${'a'.repeat(64)}@k80.nl`, index: 500_000 - 64 }]);
    expect(findEmails(`${'b.'.repeat(30_000)}@`)).toEqual([]);
    // the domain: 255 characters are looked at, a top-level domain after them is not seen
    expect(findEmails(`info@${'a'.repeat(252)}.nl`)).toEqual([{ address: `info@${'a'.repeat(252)}.nl`, index: 0 }]);
    expect(findEmails(`info@${'a'.repeat(253)}.nl`)).toEqual([]);
  });

  it('an @ at the very start does not end the search; a second address does not reach back into the first one', () => {
    expect(findEmails('@vaals.nl: j.jansen@vaals.nl')).toEqual([{ address: 'j.jansen@vaals.nl', index: 11 }]);
    // `vaals.nl.x` is no domain (a top-level domain has two letters or more): the first address is `info@vaals.nl`,
    // and the next local part starts where it ended
    expect(findEmails('info@vaals.nl.x@k80.nl')).toEqual([{ address: 'info@vaals.nl', index: 0 }, { address: '.x@k80.nl', index: 13 }]);
  });

  it('an address in a body that starts with an empty line and has no line break at its end, at its line', () => {
    const content = load([{ path: 'agenda/practices/a.md', bytes: practiceText({}, '\nMail j.jansen@vaals.nl') }]);
    expect(personal(content).map((x) => [x.rule, x.severity, x.line, x.column])).toEqual([['personal-email', 'warning', 9, 6]]);
  });

  it('warns once for the address in a hostile body and says nothing for an @ without an address', () => {
    const hostile = load([{ path: 'agenda/practices/a.md', bytes: practiceText({}, `${'a'.repeat(500_000)}@vaals.nl\n`) }]);
    expect(personal(hostile).map((x) => [x.rule, x.line, x.column])).toEqual([['personal-email', 8, 500_000 - 64 + 1]]);
    const fm = load([{ path: 'agenda/practices/a.md', bytes: practiceText({ summary: `"${'b.'.repeat(30_000)}@"` }) }]);
    expect(personal(fm)).toEqual([]);
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
