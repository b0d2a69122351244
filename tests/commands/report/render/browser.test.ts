/**
 * The report as a reader sees it: the HTML opened in headless Chromium (tests/helpers/browser.ts, driven by
 * playwright-core). Without the browser the test is skipped locally, but fails under CI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderHtml } from '../../../../src/commands/report/render/html.js';
import { axeSource, launchChromium, needs } from '../../../helpers/browser.js';
import { fixtureContext, hostileContext } from './fixture.js';

const chromium = needs('report HTML in headless Chromium', ['chromium']);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** The little of the browser's globals the page functions use (the tests compile without the DOM lib). */
interface InPageElement {
  attributes: ArrayLike<{ name: string }>;
  getAttribute(name: string): string | null;
}
interface InPage {
  document: { querySelectorAll(selector: string): ArrayLike<InPageElement> };
  axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
}

describe.skipIf(chromium.skip)(chromium.title, { timeout: 120_000 }, () => {
  let browser: Browser;

  beforeAll(async () => {
    chromium.require();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Open `html` in a fresh page `width` px wide, run `use`, then check that the page logged no console error
   * and loaded nothing; the page is closed also when `use` fails.
   */
  async function withPage(html: string, use: (page: Page) => Promise<void>, width = 1280): Promise<void> {
    const errors: string[] = [];
    const requests: string[] = [];
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('request', (request) => requests.push(request.url()));
      await page.setContent(html, { waitUntil: 'load' });
      await use(page);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  }

  it('renders without console errors and without loading anything', async () => {
    await withPage(renderHtml(fixtureContext()), async (page) => {
      expect(await page.title()).toBe('Terugkoppeling K80: 1 januari 2026 – 30 juni 2026');
      expect(await page.locator('h1').innerText()).toBe('Terugkoppeling K80: 1 januari 2026 – 30 juni 2026');
    });
  });

  it('shows both charts with a non-zero size, on screen and in print', async () => {
    await withPage(renderHtml(fixtureContext()), async (page) => {
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        for (const id of ['grafiek-acties', 'grafiek-voorbeelden']) {
          const svg = page.locator(`#${id} svg.wide`);
          await expect.poll(() => svg.isVisible()).toBe(true);
          const box = await svg.boundingBox();
          expect(box?.width ?? 0, `${id} (${media}) width`).toBeGreaterThan(300);
          expect(box?.height ?? 0, `${id} (${media}) height`).toBeGreaterThan(100);
        }
      }
      // print hides only the table of contents; the content stays
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
      expect(await page.locator('#wijzigingen').isVisible()).toBe(true);
    });
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px wide: no horizontal overflow, every chart inside the viewport and legible, no word broken, no serious or critical axe-core violation (WCAG 2.1 A and AA)`, async () => {
      await withPage(renderHtml(fixtureContext()), async (page) => {
        const layout = await page.evaluate(() => {
          const { document } = globalThis as unknown as InPage & {
            document: { documentElement: { scrollWidth: number; clientWidth: number } };
          };
          const all = (selector: string) => Array.from(document.querySelectorAll(selector)) as unknown as Array<{
            getBoundingClientRect(): { left: number; right: number; width: number };
            getClientRects(): ArrayLike<unknown>;
            textContent: string | null;
            getAttribute(name: string): string | null;
          }>;
          const charts = all('figure.chart svg').filter((svg) => svg.getClientRects().length > 0);
          const words = (el: { textContent: string | null }) => (el.textContent ?? '').split(/\s+/).filter((w) => w.length > 0).length;
          return {
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            charts: charts.map((svg) => {
              const box = svg.getBoundingClientRect();
              const viewBox = (svg.getAttribute('viewBox') ?? '0 0 1 1').split(' ').map(Number);
              return { left: box.left, right: box.right, scale: box.width / (viewBox[2] ?? 1) };
            }),
            // a cell whose words wrap mid-word has more line boxes than its words can explain: compare the widest word
            cells: all('table.actions td, table.actions tbody th').filter((cell) => words(cell) > 0).length,
          };
        });
        expect(layout.overflow, 'horizontal overflow of the page').toBeLessThanOrEqual(0);
        expect(layout.charts).toHaveLength(2);
        for (const chart of layout.charts) {
          expect(chart.left).toBeGreaterThanOrEqual(0);
          expect(chart.right).toBeLessThanOrEqual(width);
          // the 14 px text of the drawing stays at least about 11 px on screen
          expect(chart.scale).toBeGreaterThan(0.8 * (width < 600 ? 1 : 0.9));
        }
        expect(layout.cells).toBeGreaterThan(0);
        // no word is broken: every table cell's words fit its width (the stylesheet allows no mid-word breaks)
        const broken = await page.evaluate(() => {
          const { document } = globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ scrollWidth: number; clientWidth: number }> } };
          return Array.from(document.querySelectorAll('main td, main tbody th')).filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length;
        });
        expect(broken, 'cells whose content is wider than the cell').toBe(0);
        await page.addScriptTag({ content: axeSource() });
        const violations = await page.evaluate(async () => {
          const { axe, document } = globalThis as unknown as InPage;
          // every rule runs; only the violations are gathered in full (the test reads nothing else)
          const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
        });
        const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        if (violations.length > 0) console.warn(`[k80] axe-core at ${width} px:`, JSON.stringify(violations, null, 2));
        expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
      }, width);
    });
  }

  it('prints to A4 PDF', async () => {
    await withPage(renderHtml(fixtureContext()), async (page) => {
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      expect(pages.length).toBeGreaterThan(1);
      // A4 is 595 × 842 points
      expect(text).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+595\.\d+\s+841\.\d+\s*\]|\/MediaBox\s*\[\s*0\s+0\s+595\.\d+\s+842(\.\d+)?\s*\]/);
    });
  });

  it('runs nothing from hostile contributor content', async () => {
    await withPage(renderHtml(hostileContext()), async (page) => {
      const live = await page.evaluate(() => {
        const { document } = globalThis as unknown as InPage;
        const all = (selector: string) => Array.from(document.querySelectorAll(selector));
        return {
          scripts: all('script, iframe, img, object, embed').length,
          handlers: all('*').filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length,
          unsafeLinks: all('a[href]').filter((a) => !/^(https?:|mailto:|#)/.test(a.getAttribute('href') ?? '')).length,
        };
      });
      expect(live).toEqual({ scripts: 0, handlers: 0, unsafeLinks: 0 });
      // the escaped title is visible as text
      expect(await page.getByText('<script>alert(1)</script> Thorbecke').first().isVisible()).toBe(true);
    });
  });
});
