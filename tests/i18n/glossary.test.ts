/**
 * One vocabulary: the catalogue, the README, CONTRIBUTING and the generated issue forms use the glossary's
 * terms, never a retired synonym ("actueel thema" for a topic, "Dagelijks Bestuur", "hoogstens", an action
 * that "loopt" or is "gestopt").
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossary, retiredUses } from '../../src/i18n/nl/glossary.js';
import { kindName } from '../../src/i18n/nl/add.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const files = (dir: string, ext: string): string[] =>
  readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(ext)).map((f) => `${dir}/${f}`);

const CHECKED = [
  ...files('src/i18n/nl', '.ts').filter((f) => !f.endsWith('/glossary.ts')),
  'README.md',
  'CONTRIBUTING.md',
  ...files('.github/ISSUE_TEMPLATE', '.yml'),
  ...files('src/commands/forms', '.ts'),
];

describe('glossary', () => {
  it.each(CHECKED)('%s uses no retired synonym', (file) => {
    expect(retiredUses(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('finds each retired synonym, and leaves the agenda\'s own tagline alone', () => {
    const text = [
      'Een actueel thema toevoegen',
      "Zie de actuele thema\\'s met",
      'weegt het Dagelijks Bestuur',
      'hoogstens 280 tekens',
      '`active` (loopt), `dropped` (gestopt)',
      "Wendbaarheid: we spelen in op actuele thema's",
      'Een actueel onderwerp, gewogen door het Dagelijks bestuur, hooguit 280 tekens; het thema Wonen',
    ].join('\n');
    expect(retiredUses(text).map(([term, line]) => [term, line])).toEqual([
      ['actueel onderwerp', 1],
      ['actueel onderwerp', 2],
      ['Dagelijks bestuur', 3],
      ['hooguit', 4],
      ['lopend', 5],
      ['vervallen', 5],
    ]);
  });

  it('the catalogue takes its words from the glossary', () => {
    expect(kindName.topic).toBe(glossary.topic.term);
  });
});
