/** The document structure the ODT and DOCX writers walk: sections, charts where HTML has them, column widths. */
import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { columnWeights, documentParts } from '../../../../src/commands/report/render/blocks.js';
import { buildDocument } from '../../../../src/commands/report/render/document.js';
import { emptyContext, fixtureContext } from './fixture.js';

const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] });
const row = (...values: string[]) => ({ type: 'tableRow' as const, children: values.map(cell) });

describe('documentParts', () => {
  it('every section of the document as an h2 with its content; the charts right after the first block of the chart section', () => {
    const ctx = fixtureContext();
    const parts = documentParts(ctx);
    const doc = buildDocument(ctx);
    const h2 = parts.blocks.filter((b) => b.type === 'heading' && b.depth === 2);
    expect(h2).toHaveLength(doc.sections.length);
    const at = parts.blocks.findIndex((b) => b.type === 'figure');
    const section = doc.sections.findIndex((s) => s.charts);
    const headingAt = parts.blocks.indexOf(h2[section]!);
    expect(at).toBe(headingAt + 2);
    expect(parts.blocks.filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? b.figure.id : ''))).toEqual([
      'grafiek-acties',
      'grafiek-voorbeelden',
    ]);
    expect(parts.title).toBe(doc.title);
  });

  it('no themes: no charts', () => {
    const ctx = emptyContext();
    ctx.themes = [];
    expect(documentParts(ctx).figures).toEqual([]);
  });
});

describe('columnWeights', () => {
  it('sum to 1; a long title is capped and a short column keeps room for its longest word', () => {
    const table: Table = {
      type: 'table',
      children: [
        row('Actie', 'Status'),
        row('Net als onze gemeenschappen willen kleinere gemeenten meer beleidsvrijheid om zelf te kunnen bepalen', 'Afgerond'),
      ],
    };
    const [title, status] = columnWeights(table) as [number, number];
    expect(title + status).toBeCloseTo(1);
    expect(status).toBeCloseTo(10 / 50);
    expect(title).toBeCloseTo(40 / 50);
  });
});
