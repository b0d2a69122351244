/**
 * The site as a reader sees it, opened from disk (file://) in headless Chromium (Debian's `chromium`, driven
 * by playwright-core), as the report's browser test: every page type without console errors, without a
 * request to another host, without serious or critical axe-core violations, without horizontal overflow at
 * 390 and 1280 px; and the catalogue's search, used with the keyboard only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildScripted, type Built } from './fixture.js';

const CHROMIUM = process.env.K80_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const present = existsSync(CHROMIUM);
const skip = !present && !process.env.CI;
const title = skip ? `site in headless Chromium — SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium); under CI this fails` : 'site in headless Chromium';
if (skip) console.warn(`[k80] ${title}`);

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

describe.skipIf(skip)(title, { timeout: 180_000 }, () => {
  let browser: Browser;
  let built: Built;
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

  beforeAll(async () => {
    if (!present) throw new Error(`${CHROMIUM} ontbreekt: installeer het met apt-get install -y chromium (CI draait deze test altijd).`);
    built = await buildScripted();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    built?.cleanup();
  });

  const url = (path: string): string => {
    const [file = '', hash] = path.split('#');
    return pathToFileURL(join(built.out, file)).href + (hash === undefined ? '' : `#${hash}`);
  };

  async function withPage(path: string, width: number, use: (page: Page) => Promise<void>): Promise<void> {
    const errors: string[] = [];
    const foreign: string[] = [];
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => { if (!r.url().startsWith('file://')) foreign.push(r.url()); });
      await page.goto(url(path), { waitUntil: 'load' });
      await use(page);
      expect(errors, path).toEqual([]);
      expect(foreign, path).toEqual([]);
    } finally {
      await page.close();
    }
  }

  it('every page type: one h1, lang nl, no console error, no other host, no serious axe violation, no overflow at 390 and 1280 px', async () => {
    for (const path of PAGES) {
      for (const width of [390, 1280]) {
        await withPage(path, width, async (page) => {
          expect(await page.locator('h1').count(), path).toBe(1);
          expect(await page.getAttribute('html', 'lang')).toBe('nl');
          const overflow = await page.evaluate(() => {
            const g = globalThis as unknown as InPage;
            return g.document.documentElement.scrollWidth - g.innerWidth;
          });
          expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
          if (width === 1280) {
            await page.addScriptTag({ content: axeSource });
            const violations = await page.evaluate(async () => {
              const { axe, document } = globalThis as unknown as InPage;
              // no preload: axe would fetch the stylesheet with XHR, which Chromium refuses from file://
              const r = await axe.run(document, { preload: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
            });
            const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
            expect(blocking, `${path}: ${JSON.stringify(blocking, null, 2)}`).toEqual([]);
          }
        });
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
