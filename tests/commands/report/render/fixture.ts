/** The fixture context for the renderer tests, and a hostile variant of it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReportContext } from '../../../../src/commands/report/context.js';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/report/', import.meta.url));

/** A fresh copy of `tests/fixtures/report/context.json` (tests may change it). */
export function fixtureContext(): ReportContext {
  return JSON.parse(readFileSync(`${FIXTURES}context.json`, 'utf8')) as ReportContext;
}

/** A context with nothing in the period: one theme without actions, no practices, no topics. */
export function emptyContext(): ReportContext {
  return {
    period: { from: '2026-07-01', to: '2026-12-31', fromCommit: null, toCommit: null },
    network: { name: 'K80', agendaTitle: 'Agenda K80 – De Kracht van Nabijheid' },
    totals: { commits: 0, contributors: 0, practicesAdded: 0, actionsAdded: 0, actionsStatusChanged: 0, topicsAssessed: 0 },
    themes: [{ id: 'wendbaarheid', title: 'Wendbaarheid', section: 'C', tagline: "we spelen in op actuele thema's", order: 8, actions: [] }],
    practices: { added: [], updated: [], removed: [] },
    actions: { added: [], statusChanges: [], removed: [] },
    topics: { raised: [], assessed: [] },
    contributors: [],
    changes: [],
    warnings: [],
  };
}

export const SCRIPT = '<script>alert(1)</script>';
export const JS_LINK = '[x](javascript:alert(1))';
export const IMG_ONERROR = '<img src=x onerror=alert(1)>';

/**
 * The fixture with hostile content everywhere a contributor can write: titles and names carry a script tag
 * (plain text: must stay visible, escaped), progress notes carry raw HTML, `javascript:` links (inline, as a
 * reference, as HTML), event handlers, an external image and an iframe.
 */
export function hostileContext(): ReportContext {
  const ctx = fixtureContext();
  const theme = ctx.themes[0]!;
  const action = theme.actions[0]!;
  action.title = `${SCRIPT} Thorbecke`;
  action.progress = [
    {
      date: '2026-03-01',
      text: [
        `Voor ${SCRIPT} na ${JS_LINK} en ${IMG_ONERROR} en <b onclick="alert(1)">vet</b> en <a href="javascript:alert(2)">a</a>.`,
        '',
        '![plaatje](https://evil.example/x.png) [verwijzing][r] [JaVaScRiPt](JAVASCRIPT:alert(5)) [tab](java\tscript:alert(6))',
        '',
        '[r]: javascript:alert(4)',
        '',
        '<iframe src="https://evil.example/"></iframe>',
        '',
        '<div onmouseover="alert(7)">raw block</div>',
        '',
        '[goed](https://example.org/goed)',
      ].join('\n'),
    },
  ];
  theme.title = `${SCRIPT} Nabijheid`;
  theme.tagline = SCRIPT;
  ctx.practices.added[0]!.title = `${SCRIPT} praktijk`;
  ctx.practices.added[0]!.municipality = `${SCRIPT} Ameland`;
  ctx.practices.added[0]!.summary = `Samenvatting ${SCRIPT}`;
  ctx.topics.assessed[0]!.title = `${SCRIPT} onderwerp`;
  ctx.topics.raised[0]!.municipality = `${SCRIPT}`;
  ctx.contributors[0]!.municipality = `${SCRIPT} Hofstede`;
  ctx.changes[0]!.title = `${SCRIPT} wijziging`;
  ctx.warnings.push(`${SCRIPT} waarschuwing`);
  ctx.network.agendaTitle = `${SCRIPT} Agenda`;
  return ctx;
}
