// A real browser (Debian's Chromium, headless, JavaScript off) opens the operation through its IRI on the served
// site, and the timeline and the Korean and English labels are visible; the screenshot is kept as an artifact.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { miniSite } from '../site/fixture/mini-site.ts';

const CHROMIUM = '/usr/bin/chromium';
// Without Chromium the test is skipped on a developer machine (scripts/install-system-packages.sh installs it);
// in CI (process.env.CI set) it runs anyway, so a missing browser fails instead of passing silently.
const runs = existsSync(CHROMIUM) || Boolean(process.env.CI);

let server: RunningServer;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!runs) return;
  server = await startServer({ site: await miniSite(), host: '127.0.0.1', port: 0, timeoutMs: 5000, resultLimit: 100 });
  profile = mkdtempSync(join(tmpdir(), 'ckg-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    javaScriptEnabled: false,
    viewport: { width: 1100, height: 900 },
  });
});

afterAll(async () => {
  if (!runs) return;
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe.skipIf(!runs)('the operation page in Chromium', () => {
  it('resolves the IRI to the page and shows the timeline and both labels', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/id/mini/event/qalamoun-offensive-2017`);
    expect(page.url()).toBe(`${server.url}/doc/mini/event/qalamoun-offensive-2017.html`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('#timeline svg').isVisible()).toBe(true);
    expect(await page.locator('h1').innerText()).toBe('Qalamoun offensive (July–August 2017)\n칼라문 공세 (2017년)');
    expect(await page.getByText('칼라문 공세 (2017년)', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.locator('#timeline svg text', { hasText: '다흐르 알하와 점령' }).isVisible()).toBe(true);
    const box = await page.locator('#timeline svg').boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/operation-page.png', fullPage: true });
    await page.close();
  });

  it('follows a timeline mark to the incident page, without JavaScript', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/doc/mini/event/qalamoun-offensive-2017.html`);
    await page.locator('#timeline a[href="capture-dhahr-al-hawa.html"] circle').click();
    await expect.poll(() => page.url()).toBe(`${server.url}/doc/mini/event/capture-dhahr-al-hawa.html`);
    expect(await page.locator('h1').innerText()).toContain('Capture of Dhahr al-Hawa');
    await page.close();
  });
});

describe.skipIf(!runs)('the SPARQL form in Chromium', () => {
  it("runs the query in the form and shows a table whose labels link to the resources' pages", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sparql`);
    await page
      .locator('#query')
      .fill(
        'PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nSELECT ?phase WHERE { ?phase a ckg:Phase } ORDER BY ?phase',
      );
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('#results').isVisible()).toBe(true);
    expect(await page.locator('#results tbody tr').count()).toBe(2);
    expect(await page.locator('#count').textContent()).toBe('2 rows');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/sparql-results.png', fullPage: true });
    await page.locator('#results a', { hasText: 'First campaign (against HTS)' }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/doc/mini/event/first-campaign.html`);
    await page.close();
  });
});
