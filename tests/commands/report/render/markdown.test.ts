import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { renderMarkdown } from '../../../../src/commands/report/render/markdown.js';
import { FIXTURES, IMG_ONERROR, emptyContext, fixtureContext, hostileContext } from './fixture.js';

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

function nodesOf(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = tree.type === type ? [tree] : [];
  if ('children' in tree) for (const child of tree.children) found.push(...nodesOf(child, type));
  return found;
}

function headings(markdown: string): string[] {
  return nodesOf(parse(markdown), 'heading').map((node) => {
    const heading = node as Extract<Nodes, { type: 'heading' }>;
    const text = heading.children.map((child) => ('value' in child ? child.value : '')).join('');
    return `${'#'.repeat(heading.depth)} ${text}`;
  });
}

describe('renderMarkdown', () => {
  it('renders the fixture exactly as the golden file', () => {
    const expected = readFileSync(`${FIXTURES}expected.md`, 'utf8');
    expect(renderMarkdown(fixtureContext())).toBe(expected);
  });

  it('has the report structure: sections A/B/C in agenda order, themes in order, appendix, warnings last', () => {
    const h = headings(renderMarkdown(fixtureContext())).filter((line) => /^#{1,3} /.test(line));
    expect(h).toEqual([
      '# Terugkoppeling K80: 1 januari 2026 – 30 juni 2026',
      '## Een voorjaar vol voorbeelden',
      '### Hoogtepunten',
      '## Kerncijfers',
      "## De thema's in cijfers",
      '## A. Wie zijn we en wat maakt ons sterk?',
      '### Nabijheid',
      '### Krachtige en vitale kernen',
      "## B. De inhoudelijke thema's",
      '### Wonen',
      '### Sociaal Domein',
      '### Landelijk Gebied',
      '## C. Randvoorwaarden',
      '### Financiën',
      '### Eigentijds werkgeverschap',
      '### Wendbaarheid',
      '## Actuele onderwerpen',
      '### Gewogen onderwerpen',
      '### Nieuw ingebrachte onderwerpen',
      '## Bijdragers',
      '## Bijlage: Overzicht van wijzigingen',
      '## Waarschuwingen',
    ]);
  });

  it('names a one-day period once', () => {
    const ctx = emptyContext();
    ctx.period.from = '2026-11-29';
    ctx.period.to = '2026-11-29';
    const md = renderMarkdown(ctx);
    expect(md.startsWith('# Terugkoppeling K80: 29 november 2026\n\nDeze terugkoppeling laat zien wat er op 29 november 2026 is gebeurd')).toBe(true);
  });

  it('sorts themes into agenda order whatever order the context has', () => {
    const ctx = fixtureContext();
    ctx.themes.reverse();
    expect(renderMarkdown(ctx)).toBe(renderMarkdown(fixtureContext()));
  });

  it('writes real GFM tables (parsed back as tables, not text)', () => {
    const tree = parse(renderMarkdown(fixtureContext()));
    // key figures, overview, 7 themes with actions, topics, appendix
    expect(nodesOf(tree, 'table')).toHaveLength(11);
    expect(nodesOf(tree, 'html')).toHaveLength(0);
  });

  it('says so in Dutch when a part is empty, and leaves out warnings when there are none', () => {
    const md = renderMarkdown(emptyContext());
    expect(md).toContain('# Terugkoppeling K80: 1 juli 2026 – 31 december 2026\n');
    expect(md).toContain('Bij dit thema staan geen acties.');
    expect(md).toContain('Geen voortgang gemeld in deze periode.');
    expect(md).toContain('Geen nieuwe goede voorbeelden in deze periode.');
    expect(md).toContain('Geen actuele onderwerpen gewogen in deze periode.');
    expect(md).toContain('Geen nieuwe actuele onderwerpen ingebracht in deze periode.');
    expect(md).toContain('Geen bijdragen in deze periode.');
    expect(md).toContain('Geen wijzigingen in deze periode.');
    expect(md).not.toContain('Waarschuwingen');
    expect(md.endsWith('Samengesteld met k80 uit de geschiedenis van de agenda-repository.\n')).toBe(true);
  });

  it('inserts progress notes as parsed markdown, without raw HTML or unsafe links', () => {
    const md = renderMarkdown(hostileContext());
    const tree = parse(md);
    expect(nodesOf(tree, 'html')).toEqual([]);
    const urls = nodesOf(tree, 'link').map((node) => (node as Extract<Nodes, { type: 'link' }>).url);
    expect(urls).toContain('https://example.org/goed');
    expect(urls.filter((url) => !/^(?:https?:\/\/|mailto:)/.test(url))).toEqual([]);
    expect(nodesOf(tree, 'image')).toEqual([]);
    expect(md).not.toContain(IMG_ONERROR);
    expect(md).not.toContain('javascript:');
    // plain-text titles stay visible, escaped so that they are not HTML
    expect(md).toContain('**\\<script>alert(1)\\</script> Thorbecke**');
  });
});
