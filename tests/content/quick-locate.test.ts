/**
 * quickLocate finds positions in plain block YAML by a scan of the lines, so that a warning on every file does
 * not cost a second parse of every file. Wherever it answers, it must give exactly the position-rich parse's
 * answer: compared on every path (keys and values) of every file of this project's agenda, the generated
 * scenario texts and hand-made tricky ones; where it cannot be sure it must not answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, CORE_SCHEMA } from 'js-yaml';
import { parseYamlRich, quickLocate, splitFrontmatter } from '../../src/content/frontmatter.js';
import type { PathSegment } from '../../src/core/message.js';
import { PROJECT, practiceText } from '../helpers/repo.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : /\.(md|yaml)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

function paths(data: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(data)) data.forEach((v, i) => paths(v, [...path, i], out));
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) paths(v, [...path, k], out);
  return out;
}

/** Compare on every path of one YAML text (and on paths that are not there); returns how often quick answered. */
function compare(yaml: string): number {
  const rich = parseYamlRich('x.md', yaml);
  const lines = yaml.split('\n');
  let answered = 0;
  const all = [...paths(load(yaml, { schema: CORE_SCHEMA })), ['nothing'], ['title', 'deeper'], ['themes', 99]];
  for (const path of all) {
    for (const where of ['key', 'value'] as const) {
      const quick = quickLocate(lines, path, where);
      // told that no line holds a tab (as validate does after one look at the text), the same answer
      if (!yaml.includes('\t')) expect(quickLocate(lines, path, where, true)).toEqual(quick);
      if (quick === undefined) continue;
      answered++;
      expect({ path, where, at: quick }).toEqual({ path, where, at: rich.locate(path, where) });
    }
  }
  return answered;
}

const frontmatterOf = (text: string): string => splitFrontmatter(text.replace(/\r\n/g, '\n'))?.block ?? '';

describe('quickLocate', () => {
  it('gives the rich parse\'s position on every path of the agenda and fixture files', () => {
    let answered = 0;
    const files = [...filesUnder(join(PROJECT, 'agenda')), ...filesUnder(join(PROJECT, 'tests', 'fixtures'))];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const yaml = file.endsWith('.yaml') ? text : frontmatterOf(text);
      if (yaml === '') continue;
      try {
        load(yaml, { schema: CORE_SCHEMA });
      } catch {
        continue; // fixtures of broken YAML: the rich parse reports those
      }
      answered += compare(yaml);
    }
    expect(answered).toBeGreaterThan(100);
  });

  it('agrees on nested maps, lists of maps, comments, quotes and trailing comments', () => {
    const yaml = [
      'title: "Samen: wonen"  # een titel',
      'themes:',
      '  - wonen',
      '',
      '  # tussen de items',
      '  - nabijheid',
      'contact:',
      '  role: beleidsadviseur',
      '  email: j.jansen@example.nl',
      'highlights:',
      '  - title: Een',
      '    text: tekst',
      '  -   title: Twee',
      'links: [https://example.nl, https://example.org]',
      "summary: 'kort'",
      // keys that start with another key: the whole key must be the one asked for
      'summary_2: twee',
      'sum: drie',
      'contact-extra:',
      '  role-x: vier',
      '  rol: vijf',
      '',
    ].join('\n');
    expect(compare(yaml)).toBeGreaterThan(30);
    expect(quickLocate(yaml.split('\n'), ['sum'])).toEqual({ line: 17, column: 6 });
    expect(quickLocate(yaml.split('\n'), ['contact-extra', 'rol'], 'key')).toEqual({ line: 20, column: 3 });
    expect(quickLocate(yaml.split('\n'), ['contact', 'email'])).toEqual({ line: 9, column: 10 });
    expect(quickLocate(yaml.split('\n'), ['highlights', 1, 'title'], 'key')).toEqual({ line: 13, column: 7 });
  });

  it('does not answer where it cannot be sure (the rich parse then does)', () => {
    const no = (yaml: string, path: PathSegment[]) => expect(quickLocate(yaml.split('\n'), path)).toBeUndefined();
    no('links: [a, b]\n', ['links', 1]);
    no('contact: {role: x}\n', ['contact', 'role']);
    no('themes:\n- wonen\n', ['themes', 0]);
    no('title: "twee\n  regels"\nsummary: x\n', ['title']);
    no('"title": x\n', ['title']);
    no('title:\tx\n', ['title']);
    no('note: |\n  tekst\n', ['note', 0]);
    no('title: &a x\n', ['title']);
    no('title:\n', ['title']);
    no('title: x\n', ['summary']);
  });

  it('agrees on a generated practice', () => {
    expect(compare(frontmatterOf(practiceText()))).toBeGreaterThan(5);
  });
});
