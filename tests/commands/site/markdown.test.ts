/**
 * A body or note of plain text goes straight to its HTML (trusted-html.ts); it must be the HTML the site's
 * pipeline makes of it (remark-rehype, rehype-sanitize, rehype-stringify), headings raised or in bold as
 * parseNote has them. Markup still goes through the pipeline and is sanitized.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root as HastRoot } from 'hast';
import { parseNote } from '../../../src/commands/report/render/note.js';
import { plainTree } from '../../../src/content/plain-markdown.js';
import { renderBody, renderNote } from '../../../src/commands/site/markdown.js';

const pipeline = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);
const expected = (markdown: string, minHeading?: 2 | 3 | 4): string =>
  pipeline.stringify(pipeline.runSync({ type: 'root', children: parseNote(markdown, minHeading === undefined ? {} : { minHeading }) }) as HastRoot);

const PLAIN = [
  '',
  'Eén zin.',
  '\n## Wat is het?\n\nWe betrekken inwoners. Wij spreken regelmatig met de corporatie.\n\n## Hoe pak je het aan?\n\n- Gebruik het draaiboek.\n- Begin klein.\n\n## Contact\n\nVia de trekker van de gemeente Alphen-Chaam.\n',
  'Een alinea\nover twee regels.\n\nEn nog een, met 12,5 procent: meer (zie onder)?',
  '# Een\n## Twee\n### Drie\n#### Vier\n##### Vijf\n###### Zes\nTekst direct onder de kop.',
  '- Eerste punt.\n- 2026-03-04: een datum.\n## Kop na de lijst\n- Nieuwe lijst.',
  'Met "aanhalingstekens", \'enkele\' en = + ; : ( ) €.',
];

describe('renderBody and renderNote', () => {
  it('give plain text the HTML the pipeline gives', () => {
    for (const markdown of PLAIN) {
      expect(plainTree(markdown), markdown).toBeDefined();
      for (const minHeading of [2, 3, 4] as const) expect(renderBody(markdown, minHeading).html, `${markdown} (${minHeading})`).toBe(expected(markdown, minHeading));
      expect(renderNote(markdown), markdown).toBe(expected(markdown));
    }
    expect(renderBody('## Kop\n\n- een\n- twee', 3).html).toBe('<h3>Kop</h3>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>');
    expect(renderNote('# Kop\nTekst')).toBe('<p><strong>Kop</strong></p>\n<p>Tekst</p>');
  });

  it('send markup through the pipeline, sanitized', () => {
    for (const markdown of ['Met *nadruk* en een [link](https://example.org).', 'Voor <script>alert(1)</script> na [x](javascript:alert(1)).', '| a | b |\n| - | - |\n| 1 | 2 |']) {
      expect(plainTree(markdown)).toBeUndefined();
      expect(renderBody(markdown).html).toBe(expected(markdown, 2));
      expect(renderNote(markdown)).toBe(expected(markdown));
    }
    expect(renderBody('Voor <script>alert(1)</script> na [x](javascript:alert(1)).').html).not.toMatch(/<script|javascript:/);
  });
});
