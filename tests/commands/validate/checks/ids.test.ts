/** Ids unique within a kind, also when case is ignored: which files collide, which one is named first. */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../../src/content/load.js';
import { validators } from '../../../../src/content/read.js';
import { ids } from '../../../../src/commands/validate/checks/ids.js';
import { message, START } from '../../../../src/core/message.js';
import { LIMITS } from '../../../../src/content/frontmatter.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../../helpers/repo.js';

const load = (extra: RawFile[], pre: Parameters<typeof loadContent>[2] = []) =>
  loadContent([{ path: 'agenda/k80.yaml', bytes: MINIMAL_SETTINGS }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() }, ...extra], validators(), pre);
const practice = (name: string, text = practiceText()): RawFile => ({ path: `agenda/practices/${name}`, bytes: text });
const THEME = '---\ntitle: Wonen\ntagline: t\nsection: B\norder: 3\n---\n';
const found = (extra: RawFile[]) => ids(load(extra)).map((x) => `${x.file} ${x.line}:${x.column} ${x.severity} ${x.rule}: ${x.message}`);
const duplicate = (file: string, id: string, other: string) =>
  `${file} 1:1 error id-duplicate: De id '${id}' bestaat al: ${other}. Op Windows en macOS is dat hetzelfde bestand (hoofdletters tellen daar niet). Geef het een andere naam.`;

describe('ids', () => {
  it('different ids, and one id in two kinds, are fine', () => {
    expect(found([practice('wonen.md'), practice('dorpsplan.md'), { path: 'agenda/themes/wonen.md', bytes: THEME }])).toEqual([]);
  });

  it('a name that differs only in case collides with the valid id, which is named; the message is at the other file', () => {
    expect(found([practice('Wonen.md'), practice('wonen.md')])).toEqual([duplicate('agenda/practices/Wonen.md', 'wonen', 'agenda/practices/wonen.md')]);
    expect(found([practice('wonen.md'), practice('WONEN.md'), practice('Wonen.md')])).toEqual([
      duplicate('agenda/practices/WONEN.md', 'wonen', 'agenda/practices/wonen.md'),
      duplicate('agenda/practices/Wonen.md', 'wonen', 'agenda/practices/wonen.md'),
    ]);
  });

  it('without a valid one, the first name in code-point order is named', () => {
    expect(found([practice('Wonen.md'), practice('WONEN.md')])).toEqual([duplicate('agenda/practices/Wonen.md', 'wonen', 'agenda/practices/WONEN.md')]);
    expect(found([practice('WONEN.md'), practice('Wonen.md')])).toEqual([duplicate('agenda/practices/Wonen.md', 'wonen', 'agenda/practices/WONEN.md')]);
  });

  it('a file with several problems of its own counts once', () => {
    const broken = practiceText({ municipality: '' }); // a schema error besides its file name
    expect(found([practice('wonen.md'), practice('Wonen.md', broken)])).toEqual([duplicate('agenda/practices/Wonen.md', 'wonen', 'agenda/practices/wonen.md')]);
  });

  it('also a refused file that is not parsed: an upper-case .MD and a name in another normal form', () => {
    expect(found([practice('wonen.md'), practice('Wonen.MD')])).toEqual([duplicate('agenda/practices/Wonen.MD', 'wonen', 'agenda/practices/wonen.md')]);
    // é as e + combining accent (NFD, as macOS writes it) is the same name as é (NFC) once normalised
    const nfc = 'caf\u00e9.md';
    const nfd = 'Cafe\u0301.md';
    expect(ids(load([practice(nfc), practice(nfd)])).map((x) => [x.file, x.message.includes(`agenda/practices/${nfd}`)])).toEqual([[`agenda/practices/${nfc}`, true]]);
  });

  it('in the kind folders only: a nested file or a file outside agenda/ has no id', () => {
    expect(found([practice('wonen.md'), practice('oud/wonen.md'), { path: 'docs/practices/Wonen.md', bytes: practiceText() }])).toEqual([]);
    expect(ids(load([practice('wonen.md'), { path: 'agenda/praktijken/Wonen.md', bytes: practiceText() }]))).toEqual([]);
  });

  it('same name in two kinds with case differences: each kind on its own', () => {
    expect(found([practice('Wonen.md'), { path: 'agenda/themes/wonen.md', bytes: THEME }])).toEqual([]);
  });

  it('the valid id is named also when it is refused before parsing (too large) and listed after the other', () => {
    const large = practiceText({}, `${'x'.repeat(LIMITS.fileBytes)}\n`);
    expect(found([practice('Wonen.md'), practice('wonen.md', large)])).toEqual([duplicate('agenda/practices/Wonen.md', 'wonen', 'agenda/practices/wonen.md')]);
  });

  it('a refused file whose name only ends like another one is no duplicate: other extension, nested in a folder named .md', () => {
    // `wonen.yaml` (not markdown) and `wonen.y.md` (no valid id) are two names on every file system
    expect(found([practice('wonen.yaml'), practice('wonen.y.md')])).toEqual([]);
    // files in a folder `oud.md` are nested files, not the id `oud`
    expect(found([practice('oud.md/a.md'), practice('oud.md/b.md')])).toEqual([]);
  });

  it('a message about a file outside agenda/ (passed in by a caller) names no id', () => {
    const pre = [message('docs/practices/Wonen.md', START, 'error', 'symlink', 'x')];
    expect(ids(load([practice('wonen.md')], pre))).toEqual([]);
  });
});
