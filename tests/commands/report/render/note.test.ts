import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { isSafeUrl, parseNote } from '../../../../src/commands/report/render/note.js';

const stringify = (markdown: string) =>
  unified().use(remarkGfm).use(remarkStringify).stringify({ type: 'root', children: parseNote(markdown) });

describe('entry markdown (progress notes)', () => {
  it('keeps ordinary markdown', () => {
    expect(stringify('Kennissessie met **40** deelnemers, zie [verslag](https://example.org/v).')).toBe(
      'Kennissessie met **40** deelnemers, zie [verslag](https://example.org/v).\n',
    );
  });

  it('drops raw HTML, inline and as a block', () => {
    expect(stringify('a <b onclick="x()">b</b> c\n\n<div>blok</div>\n\nd')).toBe('a b c\n\nd\n');
  });

  it('keeps only absolute http(s) and mailto links, resolving references inside the note', () => {
    expect(stringify('[x](javascript:alert(1)) [y][r] [z](//evil.example/) [m](mailto:info@example.org)\n\n[r]: https://example.org/r')).toBe(
      'x [y](https://example.org/r) z [m](mailto:info@example.org)\n',
    );
    expect(stringify('[y][r]\n\n[r]: javascript:alert(1)')).toBe('y\n');
    expect(isSafeUrl('HTTPS://example.org')).toBe(true);
    expect(isSafeUrl('java\tscript:alert(1)')).toBe(false);
    expect(isSafeUrl('data:text/html,x')).toBe(false);
    expect(isSafeUrl('/relatief')).toBe(false);
    expect(isSafeUrl('https:evil')).toBe(false);
  });

  it('turns images into their alt text and headings into bold paragraphs', () => {
    expect(stringify('![kaart van Ameland](https://example.org/a.png)\n\n# Kop')).toBe('kaart van Ameland\n\n**Kop**\n');
  });

  it('resolves footnotes inside the note', () => {
    expect(stringify('Zie noot[^1].\n\n[^1]: De noot.')).toBe('Zie noot\\[^1].\n');
  });
});
