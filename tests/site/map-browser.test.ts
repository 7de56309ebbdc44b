// The maps in a real browser (Debian's Chromium, headless) at 1400 px and 390 px, on the Qalamoun site with its
// points (dist/ carries them; tests/site/fixture/geometries.ts adds any of the researched ones it lacks): the map for the width is shown and the other
// hidden, nothing overflows, map text is at least 10 CSS px, no label overlaps another label or a point as the font
// really renders, a point opens its place's page, and no request leaves the page's folder. Screenshots go to
// test-results/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readGraphFile, writeSite, type Site } from '../../src/site/index.ts';
import { withGeometries } from './fixture/geometries.ts';

const CHROMIUM = '/usr/bin/chromium';
// As in tests/site/browser.test.ts: skipped without Chromium on a developer machine, run (and failing) in CI.
const runs = existsSync(CHROMIUM) || Boolean(process.env.CI);
const SHOTS = resolve('test-results');

let root: string;
let browser: Browser;
let site: Site;

/** The page file of the resource whose IRI ends with `tail` (dataset-specific or shared IRIs alike). */
function pageOf(tail: string): string {
  const found = [...site.docs].find(([, iri]) => iri.endsWith(tail));
  if (!found) throw new Error(`no page for …${tail}`);
  return `${found[0]}.html`;
}

beforeAll(async () => {
  if (!runs) return;
  root = mkdtempSync(join(tmpdir(), 'ckg-site-map-'));
  site = buildSite({
    quads: withGeometries(await readGraphFile('dist/qalamoun-2017.ttl')),
    ontologyQuads: await readGraphFile('ontology/conflict-kg.ttl'),
  });
  await writeSite(site, join(root, 'site'));
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

afterAll(async () => {
  if (!runs) return;
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens a page without JavaScript at the given width, recording every request that is not for a local file. */
async function open(file: string, width: number): Promise<{ page: Page; outside: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) outside.push(r.url());
  });
  await page.goto(`file://${join(root, 'site', file)}`);
  return { page, outside };
}

interface MapReport {
  shown: string[];
  overflow: number;
  smallestText: number;
  labels: number;
  collisions: string[];
}

/** What the visible maps look like as rendered: which are shown, overflow, text sizes, label collisions. */
async function inspect(page: Page): Promise<MapReport> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<SVGSVGElement>('.place-map svg[role="img"]')].filter(
      (s) => s.getBoundingClientRect().width > 0,
    );
    const sizes: number[] = [];
    const collisions: string[] = [];
    let labels = 0;
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    for (const svg of shown) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) sizes.push(parseFloat(getComputedStyle(t).fontSize) * scale);
      const points = [...svg.querySelectorAll(':scope > a, :scope > g:not([class])')];
      const texts = points.map((p) => p.querySelector('text')).filter((t): t is SVGTextElement => t !== null);
      const symbols = points.map((p) => p.querySelector('.point')!);
      labels += texts.length;
      const frame = svg.getBoundingClientRect();
      for (const [i, t] of texts.entries()) {
        const r = t.getBoundingClientRect();
        if (r.left < frame.left || r.right > frame.right) collisions.push(`${t.textContent} leaves the map`);
        for (const [j, u] of texts.entries()) {
          if (j > i && hit(r, u.getBoundingClientRect())) collisions.push(`${t.textContent} / ${u.textContent}`);
        }
        for (const s of symbols) {
          if (s.parentElement !== t.parentElement && hit(r, s.getBoundingClientRect()))
            collisions.push(`${t.textContent} covers a point`);
        }
      }
    }
    return {
      shown: shown.map((s) => s.parentElement!.className || s.id || 'map'),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      smallestText: Math.min(...sizes),
      labels,
      collisions,
    };
  });
}

describe.skipIf(!runs)('the maps in Chromium', () => {
  for (const width of [1400, 390] as const) {
    it(`shows the operation's map for ${width} px, readable, with no label over another, from no network`, async () => {
      const { page, outside } = await open(pageOf('/event/qalamoun-offensive-2017'), width);
      const report = await inspect(page);
      expect(report).toMatchObject({ shown: [width >= 960 ? 'map-wide' : 'map-narrow'], overflow: 0, collisions: [] });
      // Every located place of the operation is labelled (5 since the outskirts of Ras Baalbek became a place of their own).
      expect(report.labels).toBe(5);
      expect(report.smallestText).toBeGreaterThanOrEqual(10);
      expect(outside).toEqual([]);
      await page.locator('#places').screenshot({ path: join(SHOTS, `site-map-operation-${width}.png`) });
      await page.context().close();
    });

    it(`shows a place's point among its neighbours at ${width} px`, async () => {
      const { page, outside } = await open(pageOf('/place/arsal'), width);
      const report = await inspect(page);
      expect(report).toMatchObject({ shown: ['place-map place-map-small'], overflow: 0, collisions: [] });
      expect(report.labels).toBeGreaterThan(1);
      expect(report.smallestText).toBeGreaterThanOrEqual(10);
      expect(await page.locator('#position').textContent()).toContain('34.17944° N, 36.42083° E');
      expect(outside).toEqual([]);
      await page.locator('#position').screenshot({ path: join(SHOTS, `site-map-place-${width}.png`) });
      await page.context().close();
    });
  }

  it("opens a place's page from its point on the map", async () => {
    const { page } = await open(pageOf('/event/qalamoun-offensive-2017'), 1400);
    await page.locator('.map-wide a[href$="abu-kamal.html"] .point').click();
    await page.waitForURL(/abu-kamal\.html$/);
    expect(await page.locator('h1').textContent()).toContain('Abu Kamal');
    await page.context().close();
  });
});
