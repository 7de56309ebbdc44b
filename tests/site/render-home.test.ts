// The home page: title, licence with attribution, downloads, every resource listed, schema.org Dataset markup.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../src/site/build-site.ts';
import { miniSite } from './fixture/mini-site.ts';
import { embeddedJson, parseJsonLd } from './fixture/rdf-helpers.ts';

let site: Site;
let home: string;
beforeAll(async () => { site = await miniSite(); home = site.files.get('index.html')!; });

describe('renderHome', () => {
  it('names the dataset in English and Korean', () => {
    expect(home).toContain('<h1>Qalamoun offensive (2017), small test data <span lang="ko" class="ko">칼라문 공세 (2017년) 소형 데이터</span></h1>');
  });

  it('states the licence and credits the source article', () => {
    expect(home).toContain('Licence: <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">');
    expect(home).toMatch(/Derived from <a href="doc\/mini\/source\/kowiki.html">[^<]*<\/a>[\s\S]*?\(<a href="https:\/\/ko.wikipedia.org\/wiki\/[^"]+">the article<\/a>; see its history for the authors\)/);
  });

  it('links the dumps and the VoID description', () => {
    for (const f of ['dump/mini.ttl', 'dump/mini.nt', 'dump/mini.jsonld', '.well-known/void']) expect(home).toContain(`href="${f}"`);
  });

  it('lists every page of the site', () => {
    for (const doc of site.docs.keys()) expect(home, doc).toContain(`href="${doc}.html"`);
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
    expect(quads.some((q) => q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && q.object.value === 'http://schema.org/Dataset')).toBe(true);
    expect(quads.filter((q) => q.predicate.value === 'http://schema.org/distribution')).toHaveLength(3);
  });
});
