/**
 * The report's own blocks straight to HTML (`trustedHtml`) give the page the pipeline gives (remark-rehype and
 * hast-util-to-html), byte for byte; contributor markdown (a subtree to sanitize) and links are never taken.
 */
import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { renderHtml } from '../../../../src/commands/report/render/html.js';
import { buildDocument } from '../../../../src/commands/report/render/document.js';
import { trustedHtml } from '../../../../src/commands/report/render/trusted-html.js';
import type { ReportContext } from '../../../../src/commands/report/context.js';
import { emptyContext, fixtureContext, hostileContext } from './fixture.js';

/** Every character hast-util-to-html escapes somewhere, a line break and spaces around it, in every figure text. */
const ODD = 'a & b < c > d " e \' f ` g \0 h \u00a0 i 🙂';
function oddContext(): ReportContext {
  const ctx = fixtureContext();
  ctx.network.name = `K80 ${ODD}`;
  for (const theme of ctx.themes) {
    theme.id = `${theme.id}-${ODD}`;
    theme.title = `${theme.title} ${ODD}`;
    theme.tagline = `${ODD}  \n  tweede regel`;
    for (const action of theme.actions) {
      action.title = `${action.title} ${ODD}`;
      if (action.lead) action.lead = { ...action.lead, role: `rol ${ODD}` };
    }
  }
  for (const practice of ctx.practices.added) practice.themes = practice.themes.map((id) => `${id}-${ODD}`);
  for (const change of ctx.changes) change.title = `${change.title}\n${ODD}`;
  if (ctx.changes[0]) ctx.changes[0].id = `id-${ODD}\nregel`;
  ctx.contributors.forEach((c) => (c.municipality = `${c.municipality} ${ODD}`));
  ctx.warnings.push(ODD, `${ODD}\r\nna een regeleinde`);
  return ctx;
}

describe('trustedHtml', () => {
  it('gives the page the pipeline gives, byte for byte', () => {
    for (const ctx of [fixtureContext(), hostileContext(), emptyContext(), oddContext()]) {
      expect(renderHtml(ctx)).toBe(renderHtml(ctx, { pipeline: true }));
    }
  });

  it('takes the tables, headings and plain lists, never a block to sanitize or one with a link', () => {
    const blocks = buildDocument(fixtureContext()).sections.flatMap((section) => section.content);
    const taken = blocks.filter((block) => trustedHtml(block) !== undefined);
    expect(taken.some((block) => block.type === 'table')).toBe(true);
    expect(taken.some((block) => block.type === 'heading')).toBe(true);
    const contains = (node: RootContent, test: (n: RootContent) => boolean): boolean =>
      test(node) || ('children' in node && (node.children as RootContent[]).some((child) => contains(child, test)));
    const sanitized = (n: RootContent): boolean => (n.data as { sanitize?: boolean } | undefined)?.sanitize === true;
    const flagged = blocks.filter((block) => contains(block, sanitized));
    expect(flagged.length).toBeGreaterThan(0);
    for (const block of flagged) expect(trustedHtml(block)).toBeUndefined();
    const link: RootContent = { type: 'paragraph', children: [{ type: 'link', url: 'https://example.org', children: [{ type: 'text', value: 'x' }] }] };
    expect(trustedHtml(link)).toBeUndefined();
    expect(trustedHtml({ type: 'paragraph', children: [{ type: 'text', value: '<b>&' }] })).toBe('<p>&#x3C;b>&#x26;</p>');
  });
});
