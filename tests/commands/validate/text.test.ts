/**
 * Text that would fool a reader: control characters and bidi overrides in the frontmatter (validate error
 * at the position), titles of only invisible characters, YAML tags outside the core schema; and the report
 * never carries such characters raw to a terminal or into Markdown, HTML or JSON.
 */
import { describe, expect, it } from 'vitest';
import { loadContent, type RawFile } from '../../../src/content/load.js';
import { validators } from '../../../src/content/read.js';
import { checkContent } from '../../../src/commands/validate/check-content.js';
import { frameworkText, MINIMAL_SETTINGS, practiceText } from '../../helpers/repo.js';
import { tempRepos } from '../../helpers/temp-repos.js';
import { agendaRepo, run } from '../add/support.js';

function messages(files: RawFile[]): string[] {
  const content = loadContent(
    [{ path: 'agenda/k80.yaml', bytes: MINIMAL_SETTINGS }, { path: 'agenda/afwegingskader.yaml', bytes: frameworkText() },
      { path: 'agenda/themes/wonen.md', bytes: '---\ntitle: Wonen\ntagline: t\nsection: B\norder: 3\n---\n' }, ...files],
    validators(),
  );
  return checkContent(content, { today: '2026-06-01' }).messages.filter((x) => x.severity === 'error').map((x) => `${x.file} ${x.line}:${x.column} ${x.rule} ${x.message}`);
}

const P = 'agenda/practices/a.md';
const repo = tempRepos(agendaRepo);

describe('control characters in the frontmatter', () => {
  it('ESC, BEL, C1 and U+202E are errors at the value, naming the character and its place', async () => {
    expect(messages([{ path: P, bytes: practiceText({ title: '"Dorp \\e]0;PWNED\\a"', summary: '"Een zin \\u202E omgekeerd."' }) }])).toEqual([
      `${P} 2:8 control-character Hier staat een onzichtbaar stuurteken (U+001B, teken 6 van de waarde). Zo'n teken kan een terminal of browser laten verspringen, kleuren of de tekst omdraaien; haal het weg.`,
      `${P} 6:10 control-character Hier staat een onzichtbaar stuurteken (U+202E, teken 9 van de waarde). Zo'n teken kan een terminal of browser laten verspringen, kleuren of de tekst omdraaien; haal het weg.`,
    ]);
    expect(messages([{ path: P, bytes: practiceText({ tags: '["a\\u0085b"]' }) }])).toHaveLength(1);
    // tab and line breaks are text
    expect(messages([{ path: P, bytes: practiceText({ summary: '"Een\\tzin\\nmet regels."' }) }])).toEqual([]);
  });

  it('a control character written as itself (no escape) is found too, in a value and in a key', async () => {
    const found = messages([{ path: P, bytes: practiceText({ summary: 'Een zin \u202E omgekeerd.', tags: '[a\u0007b]' }) }]);
    expect(found.filter((x) => x.includes('control-character'))).toHaveLength(2);
    const inKey = practiceText({}).replace('\nsummary:', '\nsum\u001bmary: x\nsummary:');
    expect(messages([{ path: P, bytes: inKey }]).some((x) => x.includes('control-character') && x.includes('U+001B'))).toBe(true);
  });

  it('a title of only spaces or zero-width characters is an error', async () => {
    expect(messages([{ path: P, bytes: practiceText({ title: '"\\u200B\\u200D "' }) }])).toEqual([
      `${P} 2:8 title-empty De titel bestaat alleen uit spaties of onzichtbare tekens. Geef een titel met letters of cijfers.`,
    ]);
  });

  it('a tag outside the core schema is a positioned error; core tags stay allowed', async () => {
    expect(messages([{ path: P, bytes: practiceText({ title: '!foo Dorp', summary: '!!js/function "x"' }) }]).map((x) => x.split(' ').slice(0, 3).join(' '))).toEqual([
      `${P} 2:8 yaml-tag`,
      `${P} 6:10 yaml-tag`,
    ]);
    expect(messages([{ path: P, bytes: practiceText({ title: '!!str Dorp' }) }])).toEqual([]);
  });
});

describe('the report carries no raw control characters', () => {
  it('Markdown, HTML and JSON on stdout: visible escapes, JSON still means the same', async () => {
    const r = repo();
    const title = 'Dorp \u001b]0;PWNED\u0007 \u001b[2J \u202e';
    r.write(P, practiceText({ title: JSON.stringify(title), municipality: 'Ameland', themes: '[nabijheid]' }));
    r.commit('Een voorbeeld', '2026-03-05T10:00:00+01:00');
    // eslint-disable-next-line no-control-regex
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    for (const format of ['md', 'html']) {
      const res = await run(r, ['report', '--format', format, '--from', '2026-01-01']);
      expect(res.code).toBe(0);
      expect(res.stdout).not.toMatch(raw);
      expect(res.stdout).toContain('Dorp \\x1B]0;PWNED\\x07');
    }
    const json = await run(r, ['report', '--format', 'json', '--from', '2026-01-01']);
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(raw);
    const titles = (JSON.parse(json.stdout) as { practices: { added: Array<{ title: string }> } }).practices.added.map((x) => x.title);
    expect(titles).toContain(title);
  });
});
