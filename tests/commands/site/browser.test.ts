/**
 * The site as a reader sees it, opened from disk (file://) in headless Chromium (tests/helpers/browser.ts,
 * driven by playwright-core), as the report's browser test: every page type without console errors, without
 * a request to another host, without serious or critical axe-core violations, without horizontal overflow at
 * 390 and 1280 px; and the catalogue's search, used with the keyboard only.
 *
 * One browser, one context per width; every page is a fresh navigation of that width's page. axe-core is
 * given to every document of the 1280 px context before its own scripts (an init script: sent to the
 * browser once instead of once per page) and run once per page type.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeSource, launchChromium, needs } from '../../helpers/browser.js';
import { buildScripted, type Built } from './fixture.js';

const chromium = needs('site in headless Chromium', ['chromium']);

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }
interface InPage {
  document: { documentElement: { scrollWidth: number }; activeElement: { id: string } | null };
  innerWidth: number;
  location: { hash: string };
  axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
}

const PAGES = [
  'index.html',
  'themas/nabijheid.html',
  'voorbeelden/index.html',
  'voorbeelden/asten-dorpsbudget.html',
  'gemeenten/index.html',
  'gemeenten/asten.html',
  'actueel.html',
  'terugkoppelingen/index.html',
  'terugkoppelingen/terugkoppeling-2026-H1.html',
  'toegankelijkheid.html',
  '404.html',
];

describe.skipIf(chromium.skip)(chromium.title, { timeout: 180_000 }, () => {
  let browser: Browser;
  let built: Built;
  /** The reader's two widths: a phone and a laptop; only the laptop's documents carry axe-core. */
  const contexts = new Map<number, BrowserContext>();

  beforeAll(async () => {
    chromium.require();
    [built, browser] = await Promise.all([buildScripted(), launchChromium()]);
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      if (width === 1280) await context.addInitScript({ content: axeSource() });
      contexts.set(width, context);
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    built?.cleanup();
  });

  const url = (path: string): string => {
    const [file = '', hash] = path.split('#');
    return pathToFileURL(join(built.out, file)).href + (hash === undefined ? '' : `#${hash}`);
  };

  /** Watch `page` for console errors and requests to another host, from now on. */
  function watch(page: Page): { errors: string[]; foreign: string[] } {
    const seen = { errors: [] as string[], foreign: [] as string[] };
    page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
    page.on('pageerror', (e) => seen.errors.push(String(e)));
    page.on('request', (r) => { if (!r.url().startsWith('file://')) seen.foreign.push(r.url()); });
    return seen;
  }

  /** Open `path` in a new page `width` px wide, run `use`, then check: no console error, no other host. */
  async function withPage(path: string, width: number, use: (page: Page) => Promise<void>): Promise<void> {
    const page = await contexts.get(width)!.newPage();
    try {
      const seen = watch(page);
      await page.goto(url(path), { waitUntil: 'load' });
      await use(page);
      expect(seen.errors, path).toEqual([]);
      expect(seen.foreign, path).toEqual([]);
    } finally {
      await page.close();
    }
  }

  it('every page type: one h1, lang nl, no console error, no other host, no serious axe violation, no overflow at 390 and 1280 px', async () => {
    for (const width of [390, 1280]) {
      // one page per width, navigated to each page type in turn: a fresh document each time
      const page = await contexts.get(width)!.newPage();
      try {
        const seen = watch(page);
        for (const path of PAGES) {
          seen.errors.length = 0;
          seen.foreign.length = 0;
          await page.goto(url(path), { waitUntil: 'load' });
          expect(await page.locator('h1').count(), path).toBe(1);
          expect(await page.getAttribute('html', 'lang')).toBe('nl');
          const overflow = await page.evaluate(() => {
            const g = globalThis as unknown as InPage;
            return g.document.documentElement.scrollWidth - g.innerWidth;
          });
          expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
          if (width === 1280) {
            const violations = await page.evaluate(async () => {
              const { axe, document } = globalThis as unknown as InPage;
              // no preload: axe would fetch the stylesheet with XHR, which Chromium refuses from file://;
              // every rule runs, only the violations are gathered in full (the test reads nothing else)
              const r = await axe.run(document, { preload: false, resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
            });
            const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
            expect(blocking, `${path}: ${JSON.stringify(blocking, null, 2)}`).toEqual([]);
          }
          expect(seen.errors, path).toEqual([]);
          expect(seen.foreign, path).toEqual([]);
        }
      } finally {
        await page.close();
      }
    }
  });

  it('the map: every member a link with an accessible name, beside a table with the same data and the source', async () => {
    await withPage('gemeenten/index.html', 1280, async (page) => {
      const links = page.locator('figure.map svg a');
      expect(await links.count()).toBe(16);
      expect(await page.locator('figure.map svg a[aria-label="Asten: 2 goede voorbeelden"]').count()).toBe(1);
      expect(await page.locator('table.members-table tbody tr').count()).toBe(16);
      expect(await page.getByText('Bron: CBS/PDOK', { exact: false }).count()).toBeGreaterThan(0);
    });
  });

  it('search with the keyboard only: a word only in one body finds that practice; "woningen" finds "woning"; the state is in the address', async () => {
    await withPage('voorbeelden/index.html', 1280, async (page) => {
      const visible = () => page.locator('#resultaten > li:not([hidden]) h2').allInnerTexts();
      await expect.poll(visible).toHaveLength(3);
      // Tab from the top of the page to the search field
      let guard = 0;
      while (guard++ < 20 && (await page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id)) !== 'q') await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id)).toBe('q');
      await page.keyboard.type('zonnebloemveld');
      await expect.poll(visible).toEqual(['Dorpsbudget per kern']);
      await expect.poll(() => page.locator('#aantal').innerText()).toBe('1 gevonden');
      expect(await page.getAttribute('#aantal', 'aria-live')).toBe('polite');
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).location.hash)).toBe('#q=zonnebloemveld');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('woningen');
      // "Woning voor starters" by its title, "Dorpsbudget" by "woningen" in its body
      await expect.poll(async () => (await visible()).sort()).toEqual(['Dorpsbudget per kern', 'Woning voor starters']);
      // stop words are not in the index: a query leaves them out when it has other words
      await page.keyboard.press('Control+A');
      await page.keyboard.type('woningen hij');
      // the list is updated, then the address (the same step): wait for the address, then read the list
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).location.hash)).toBe('#q=woningen+hij');
      await expect.poll(() => page.locator('#aantal').innerText()).toBe('2 gevonden');
      await expect.poll(async () => (await visible()).sort()).toEqual(['Dorpsbudget per kern', 'Woning voor starters']);
    });
  });

  it('the municipality filter shows exactly its practices, and the state in the address is restored', async () => {
    await withPage('voorbeelden/index.html#gemeente=Asten', 1280, async (page) => {
      const visible = () => page.locator('#resultaten > li:not([hidden]) h2').allInnerTexts();
      await expect.poll(async () => (await visible()).sort()).toEqual(['Dorpsbudget per kern', 'Woning voor starters']);
      await page.focus('#f-gemeente');
      await page.keyboard.press('ArrowDown'); // Asten → Vaals
      await expect.poll(visible).toEqual(['Mantelzorgcafé']);
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).location.hash)).toBe('#gemeente=Vaals');
    });
  });
});
