// The Qalamoun site in a real browser (Debian's Chromium, headless) at a desktop width (1400 px) and a phone width
// (390 px): the home page, the operation, an actor, a place and a claim never overflow sideways, the timeline's text
// is at least 10 CSS px, and the home page's filter works. Screenshots are kept under test-results/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readGraphFile, writeSite } from '../../src/site/index.ts';

const CHROMIUM = '/usr/bin/chromium';
// As in tests/serve/browser.test.ts: skipped without Chromium on a developer machine, run (and failing) in CI.
const runs = existsSync(CHROMIUM) || Boolean(process.env.CI);
const SHOTS = resolve('test-results');

const PAGES = {
  home: 'index.html',
  operation: 'doc/qalamoun-2017/event/qalamoun-offensive-2017.html',
  actor: 'doc/actor/hezbollah.html',
  place: 'doc/place/arsal.html',
  claim: 'doc/qalamoun-2017/claim/lebanese-army-denies-coordination-with-hezbollah.html',
} as const;
const WIDTHS = [1400, 390] as const;

let root: string;
let browser: Browser;

beforeAll(async () => {
  if (!runs) return;
  root = mkdtempSync(join(tmpdir(), 'ckg-site-browser-'));
  const site = buildSite({
    quads: await readGraphFile('dist/qalamoun-2017.ttl'),
    ontologyQuads: await readGraphFile('ontology/conflict-kg.ttl'),
  });
  await writeSite(site, join(root, 'site'));
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  if (!runs) return;
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens a page of the written site, without JavaScript unless asked, at the given width. */
async function open(file: string, width: number, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`file://${join(root, 'site', file)}`);
  return page;
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

/** The page's width beyond the window, and the elements reaching past its right edge (none when nothing overflows). */
async function overflow(page: Page): Promise<{ extra: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > width + 0.5;
      })
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className)}` : ''}: ${(e.textContent ?? '').slice(0, 40)}`,
      );
    return { extra: document.documentElement.scrollWidth - width, culprits };
  });
}

/** The smallest rendered size, in CSS px, of any visible text in the timeline section (picture or list). */
async function smallestTimelineText(page: Page): Promise<{ px: number; picture: boolean; texts: number }> {
  return page.evaluate(() => {
    const sizes: number[] = [];
    const svg = document.querySelector<SVGSVGElement>('#timeline svg');
    const picture = Boolean(svg && svg.getBoundingClientRect().width > 0);
    if (svg && picture) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) sizes.push(parseFloat(getComputedStyle(t).fontSize) * scale);
    }
    for (const li of document.querySelectorAll<HTMLElement>('#timeline .timeline-list li')) {
      if (li.getBoundingClientRect().height > 0) sizes.push(parseFloat(getComputedStyle(li).fontSize));
    }
    return { px: Math.min(...sizes), picture, texts: sizes.length };
  });
}

describe.skipIf(!runs)('the Qalamoun site in Chromium', () => {
  for (const width of WIDTHS) {
    for (const [name, file] of Object.entries(PAGES)) {
      it(`shows the ${name} page at ${width} px with nothing overflowing sideways`, async () => {
        const page = await open(file, width);
        expect(await overflow(page)).toEqual({ extra: 0, culprits: [] });
        await page.screenshot({ path: join(SHOTS, `site-${name}-${width}.png`), fullPage: true });
        await close(page);
      });
    }

    it(`keeps every timeline text at least 10 CSS px at ${width} px (the picture when wide, the list always)`, async () => {
      const page = await open(PAGES.operation, width);
      const { px, picture, texts } = await smallestTimelineText(page);
      expect(picture).toBe(width >= 960);
      expect(texts).toBeGreaterThan(20);
      expect(px).toBeGreaterThanOrEqual(10);
      await close(page);
    });
  }

  it('filters the home page index by name as one types, opening the groups that match', async () => {
    const page = await open(PAGES.home, 1400, true);
    const filter = page.locator('form.filter input');
    expect(await filter.isVisible()).toBe(true);
    await filter.fill('arsal');
    await expect.poll(() => page.locator('form.filter output').textContent()).toMatch(/^\d+ match(es)?$/);
    const visible = await page.locator('details.kind li:visible').allTextContents();
    expect(visible.length).toBeGreaterThan(1);
    for (const text of visible) expect(text.toLowerCase()).toContain('arsal');
    expect(await page.locator('#kind-place').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#kind-side').isVisible()).toBe(false);
    await page.evaluate(() => document.getElementById('index')!.scrollIntoView());
    await page.screenshot({ path: join(SHOTS, 'site-home-filtered-1400.png') });
    await filter.fill('');
    await expect.poll(() => page.locator('#kind-side').isVisible()).toBe(true);
    await close(page);
  });

  it('hides the filter when scripts are off, leaving the groups and their links', async () => {
    const page = await open(PAGES.home, 390);
    expect(await page.locator('form.filter').isVisible()).toBe(false);
    expect(await page.locator('nav.kinds a').count()).toBeGreaterThan(10);
    await close(page);
  });
});
