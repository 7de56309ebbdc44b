// The home page: title, licence with attribution, downloads by format and size, an index of every resource by kind
// with a filter, schema.org Dataset markup.
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type Site } from '../../src/site/build-site.ts';
import { miniSite } from './fixture/mini-site.ts';
import { embeddedJson, parseJsonLd } from './fixture/rdf-helpers.ts';

let site: Site;
let home: string;
beforeAll(async () => {
  site = await miniSite();
  home = site.files.get('index.html')!;
});

describe('renderHome', () => {
  it('names the dataset in English and Korean', () => {
    expect(home).toContain(
      '<h1>Qalamoun offensive (2017), small test data <span lang="ko" class="ko">칼라문 공세 (2017년) 소형 데이터</span></h1>',
    );
  });

  it('states the licence and credits the source article', () => {
    expect(home).toContain('Licence: <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">');
    expect(home).toMatch(
      /Derived from <a href="doc\/mini\/source\/kowiki.html">[^<]*<\/a>[\s\S]*?\(<a href="https:\/\/ko.wikipedia.org\/wiki\/[^"]+">the article<\/a>; see its history for the authors\)/,
    );
  });

  it('links the dumps and the VoID description', () => {
    for (const f of ['dump/mini.ttl', 'dump/mini.nt', 'dump/mini.jsonld', '.well-known/void'])
      expect(home).toContain(`href="${f}"`);
  });

  it('names each download by its format and size, the file name beside', () => {
    const size = (f: string) => `${Math.round(Buffer.byteLength(site.files.get(f)!) / 1000)} KB`;
    expect(home).toContain(
      `<li><a href="dump/mini.ttl" type="text/turtle" download>Turtle</a> — ${size('dump/mini.ttl')} <small>(<code>mini.ttl</code>, text/turtle)</small></li>`,
    );
    expect(home).toContain(`>N-Triples</a> — ${size('dump/mini.nt')} `);
    expect(home).toContain(`>JSON-LD</a> — ${size('dump/mini.jsonld')} `);
  });

  it('lists every page of the site', () => {
    for (const doc of site.docs.keys()) expect(home, doc).toContain(`href="${doc}.html"`);
  });

  it('groups the index by kind, in reading order, each group with its count and a link to it', () => {
    const groups = [
      ...home.matchAll(
        /<details class="kind" id="kind-([a-z]+)"( open)?><summary>([^<]+) <span class="count">\((\d+)\)<\/span>/g,
      ),
    ].map((m) => [m[1], Boolean(m[2]), Number(m[4])] as const);
    expect(groups.slice(0, 4).map((g) => g[0])).toEqual(['event', 'actor', 'side', 'place']);
    const count = (kind: string) => [...site.docs.keys()].filter((d) => d.startsWith(`doc/mini/${kind}/`)).length;
    expect(groups.find((g) => g[0] === 'event')).toEqual(['event', true, count('event')]);
    expect(groups.find((g) => g[0] === 'participation')).toEqual(['participation', false, count('participation')]);
    expect(groups.reduce((n, g) => n + g[2], 0)).toBe(site.docs.size);
    expect(home).toContain(`<li><a href="#kind-event">Events</a> (${count('event')})</li>`);
  });

  it('sorts a group by the names shown, numbers as numbers', () => {
    const citations = home.slice(home.indexOf('id="kind-citation"'));
    expect(citations.indexOf('footnote 3<')).toBeLessThan(citations.indexOf('footnote 11<'));
  });

  it('offers a filter by name that only a small script shows, so nothing dead appears without scripts', () => {
    expect(home).toContain(
      '<form class="filter" role="search" hidden><label for="filter">Find by name:</label> <input id="filter" type="search" autocomplete="off">',
    );
    const script = /<script>([\s\S]*?)<\/script>/.exec(home)![1]!;
    expect(script).toContain('form.hidden = false;');
    expect(script.length).toBeLessThan(1500);
  });

  it('carries schema.org Dataset markup that reads as a schema:Dataset with distributions', async () => {
    const json = JSON.parse(embeddedJson(home)) as Record<string, unknown>;
    expect(json).toMatchObject({
      '@type': 'Dataset',
      '@id': site.datasetIri,
      license: 'https://creativecommons.org/licenses/by-sa/4.0/',
      temporalCoverage: '2017-07-21/2017-08-28',
      inLanguage: ['ko', 'en'],
    });
    expect((json.description as string).length).toBeGreaterThanOrEqual(50);
    const quads = await parseJsonLd(json);
    expect(
      quads.some(
        (q) =>
          q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' &&
          q.object.value === 'http://schema.org/Dataset',
      ),
    ).toBe(true);
    expect(quads.filter((q) => q.predicate.value === 'http://schema.org/distribution')).toHaveLength(3);
  });
});

describe('the Qalamoun home page', () => {
  it('gives schema.org Dataset markup the creator, publisher and dates that dataset.yaml states', () => {
    const quads = new Parser({ format: 'N-Triples' }).parse(readFileSync('dist/qalamoun-2017.nt', 'utf8'));
    const page = buildSite({ quads }).files.get('index.html')!;
    const markup = JSON.parse(/<script type="application\/ld\+json">\n(.*?)\n<\/script>/s.exec(page)![1]!);
    const project = { '@id': 'https://w3id.org/conflict-kg/', name: 'The conflict-kg project' };
    expect([markup.creator, markup.publisher, markup.datePublished, markup.dateModified]).toEqual([
      [project],
      [project],
      '2026-11-25',
      '2026-12-02',
    ]);
  });
});
