// The link checker, on the written fixture site (every internal link must work) and on a site with a broken link.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, linksIn } from './check-links.ts';
import { writeSite } from '../../src/site/write-site.ts';
import { miniSite } from './fixture/mini-site.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ckg-site-'));
  await writeSite(await miniSite(), dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('walks every page of the written site and finds no broken internal link', async () => {
    const site = await miniSite();
    const result = await checkLinks(dir);
    expect(result.pages).toBe(site.docs.size + 1);
    expect(result.links).toBeGreaterThan(1000);
    expect(result.broken).toEqual([]);
  });

  it('reports a link to a missing file, a missing fragment and a link out of the site', async () => {
    const page = join(dir, 'doc/mini/event/ceasefire-hts.html');
    const original = await readFile(page, 'utf8');
    await writeFile(
      page,
      original.replace(
        '<main>',
        '<main><a href="no-such-page.html">x</a><a href="../../ontology.html#NoSuchTerm">y</a><a href="../../../../etc/passwd">z</a>',
      ),
    );
    try {
      expect((await checkLinks(dir)).broken).toEqual([
        { page: 'doc/mini/event/ceasefire-hts.html', href: 'no-such-page.html', reason: 'missing file' },
        {
          page: 'doc/mini/event/ceasefire-hts.html',
          href: '../../ontology.html#NoSuchTerm',
          reason: 'missing fragment',
        },
        { page: 'doc/mini/event/ceasefire-hts.html', href: '../../../../etc/passwd', reason: 'outside the site' },
      ]);
    } finally {
      await writeFile(page, original);
    }
  });

  it('reads href and src values with entities decoded, in SVG too', () => {
    expect(
      linksIn('<a href="a.html?x=1&amp;y=2">a</a><svg><a href="b.html"><text>b</text></a></svg><img src="c.png">'),
    ).toEqual(['a.html?x=1&y=2', 'b.html', 'c.png']);
  });
});
