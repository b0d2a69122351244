import { describe, expect, it } from 'vitest';
import { render, renderHtml, renderMarkdown } from '../../../../src/commands/report/render/index.js';
import { fixtureContext } from './fixture.js';

describe('render', () => {
  it('dispatches Markdown and HTML to their renderers', () => {
    const ctx = fixtureContext();
    expect(render(ctx, 'md')).toBe(renderMarkdown(ctx));
    expect(render(ctx, 'html')).toBe(renderHtml(ctx));
  });

  it('does not change the context', () => {
    const ctx = fixtureContext();
    render(ctx, 'md');
    render(ctx, 'html');
    expect(ctx).toEqual(fixtureContext());
  });
});
